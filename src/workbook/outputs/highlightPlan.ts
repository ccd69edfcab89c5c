/**
 * Which data cells to colour: for each target, the cells its Jahresfortschrittswert actually reads – the
 * flow months January … report month, and for a quota the stock months it divides by, lagged one month
 * (Dec(y−1) … Nov(y) for K2 in December). A cell read by several targets keeps each target with its own
 * status: its note names every one ("II.1: erreicht · II.2: nicht erreicht"); its colour is the status
 * they share, or – where they differ – the least favourable one, and the note and legend say so.
 * Contiguous cells with the same targets and statuses are merged into ranges.
 */
import { statusLabel, statusMeaning } from "../../domain/display";
import type { Status } from "../../domain/evaluation";
import type { DataCode } from "../../domain/indicators";
import { msg, type Lang } from "../../domain/messages";
import { formulaOf, type Formula } from "../../domain/jfw";
import { janTo, monthSpan } from "../../domain/monthSpan";
import { parseYearMonth, type YearMonth } from "../../domain/yearMonth";
import { areaOf, type Area } from "../areas";
import type { ResultsInput } from "../host";
import { STATUS_COLORS, STATUS_SEVERITY } from "./colors";
import type { HighlightCell, HighlightPlan } from "./types";

interface Mark {
  sheet: string;
  row: number;
  col: number;
  /** Target id → that target's status. */
  targets: Map<string, Status>;
}

/** Per data code, the months a formula reads for the JFW of January … `month` of `year`. */
export function monthsRead(formula: Formula, year: number, month: number): Map<DataCode, readonly YearMonth[]> {
  const out = new Map<DataCode, readonly YearMonth[]>();
  const add = (code: DataCode, months: readonly YearMonth[]) => out.set(code, [...new Set([...(out.get(code) ?? []), ...months])]);
  const walk = (f: Formula) => {
    switch (f.kind) {
      case "flow":
      case "stock":
        add(f.code, janTo(year, month));
        break;
      case "quota":
        add(f.flow, janTo(year, month));
        // The stock of the month before each integration month: Dec(y−1) … (m−1).
        add(f.stock, monthSpan(year * 12 - 1, month));
        break;
      case "share":
        add(f.part, janTo(year, month));
        add(f.whole, janTo(year, month));
        break;
      case "gap":
        walk(f.men);
        walk(f.women);
        break;
    }
  };
  walk(formula);
  return out;
}

function worst(statuses: Iterable<Status>): Status {
  let w: Status | null = null;
  for (const s of statuses) if (w === null || STATUS_SEVERITY.indexOf(s) < STATUS_SEVERITY.indexOf(w)) w = s;
  return w ?? "noData";
}

/** "II.1: erreicht · II.2: nicht erreicht" – every target with its own status. */
function noteOf(targets: ReadonlyMap<string, Status>, lang: Lang): string {
  return [...targets]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, status]) => `${id}: ${statusLabel(status, lang)}`)
    .join(" · ");
}

export function highlightPlan(input: ResultsInput): HighlightPlan {
  const lang = input.lang ?? "de";
  const marks = new Map<string, Mark>();
  for (const jc of input.jobcenters) {
    // The months the Jobcenter was evaluated for (normally input.asOf).
    const { year, month } = parseYearMonth(jc.evaluation.asOf || input.asOf);
    for (const e of jc.evaluation.targets) {
      if (e.status === "monitoring") continue;
      for (const [code, months] of monthsRead(formulaOf(e.target.indicator, e.target.gapMode), year, month)) {
        const series = jc.series.find((s) => s.code === code);
        if (!series) continue;
        for (const m of months) {
          const cell = series.source.cells.get(m);
          if (!cell) continue;
          const sheet = cell.sheet ?? series.source.sheet;
          const key = `${sheet}|${cell.row}|${cell.col}`;
          let mark = marks.get(key);
          if (!mark) {
            mark = { sheet, row: cell.row, col: cell.col, targets: new Map() };
            marks.set(key, mark);
          }
          mark.targets.set(e.target.id, e.status);
        }
      }
    }
  }
  const all = [...marks.values()];
  return {
    cells: mergeRuns(all, lang),
    legend: legend(all.map((m) => worst(m.targets.values())), lang),
    mixedNote: msg("legendSheet.mixedNote", undefined, lang),
  };
}

/** Vertical runs of the same sheet, column, status and targets become one range. */
function mergeRuns(marks: Mark[], lang: Lang): HighlightCell[] {
  const sorted = [...marks].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row));
  const runs: { area: Area; targets: Map<string, Status>; note: string }[] = [];
  for (const m of sorted) {
    const prev = runs[runs.length - 1];
    const note = noteOf(m.targets, lang);
    if (prev && prev.area.sheet === m.sheet && prev.area.col === m.col && prev.area.row + prev.area.rows === m.row && prev.note === note) prev.area.rows++;
    else runs.push({ area: areaOf(m.sheet, m.row, m.col), targets: m.targets, note });
  }
  // Rows of months across columns: merge horizontal neighbours of single cells too.
  const merged: typeof runs = [];
  for (const r of runs) {
    const prev = merged[merged.length - 1];
    const single = r.area.rows === 1 && r.area.cols === 1;
    if (prev && single && prev.area.sheet === r.area.sheet && prev.note === r.note && prev.area.rows === 1 && prev.area.row === r.area.row && prev.area.col + prev.area.cols === r.area.col) {
      prev.area.cols++;
      continue;
    }
    merged.push({ ...r, area: { ...r.area } });
  }
  return merged.map(({ area, targets }) => {
    const status = worst(targets.values());
    return {
      area: { ...area },
      status,
      color: STATUS_COLORS[status],
      targetIds: [...targets.keys()].sort(),
      targets: [...targets].map(([id, st]) => ({ id, status: st })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      mixed: new Set(targets.values()).size > 1,
      note: noteOf(targets, lang),
    };
  });
}

function legend(statuses: Status[], lang: Lang): HighlightPlan["legend"] {
  const used = new Set(statuses);
  return STATUS_SEVERITY.filter((s) => s !== "monitoring")
    .filter((s) => used.has(s) || s === "met" || s === "missed" || s === "onTrack" || s === "atRisk")
    .map((status) => ({
      status,
      color: STATUS_COLORS[status],
      label: statusMeaning(status, lang),
    }));
}

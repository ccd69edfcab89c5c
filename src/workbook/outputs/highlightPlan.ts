/**
 * Which data cells to colour: for each target, the cells of the months its Jahresfortschrittswert uses
 * (January … report month of the target year), in every series it is computed from; the worst status
 * wins where a cell serves several targets. Contiguous cells are merged into ranges.
 */
import { statusMeaning } from "../../domain/display";
import type { Status } from "../../domain/evaluation";
import { formulaOf, dataOf } from "../../domain/jfw";
import { monthsJanTo, parseYearMonth } from "../../domain/yearMonth";
import { a1Range } from "../cells";
import type { ResultsInput } from "../host";
import { STATUS_COLORS, STATUS_SEVERITY } from "./colors";
import type { HighlightCell, HighlightPlan } from "./types";

interface Mark {
  sheet: string;
  row: number;
  col: number;
  status: Status;
  ids: Set<string>;
}

export function highlightPlan(input: ResultsInput): HighlightPlan {
  const marks = new Map<string, Mark>();
  const monthsOf = (asOf: string) => {
    const { year, month } = parseYearMonth(asOf);
    return monthsJanTo(year, month);
  };
  for (const jc of input.jobcenters) {
    // The months the Jobcenter was evaluated for (normally input.asOf).
    const months = monthsOf(jc.evaluation.asOf || input.asOf);
    for (const e of jc.evaluation.targets) {
      if (e.status === "monitoring") continue;
      for (const code of new Set(dataOf(formulaOf(e.target.indicator, e.target.gapMode)))) {
        const series = jc.series.find((s) => s.code === code);
        if (!series) continue;
        for (const m of months) {
          const cell = series.source.cells.get(m);
          if (!cell) continue;
          const sheet = cell.sheet ?? series.source.sheet;
          const key = `${sheet}|${cell.row}|${cell.col}`;
          const mark = marks.get(key);
          if (!mark)
            marks.set(key, {
              sheet,
              row: cell.row,
              col: cell.col,
              status: e.status,
              ids: new Set([e.target.id]),
            });
          else {
            mark.ids.add(e.target.id);
            if (STATUS_SEVERITY.indexOf(e.status) < STATUS_SEVERITY.indexOf(mark.status)) mark.status = e.status;
          }
        }
      }
    }
  }
  return {
    cells: mergeRuns([...marks.values()]),
    legend: legend([...marks.values()].map((m) => m.status)),
  };
}

/** Vertical runs of the same sheet, column, status and targets become one range. */
function mergeRuns(marks: Mark[]): HighlightCell[] {
  const sorted = [...marks].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row));
  const out: HighlightCell[] = [];
  let run: Mark[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0];
    const last = run[run.length - 1];
    out.push({
      sheet: first.sheet,
      address: a1Range(first.row, first.col, last.row, last.col),
      status: first.status,
      color: STATUS_COLORS[first.status],
      targetIds: [...first.ids].sort(),
    });
    run = [];
  };
  for (const m of sorted) {
    const prev = run[run.length - 1];
    const sameRun =
      prev &&
      prev.sheet === m.sheet &&
      prev.col === m.col &&
      prev.row + 1 === m.row &&
      prev.status === m.status &&
      [...prev.ids].sort().join() === [...m.ids].sort().join();
    if (!sameRun) flush();
    run.push(m);
  }
  flush();
  // Rows of months across columns: merge horizontal neighbours of single cells too.
  const merged: HighlightCell[] = [];
  for (const h of out) {
    const prev = merged[merged.length - 1];
    const single = !h.address.includes(":");
    if (prev && single && prev.sheet === h.sheet && prev.status === h.status && prev.targetIds.join() === h.targetIds.join()) {
      const [start, end] = prev.address.split(":");
      const endRef = end ?? start;
      const m1 = /^([A-Z]+)(\d+)$/.exec(endRef)!;
      const m2 = /^([A-Z]+)(\d+)$/.exec(h.address)!;
      if (m1[2] === m2[2] && colIndex(m2[1]) === colIndex(m1[1]) + 1 && (!end || /^([A-Z]+)(\d+)$/.exec(start)![2] === m1[2])) {
        prev.address = `${start}:${h.address}`;
        continue;
      }
    }
    merged.push({ ...h });
  }
  return merged;
}

function colIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function legend(statuses: Status[]): HighlightPlan["legend"] {
  const used = new Set(statuses);
  return STATUS_SEVERITY.filter((s) => s !== "monitoring")
    .filter((s) => used.has(s) || s === "met" || s === "missed" || s === "onTrack" || s === "atRisk")
    .map((status) => ({
      status,
      color: STATUS_COLORS[status],
      label: statusMeaning(status),
    }));
}

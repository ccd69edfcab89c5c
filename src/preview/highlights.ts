/**
 * What the preview colours when asked to highlight: each target's data cells (January … report month)
 * by the target's status. Uses the shared highlight plan where it exists, else this minimal equivalent.
 */
import { dataNeeded } from "../domain/indicators";
import type { Status } from "../domain/evaluation";
import { parseYearMonth } from "../domain/yearMonth";
import type { ResultsInput } from "../workbook/host";

export interface CellMark {
  sheet: string;
  row: number;
  col: number;
  fill: string;
  note: string;
}

export const STATUS_FILL: Record<Status, string> = {
  erreicht: "#C6EFCE",
  "auf Kurs": "#E2F0D9",
  gefährdet: "#FFEB9C",
  "nicht erreicht": "#FFC7CE",
  Monitoring: "#DDEBF7",
  "keine Daten": "#EDEDED",
};

const RANK: Record<Status, number> = { "nicht erreicht": 0, gefährdet: 1, "keine Daten": 2, "auf Kurs": 3, erreicht: 4, Monitoring: 5 };

export function localHighlightPlan(input: ResultsInput): CellMark[] {
  const marks = new Map<string, CellMark & { rank: number }>();
  const { year } = parseYearMonth(input.asOf);
  for (const jc of input.jobcenters) {
    for (const ev of jc.evaluation.targets) {
      const codes = dataNeeded(ev.target.indicator);
      for (const s of jc.series) {
        if (!codes.includes(s.code)) continue;
        for (const [month, cell] of s.source.cells) {
          const p = parseYearMonth(month);
          if (p.year !== year || month > input.asOf) continue;
          const key = `${s.source.sheet}|${cell.row}|${cell.col}`;
          const prev = marks.get(key);
          // a cell used by several targets shows the worst status
          if (prev && prev.rank <= RANK[ev.status]) {
            prev.note += `, ${ev.target.id}`;
            continue;
          }
          marks.set(key, {
            sheet: s.source.sheet,
            row: cell.row,
            col: cell.col,
            fill: STATUS_FILL[ev.status],
            note: `${ev.target.id}: ${ev.status}`,
            rank: RANK[ev.status],
          });
        }
      }
    }
  }
  return [...marks.values()].map(({ rank: _rank, ...m }) => m);
}

/** A found series as the detection reports it: months in order, its bounding range and its exact cell areas. */
import type { YearMonth } from "../../domain/yearMonth";
import { cellAddress, rangeAddress } from "../areas";
import type { CellArea, DetectedSeries } from "../types";
import type { CellRef, Found } from "./collector";

const byMonth = <T>(a: [YearMonth, T], b: [YearMonth, T]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The map in month order: itself when it already is (a Found is not used after this), else a sorted copy. */
function inOrder<T>(map: Map<YearMonth, T>): Map<YearMonth, T> {
  let last = "";
  let ordered = true;
  for (const m of map.keys()) {
    if (m < last) ordered = false;
    last = m;
  }
  return ordered ? map : new Map(Array.from(map).sort(byMonth));
}

/** The data cells, in month order, as rectangles: each contiguous run down a column or along a row is one area. */
export function cellAreas(cells: Iterable<CellRef>, firstSheet: string): CellArea[] {
  const areas: CellArea[] = [];
  let last: CellArea | null = null;
  for (const c of cells) {
    const sheet = c.sheet ?? firstSheet;
    const down = last !== null && last.sheet === sheet && last.cols === 1 && c.col === last.col && c.row === last.row + last.rows;
    const across = last !== null && last.sheet === sheet && last.rows === 1 && c.row === last.row && c.col === last.col + last.cols;
    if (last !== null && down && (last.rows > 1 || !across)) last.rows++;
    else if (last !== null && across) last.cols++;
    else areas.push((last = { sheet, row: c.row, col: c.col, rows: 1, cols: 1 }));
  }
  return areas;
}

export function toSeries(f: Found): DetectedSeries {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const { row, col, sheet } of f.cells.values()) {
    if (sheet !== undefined) continue; // the range names the first sheet's cells
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  const cells = inOrder(f.cells);
  return {
    code: f.code,
    jobcenter: f.jobcenter,
    vintage: f.vintage,
    values: inOrder(f.values),
    source: {
      sheet: f.sheet,
      range: rangeAddress(top, left, bottom, right),
      areas: cellAreas(cells.values(), f.sheet),
      labelCell: cellAddress(f.labelCell.row, f.labelCell.col),
      label: f.label,
      cells,
      ...(f.mapped ? { mapped: true as const } : {}),
    },
  };
}

/** A found series as the detection reports it: months in order, its bounding range and its exact cell areas. */
import type { YearMonth } from "../../domain/yearMonth";
import { cellAddress, rangeAddress } from "../areas";
import type { CellArea, DetectedSeries, SeriesSource } from "../types";
import type { CellList, CellRef } from "./cellList";
import type { Found } from "./collector";

const byMonth = <T>(a: [YearMonth, T], b: [YearMonth, T]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The map in month order: itself when it already is (a Found is not used after this), else a sorted copy. */
function inOrder<T>(map: Map<YearMonth, T>): Map<YearMonth, T> {
  let last = "";
  let ordered = true;
  map.forEach((_, m) => {
    if (m < last) ordered = false;
    last = m;
  });
  return ordered ? map : new Map(Array.from(map).sort(byMonth));
}

/** The data cells (positions in month order) as rectangles: each contiguous run down a column or along a row is one area. */
function cellAreas(list: CellList, order: readonly number[], firstSheet: string): CellArea[] {
  const areas: CellArea[] = [];
  let last: CellArea | null = null;
  for (const k of order) {
    const sheet = list.sheets?.[k] ?? firstSheet;
    const row = list.rows[k];
    const col = list.cols[k];
    const down = last !== null && last.sheet === sheet && last.cols === 1 && col === last.col && row === last.row + last.rows;
    const across = last !== null && last.sheet === sheet && last.rows === 1 && row === last.row && col === last.col + last.cols;
    if (last !== null && down && (last.rows > 1 || !across)) last.rows++;
    else if (last !== null && across) last.cols++;
    else areas.push((last = { sheet, row, col, rows: 1, cols: 1 }));
  }
  return areas;
}

/** The bounding range of the cells on the series' own sheet (a series continued elsewhere names its first sheet). */
function ownRange(list: CellList): string {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  const { rows, cols, sheets } = list;
  for (let k = 0; k < rows.length; k++) {
    if (sheets?.[k] !== undefined) continue;
    top = Math.min(top, rows[k]);
    left = Math.min(left, cols[k]);
    bottom = Math.max(bottom, rows[k]);
    right = Math.max(right, cols[k]);
  }
  return rangeAddress(top, left, bottom, right);
}

function cellMap(list: CellList, order: readonly number[]): Map<YearMonth, CellRef> {
  const cells = new Map<YearMonth, CellRef>();
  for (const k of order) cells.set(list.months[k], list.cell(k));
  return cells;
}

/**
 * The source's `cells` are built on first use, then stay an ordinary property: evaluating a 400-Jobcenter
 * export asks for the cells of a few missing months only, and building 375,000 map entries up front cost
 * more than the rest of the detection.
 */
function source(f: Found, order: readonly number[]): SeriesSource {
  const list = f.cells;
  const settle = (s: SeriesSource, cells: ReadonlyMap<YearMonth, CellRef>) => {
    Object.defineProperty(s, "cells", { value: cells, enumerable: true, writable: true, configurable: true });
    return cells;
  };
  return {
    sheet: f.sheet,
    range: ownRange(list),
    areas: cellAreas(list, order, f.sheet),
    labelCell: cellAddress(f.labelCell.row, f.labelCell.col),
    label: f.label,
    get cells(): ReadonlyMap<YearMonth, CellRef> {
      return settle(this, cellMap(list, order));
    },
    set cells(cells: ReadonlyMap<YearMonth, CellRef>) {
      settle(this, cells);
    },
    ...(f.mapped ? { mapped: true as const } : {}),
  };
}

export function toSeries(f: Found): DetectedSeries {
  return { code: f.code, jobcenter: f.jobcenter, vintage: f.vintage, values: inOrder(f.values), source: source(f, f.cells.inMonthOrder()) };
}

/** A found series as the detection reports it: months in order, its bounding range and its exact cell areas. */
import type { YearMonth } from "../../domain/yearMonth";
import { cellAddress, rangeAddress } from "../areas";
import type { DetectedSeries, SeriesSource } from "../types";
import { monthOf, type CellList, type CellRef } from "./cellList";
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

function cellMap(list: CellList): Map<YearMonth, CellRef> {
  const cells = new Map<YearMonth, CellRef>();
  list.forEachByMonth((m, row, col, sheet) => cells.set(monthOf(m), sheet === undefined ? { row, col } : { row, col, sheet }));
  return cells;
}

/**
 * The source's `cells` are built on first use, then stay an ordinary property: evaluating a 400-Jobcenter
 * export asks for the cells of a few missing months only, and building 375,000 map entries up front cost
 * more than the rest of the detection.
 */
function source(f: Found): SeriesSource {
  const list = f.cells;
  const { top, left, bottom, right } = list.ownBounds();
  const settle = (s: SeriesSource, cells: ReadonlyMap<YearMonth, CellRef>) => {
    Object.defineProperty(s, "cells", { value: cells, enumerable: true, writable: true, configurable: true });
    return cells;
  };
  return {
    sheet: f.sheet,
    range: rangeAddress(top, left, bottom, right),
    areas: list.areas(f.sheet),
    labelCell: cellAddress(f.labelCell.row, f.labelCell.col),
    label: f.label,
    get cells(): ReadonlyMap<YearMonth, CellRef> {
      return settle(this, cellMap(list));
    },
    set cells(cells: ReadonlyMap<YearMonth, CellRef>) {
      settle(this, cells);
    },
    ...(f.mapped ? { mapped: true as const } : {}),
  };
}

export function toSeries(f: Found): DetectedSeries {
  // Values are stored in the order their cells were read: in month order when the cells are, unless merged.
  const values = f.cells.chronological() && !f.merged ? f.values : inOrder(f.values);
  return { code: f.code, jobcenter: f.jobcenter, vintage: f.vintage, values, source: source(f) };
}

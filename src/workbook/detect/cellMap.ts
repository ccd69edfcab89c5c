/**
 * A detected series' cells by month, read through the ReadonlyMap its readers use, kept as the straight
 * runs the cells were read in (a column of 36 months is one run). Evaluating a 400-Jobcenter export asks
 * for the cells of a few missing months only; a map of 375,000 cell objects built up front cost more
 * than the rest of the detection. A cell object is made when a month is asked for. Never mutated.
 */
import { keyIndex } from "../../domain/monthSpan";
import type { YearMonth } from "../../domain/yearMonth";
import { monthText } from "./monthValues";

export interface CellRef {
  row: number;
  col: number;
  sheet?: string;
}

/** `length` cells from (`month`, `row`, `col`), each the one before stepped by (`dMonth`, `dRow`, `dCol`). */
export interface Run {
  month: number;
  row: number;
  col: number;
  length: number;
  dMonth: number;
  dRow: number;
  dCol: number;
  /** Where the series continues on another sheet. */
  sheet: string | undefined;
}

function cellOf(r: Run, j: number): CellRef {
  const row = r.row + j * r.dRow;
  const col = r.col + j * r.dCol;
  return r.sheet === undefined ? { row, col } : { row, col, sheet: r.sheet };
}

export class CellMap implements ReadonlyMap<YearMonth, CellRef> {
  readonly size: number;

  /** `runs` oldest month first, each stepping forward in months. */
  constructor(private readonly runs: readonly Run[]) {
    this.size = runs.reduce((n, r) => n + r.length, 0);
  }

  get(m: YearMonth): CellRef | undefined {
    const i = typeof m === "string" ? keyIndex(m) : -1;
    if (i < 0) return undefined;
    // the last run starting at or before the month
    let lo = 0;
    let hi = this.runs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.runs[mid].month <= i) lo = mid + 1;
      else hi = mid;
    }
    const r = this.runs[lo - 1];
    if (r === undefined) return undefined;
    const j = r.length === 1 ? (i === r.month ? 0 : -1) : (i - r.month) / r.dMonth;
    return Number.isInteger(j) && j >= 0 && j < r.length ? cellOf(r, j) : undefined;
  }

  has(m: YearMonth): boolean {
    return this.get(m) !== undefined;
  }

  forEach(visit: (cell: CellRef, month: YearMonth, map: ReadonlyMap<YearMonth, CellRef>) => void, thisArg?: unknown): void {
    for (const r of this.runs) for (let j = 0; j < r.length; j++) visit.call(thisArg, cellOf(r, j), monthText(r.month + j * r.dMonth), this);
  }

  private list(): [YearMonth, CellRef][] {
    const out: [YearMonth, CellRef][] = [];
    this.forEach((cell, month) => out.push([month, cell]));
    return out;
  }

  keys(): MapIterator<YearMonth> {
    return this.list()
      .map(([m]) => m)
      .values();
  }

  values(): MapIterator<CellRef> {
    return this.list()
      .map(([, c]) => c)
      .values();
  }

  entries(): MapIterator<[YearMonth, CellRef]> {
    return this.list().values();
  }

  [Symbol.iterator](): MapIterator<[YearMonth, CellRef]> {
    return this.entries();
  }
}

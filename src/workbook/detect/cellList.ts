/**
 * The data cells of a series while it is read: each month with its cell, in reading order, kept as
 * straight runs — month, row and column each stepping by a constant from cell to cell, as a column of
 * months down a table is — so a series of 36 months in one column is one run, not 36 objects or map
 * entries (a 400-Jobcenter export reads 375,000 cells). The run of months is followed as cells are
 * added: its direction and whether it ever stepped back, so a month that continues an ordered run is
 * known to be new without an index; the index of months is built only for runs out of order, or to
 * merge series.
 */
import type { CellArea } from "../types";
import { CellMap, type CellRef, type Run } from "./cellMap";
import type { YearMonth } from "../../domain/yearMonth";
import { MonthValues, monthText, monthTexts } from "./monthValues";

export type { CellRef };

/** Called per cell with its month index, row, column, sheet (undefined: the series' own) and position. */
export type CellVisitor = (month: number, row: number, col: number, sheet: string | undefined, k: number) => void;

export class CellList {
  private readonly runs: Run[] = [];
  /** The value read for each cell, by position; NaN where it has none (blank, text, an error …). */
  private readonly nums: number[] = [];
  size = 0;
  /** The month last added, and the direction of the run of months (1 up, -1 down, 0 before its second month). */
  last = 0;
  direction: 0 | 1 | -1 = 0;
  /** Whether every step so far went in the run's direction. */
  ordered = true;
  /** Month index → position; built when the run alone cannot tell. */
  private at: Map<number, number> | undefined;

  /** Position of the month (its index), or -1. */
  find(i: number): number {
    if (this.at === undefined) {
      // An ordered run holds no month beyond its last one.
      if (this.size === 0 || (this.ordered && (this.direction === 0 ? i !== this.last : (i - this.last) * this.direction > 0))) return -1;
      const at = (this.at = new Map());
      this.forEach((m, _r, _c, _s, k) => at.set(m, k));
    }
    return this.at.get(i) ?? -1;
  }

  /** Adds a cell for a month not yet in the list; true for the run's first step against its direction. */
  add(i: number, row: number, col: number, sheet?: string): boolean {
    let against = false;
    if (this.size > 0) {
      const step = i > this.last ? 1 : -1;
      if (this.direction === 0) this.direction = step;
      else if (step !== this.direction && this.ordered) {
        against = true;
        this.ordered = false;
      }
    }
    this.last = i;
    this.at?.set(i, this.size);
    this.size++;
    this.nums.push(NaN);
    const run = this.runs[this.runs.length - 1];
    if (run !== undefined && run.sheet === sheet) {
      if (run.length === 1) {
        run.dMonth = i - run.month;
        run.dRow = row - run.row;
        run.dCol = col - run.col;
        run.length = 2;
        return against;
      }
      const n = run.length;
      if (i === run.month + n * run.dMonth && row === run.row + n * run.dRow && col === run.col + n * run.dCol) {
        run.length++;
        return against;
      }
    }
    this.runs.push({ month: i, row, col, length: 1, dMonth: 0, dRow: 0, dCol: 0, sheet });
    return against;
  }

  /** The value of the cell at a position (NaN: none). */
  valueAt(k: number): number {
    return this.nums[k];
  }

  /** Sets (NaN: clears) the value of the cell at a position. */
  setValue(k: number, value: number): void {
    this.nums[k] = value;
  }

  hasValues(): boolean {
    for (const v of this.nums) if (v === v) return true;
    return false;
  }

  /** The cells by month, oldest first. */
  cellMap(): CellMap {
    if (this.chronological()) return new CellMap(this.runs);
    const runs: Run[] = [];
    this.forEachByMonth((month, row, col, sheet) => runs.push({ month, row, col, length: 1, dMonth: 0, dRow: 0, dCol: 0, sheet }));
    return new CellMap(runs);
  }

  /** The months with a value and their values, oldest first. */
  monthValues(): MonthValues {
    // The common series: one run of consecutive months upwards, each with a value (its values as they are).
    const run = this.runs[0];
    if (this.runs.length === 1 && (run.length === 1 || run.dMonth === 1) && !this.nums.some((v) => v !== v))
      return new MonthValues(monthTexts(run.month, run.length), this.nums, run.month, run.month + run.length - 1);
    const months: YearMonth[] = [];
    const nums: number[] = [];
    let first = 0;
    let last = 0;
    const take = (m: number, k: number): void => {
      const v = this.nums[k];
      if (v !== v) return;
      if (months.length === 0) first = m;
      last = m;
      months.push(monthText(m));
      nums.push(v);
    };
    if (this.chronological()) {
      let k = 0;
      for (const r of this.runs) for (let j = 0; j < r.length; j++) take(r.month + j * r.dMonth, k++);
    } else this.forEachByMonth((m, _r, _c, _s, k) => take(m, k));
    return new MonthValues(months, nums, first, last);
  }

  /** Visits the cells in reading order. */
  forEach(visit: CellVisitor): void {
    let k = 0;
    for (const r of this.runs) for (let j = 0; j < r.length; j++) visit(r.month + j * r.dMonth, r.row + j * r.dRow, r.col + j * r.dCol, r.sheet, k++);
  }

  /** Visits the cells oldest month first. */
  forEachByMonth(visit: CellVisitor): void {
    if (this.chronological()) return this.forEach(visit);
    const cells: Parameters<CellVisitor>[] = [];
    this.forEach((...cell) => cells.push(cell));
    cells.sort((a, b) => a[0] - b[0]);
    for (const c of cells) visit(...c);
  }

  /**
   * Visits each step between months more than one apart, at the cell after it: in reading order while
   * the run is ordered (up or down), else oldest month first.
   */
  forEachGap(visit: (before: number, month: number, row: number, col: number) => void): void {
    let before = NaN;
    const step = (m: number, row: number, col: number): void => {
      if (Math.abs(m - before) > 1) visit(before, m, row, col);
      before = m;
    };
    if (!this.ordered) {
      this.forEachByMonth((m, row, col) => step(m, row, col));
      return;
    }
    for (const r of this.runs) {
      step(r.month, r.row, r.col);
      if (Math.abs(r.dMonth) > 1) for (let j = 1; j < r.length; j++) step(r.month + j * r.dMonth, r.row + j * r.dRow, r.col + j * r.dCol);
      else before = r.month + (r.length - 1) * r.dMonth;
    }
  }

  /** The cell at a position. */
  cell(k: number): CellRef {
    for (const r of this.runs) {
      if (k >= r.length) {
        k -= r.length;
        continue;
      }
      const row = r.row + k * r.dRow;
      const col = r.col + k * r.dCol;
      return r.sheet === undefined ? { row, col } : { row, col, sheet: r.sheet };
    }
    throw new RangeError(`no cell at ${k}`);
  }

  /** The bounding box of the cells on the series' own sheet (Infinity for a list without such cells). */
  ownBounds(): { top: number; left: number; bottom: number; right: number } {
    const box = { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity };
    for (const r of this.runs) {
      if (r.sheet !== undefined) continue;
      // A straight run has its extremes at its ends.
      const row = r.row + (r.length - 1) * r.dRow;
      const col = r.col + (r.length - 1) * r.dCol;
      box.top = Math.min(box.top, r.row, row);
      box.left = Math.min(box.left, r.col, col);
      box.bottom = Math.max(box.bottom, r.row, row);
      box.right = Math.max(box.right, r.col, col);
    }
    return box;
  }

  /** The cells, in month order, as rectangles: each contiguous run down a column or along a row is one area. */
  areas(firstSheet: string): CellArea[] {
    const areas: CellArea[] = [];
    let last: CellArea | null = null;
    const visit = (row: number, col: number, sheet: string): void => {
      const down = last !== null && last.sheet === sheet && last.cols === 1 && col === last.col && row === last.row + last.rows;
      const across = last !== null && last.sheet === sheet && last.rows === 1 && row === last.row && col === last.col + last.cols;
      if (last !== null && down && (last.rows > 1 || !across)) last.rows++;
      else if (last !== null && across) last.cols++;
      else areas.push((last = { sheet, row, col, rows: 1, cols: 1 }));
    };
    if (!this.chronological()) {
      this.forEachByMonth((_m, row, col, sheet) => visit(row, col, sheet ?? firstSheet));
      return areas;
    }
    for (const r of this.runs)
      for (let j = 0; j < r.length; ) {
        visit(r.row + j * r.dRow, r.col + j * r.dCol, r.sheet ?? firstSheet);
        j++;
        // The rest of a run straight down (across) continues an area one column wide (one row high) that ends in the cell just visited.
        const area = last!;
        if (r.dRow === 1 && r.dCol === 0 && area.cols === 1) {
          area.rows += r.length - j;
          j = r.length;
        } else if (r.dRow === 0 && r.dCol === 1 && area.rows === 1) {
          area.cols += r.length - j;
          j = r.length;
        }
      }
    return areas;
  }

  /** Whether the cells stand oldest month first. */
  chronological(): boolean {
    let last = -Infinity;
    for (const r of this.runs) {
      if (r.month <= last || (r.length > 1 && r.dMonth < 0)) return false;
      last = r.month + (r.length - 1) * r.dMonth;
    }
    return true;
  }
}

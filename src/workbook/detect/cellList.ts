/**
 * The data cells of a series while it is read: its months with their cells, in reading order, kept in
 * flat arrays (no object or map entry per cell; a 400-Jobcenter export reads 750,000 cells). The run of
 * months is followed as cells are added — its direction and whether it ever stepped back — so a month
 * that continues an ordered run is known to be new without an index; the index of months is built only
 * for runs out of order, or to merge series.
 */
import type { YearMonth } from "../../domain/yearMonth";

/** "2023-02" → 2023 × 12 + 1, read from the digits (no substrings on the hot path). */
export const monthIndex = (m: YearMonth): number =>
  ((m.charCodeAt(0) - 48) * 1000 + (m.charCodeAt(1) - 48) * 100 + (m.charCodeAt(2) - 48) * 10 + m.charCodeAt(3) - 48) * 12 +
  (m.charCodeAt(5) - 48) * 10 +
  m.charCodeAt(6) -
  49;

export const monthOf = (i: number): YearMonth => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;

export interface CellRef {
  row: number;
  col: number;
  sheet?: string;
}

export class CellList {
  readonly months: YearMonth[] = [];
  /** monthIndex of each month. */
  readonly index: number[] = [];
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  /** The sheet of each cell where it differs from the series' own (a series continued on another sheet). */
  sheets: (string | undefined)[] | undefined;
  /** The month last added, and the direction of the run (1 up, -1 down, 0 before its second month). */
  last = 0;
  direction: 0 | 1 | -1 = 0;
  /** Whether every step so far went in the run's direction. */
  ordered = true;
  /** Month index → position; built when the run alone cannot tell. */
  private at: Map<number, number> | undefined;

  get size(): number {
    return this.months.length;
  }

  /** Position of the month (its index), or -1. */
  find(i: number): number {
    if (this.at === undefined) {
      const n = this.months.length;
      // An ordered run holds no month beyond its last one.
      if (n === 0 || (this.ordered && (this.direction === 0 ? i !== this.last : (i - this.last) * this.direction > 0))) return -1;
      this.at = new Map();
      for (let k = 0; k < n; k++) this.at.set(this.index[k], k);
    }
    return this.at.get(i) ?? -1;
  }

  /** Adds a cell for a month not yet in the list; true for the run's first step against its direction. */
  add(month: YearMonth, i: number, row: number, col: number, sheet?: string): boolean {
    const n = this.months.length;
    let against = false;
    if (n > 0) {
      const step = i > this.last ? 1 : -1;
      if (this.direction === 0) this.direction = step;
      else if (step !== this.direction && this.ordered) {
        against = true;
        this.ordered = false;
      }
    }
    this.last = i;
    this.months.push(month);
    this.index.push(i);
    this.rows.push(row);
    this.cols.push(col);
    if (sheet !== undefined) (this.sheets ??= new Array(n))[n] = sheet;
    else if (this.sheets !== undefined) this.sheets[n] = undefined;
    this.at?.set(i, n);
    return against;
  }

  cell(k: number): CellRef {
    const sheet = this.sheets?.[k];
    return sheet === undefined ? { row: this.rows[k], col: this.cols[k] } : { row: this.rows[k], col: this.cols[k], sheet };
  }

  /** Whether the cells stand oldest month first. */
  chronological(): boolean {
    for (let k = 1; k < this.index.length; k++) if (this.index[k] < this.index[k - 1]) return false;
    return true;
  }

  /** Positions in month order (oldest first). */
  inMonthOrder(): number[] {
    const order = Array.from(this.index.keys());
    return this.chronological() ? order : order.sort((a, b) => this.index[a] - this.index[b]);
  }
}

/**
 * A sheet addressed by absolute 0-based coordinates, indexed once over the cells that exist (sparse:
 * a stray cell in XFD1048576 costs one entry, not a million rows). Merged areas: only the top-left cell
 * holds a value (a reader that copies it into the other cells is ignored); headers may show a small
 * merge's value across its area (`shown`, `text`). Nothing here recurses or spreads an unbounded array.
 */
import type { CellValue, SheetData } from "../types";

/** Merges larger than this are not spread for headers (a merge over whole columns is not a header). */
const SHOWN_MERGE_LIMIT = 2000;
/** Column factor of a numeric cell key; Excel has 16,384 columns. */
const COLS = 16384;

const key = (row: number, col: number): number => row * COLS + col;

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Index of the first element ≥ x in an ascending array. */
export function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}

/** Whether an ascending array holds a value in [from, to]. */
function anyWithin(sorted: readonly number[] | undefined, from: number, to: number): boolean {
  if (!sorted) return false;
  const i = lowerBound(sorted, from);
  return i < sorted.length && sorted[i] <= to;
}

export class Grid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  /** Last row and column holding a non-blank cell (top/left when the sheet is empty). */
  readonly bottom: number;
  readonly right: number;
  readonly hidden: Set<number>;
  /** Rows holding a non-blank cell, ascending. */
  readonly rows: number[] = [];
  /** Per row (by offset from `top`), the columns of its non-blank cells, ascending. */
  private readonly rowCols: (number[] | undefined)[] = [];
  /** Per row, the column spans a small merge above it shows there. */
  private readonly shownSpans = new Map<number, { left: number; right: number }[]>();
  private spanRows: number[] | undefined;
  /** Cells inside a merge (not its top-left): blank whatever the reader put there. */
  private readonly covered = new Set<number>();
  private readonly owner = new Map<number, number>();
  /** Merges, with the merge holding each top-left cell. */
  private readonly mergeAt = new Map<number, Area>();

  constructor(readonly sheet: SheetData) {
    this.name = sheet.name;
    this.top = sheet.origin.row;
    this.left = sheet.origin.col;
    this.hidden = new Set(sheet.hiddenRows ?? []);
    let bottom = this.top;
    let right = this.left;
    const values = sheet.values;
    // Rows of a table fill the same columns: a row like the one before shares its list.
    let before: number[] = [];
    const cols: number[] = [];
    for (let i = 0; i < values.length; i++) {
      const line = values[i];
      if (!line) continue;
      const row = this.top + i;
      cols.length = 0;
      for (let j = 0; j < line.length; j++) {
        const v = line[j];
        if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) continue;
        cols.push(this.left + j);
      }
      if (cols.length === 0) continue;
      if (!sameList(cols, before)) before = cols.slice();
      this.rows.push(row);
      this.rowCols[i] = before;
      bottom = row;
      if (before[before.length - 1] > right) right = before[before.length - 1];
    }
    this.bottom = bottom;
    this.right = right;
    for (const m of sheet.merges ?? []) this.addMerge(m);
  }

  private addMerge(m: Area): void {
    if (m.bottom < m.top || m.right < m.left || (m.bottom === m.top && m.right === m.left)) return;
    this.mergeAt.set(key(m.top, m.left), m);
    // Existing cells inside the merge, found through the row index (never by walking the area).
    for (let i = lowerBound(this.rows, m.top); i < this.rows.length && this.rows[i] <= m.bottom; i++) {
      const r = this.rows[i];
      const cols = this.rowCols[r - this.top]!;
      for (let j = lowerBound(cols, m.left); j < cols.length && cols[j] <= m.right; j++)
        if (r !== m.top || cols[j] !== m.left) this.covered.add(key(r, cols[j]));
    }
    const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (area > SHOWN_MERGE_LIMIT || this.get(m.top, m.left) === null) return;
    const ownerKey = key(m.top, m.left);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) this.owner.set(key(r, c), ownerKey);
      let spans = this.shownSpans.get(r);
      if (!spans) this.shownSpans.set(r, (spans = []));
      spans.push({ left: m.left, right: m.right });
    }
  }

  /** The cell's own value; null for blank cells and cells inside a merge other than its top-left. */
  get(row: number, col: number): CellValue {
    const v = this.sheet.values[row - this.top]?.[col - this.left];
    if (v === undefined || v === null) return null;
    if (this.covered.size > 0 && this.covered.has(key(row, col))) return null;
    return v;
  }

  format(row: number, col: number): string | undefined {
    return this.sheet.numberFormats?.[row - this.top]?.[col - this.left];
  }

  /** The merged area whose top-left cell this is (more than one cell), if any. */
  mergeOf(row: number, col: number): Area | undefined {
    return this.mergeAt.size > 0 ? this.mergeAt.get(key(row, col)) : undefined;
  }

  /** The value shown in a cell, taking a small merged area's top-left value. */
  shown(row: number, col: number): CellValue {
    const o = this.owner.size > 0 ? this.owner.get(key(row, col)) : undefined;
    return o === undefined ? this.get(row, col) : this.get(Math.floor(o / COLS), o % COLS);
  }

  text(row: number, col: number): string {
    const v = this.shown(row, col);
    return v === null ? "" : String(v).trim();
  }

  /** Columns of the row's non-blank cells, ascending (empty for a blank row). */
  colsOf(row: number): readonly number[] {
    return this.rowCols[row - this.top] ?? [];
  }

  /** Columns between `from` and `to` that show text (own or a small merge's), ascending. */
  textCols(row: number, from: number, to: number): number[] {
    const out: number[] = [];
    const cols = this.rowCols[row - this.top] ?? [];
    for (let j = lowerBound(cols, from); j < cols.length && cols[j] <= to; j++) out.push(cols[j]);
    const spans = this.shownSpans.get(row);
    if (!spans) return out;
    for (const s of spans) for (let c = Math.max(from, s.left); c <= Math.min(to, s.right); c++) out.push(c);
    out.sort((a, b) => a - b);
    return out.filter((c, i) => (i === 0 || out[i - 1] !== c) && this.text(row, c) !== "");
  }

  /** No text shown in the row between the columns `from` and `to`. */
  rowBlank(row: number, from = this.left, to = this.right): boolean {
    const cols = this.rowCols[row - this.top];
    if (cols) for (let j = lowerBound(cols, from); j < cols.length && cols[j] <= to; j++) if (this.text(row, cols[j]) !== "") return false;
    for (const s of this.shownSpans.get(row) ?? []) if (s.left <= to && s.right >= from) return false;
    return true;
  }

  /** Whether a cell of the column shows text in a row strictly between `after` and `before`. */
  textBetween(col: number, after: number, before: number): boolean {
    for (let i = lowerBound(this.rows, after + 1); i < this.rows.length && this.rows[i] < before; i++)
      if (anyWithin(this.rowCols[this.rows[i] - this.top], col, col) && this.textAfter(this.rows[i], col, after) !== "") return true;
    if (this.shownSpans.size === 0) return false;
    this.spanRows ??= Array.from(this.shownSpans.keys()).sort((a, b) => a - b);
    for (let i = lowerBound(this.spanRows, after + 1); i < this.spanRows.length && this.spanRows[i] < before; i++)
      if (this.textAfter(this.spanRows[i], col, after) !== "") return true;
    return false;
  }

  /** Text shown in a cell, except the continuation of a merge that starts at or above row `after`
   * (a month label merged down over two rows does not interrupt its own run of months). */
  private textAfter(row: number, col: number, after: number): string {
    const o = this.owner.size > 0 ? this.owner.get(key(row, col)) : undefined;
    if (o !== undefined && Math.floor(o / COLS) <= after) return "";
    return this.text(row, col);
  }
}

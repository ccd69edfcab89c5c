/**
 * The one place where a data cell of a series is read, whatever the layout: its month is recorded with
 * its cell, its value parsed with the block's reading of BA's signs, and whatever is wrong reported
 * naming sheet and cell — a month twice, months out of order or skipped (`finish`), a value merged over several
 * months, an Excel error, text, a negative count, a zero eLb stock.
 */
import type { YearMonth } from "../../domain/yearMonth";
import { cellAddress, rangeAddress } from "../areas";
import { parseDataCell, quickNumber, type DashReading, type ParsedNumber } from "../cells";
import { keyIndex } from "../../domain/monthSpan";
import { monthText } from "./monthValues";
import type { Collector, Found } from "./collector";
import type { Grid } from "./grid";
import { msg } from "./messages";

/** How the cells of one block are read. */
export interface Reading {
  grid: Grid;
  out: Collector;
  /** Along which the months run: down the rows or across the columns. */
  axis: "rows" | "cols";
  /** What `-` means here: "zero" in a BA export, the user's choice elsewhere. */
  dash: DashReading;
  /** A BA export (a table keyed by Jobcenter): its signs follow the BA's Zeichenerklärung. */
  ba: boolean;
}

const STOCKS = new Set(["ELB", "ELB_F", "ELB_M"]);

export function parseFor(r: Reading, row: number, col: number): ParsedNumber {
  return parseDataCell(r.grid.get(row, col), r.dash);
}

/** Ends a run of months: months skipped inside it are reported at the cell after the gap, then the series is collected. */
export function finish(r: Reading, f: Found): void {
  f.cells.forEachGap((a, m, row, col) => {
    const [from, to] = a < m ? [a + 1, m - 1] : [m + 1, a - 1];
    r.out.cellProblem("warning", r.grid.name, row, col, msg.gap(r.grid.name, cellAddress(row, col), monthText(a), monthText(m), monthText(from), monthText(to)));
  });
  r.out.add(f);
}

/** The same month twice in one series: equal values are kept, different ones leave the month missing. */
function duplicate(r: Reading, f: Found, month: YearMonth, at: number, row: number, col: number, value: number | undefined): void {
  const first = f.cells.cell(at);
  const had = f.cells.valueAt(at);
  const i = keyIndex(month);
  const agrees = (Number.isNaN(had) ? value === undefined : had === value) && !f.conflicts?.has(i);
  if (!agrees) {
    f.cells.setValue(at, NaN);
    (f.conflicts ??= new Set()).add(i);
  }
  r.out.cellProblem("warning", r.grid.name, row, col, msg.duplicateMonth(r.grid.name, cellAddress(row, col), cellAddress(first.row, first.col), month, agrees));
}

/** A value merged over several months belongs to none of them. */
function mergedOverMonths(r: Reading, row: number, col: number): boolean {
  const m = r.grid.mergeOf(row, col);
  if (!m) return false;
  const months = r.axis === "rows" ? m.bottom - m.top + 1 : m.right - m.left + 1;
  if (months < 2) return false;
  const range = rangeAddress(m.top, m.left, m.bottom, m.right);
  r.out.cellProblem("warning", r.grid.name, row, col, msg.mergedValue(r.grid.name, range, months));
  return true;
}

function noteSign(r: Reading, parsed: ParsedNumber, row: number, col: number): void {
  if (parsed.kind !== "number" && parsed.kind !== "missing") return;
  if (parsed.sign === "-") r.out.noteDash(r.grid.name, cellAddress(row, col), r.ba ? "ba" : "own");
}

/** Smallest absolute value no monthly figure can reach. */
const IMPLAUSIBLE = 1e12;

/**
 * Reads one data cell of a series. `read` is the cell as the caller has read it already: a quick number
 * (what parseDataCell would make of it), its parse, or undefined (the cell is read here); `i` the
 * month's index when the caller knows it.
 */
export function readCell(r: Reading, f: Found, month: YearMonth, row: number, col: number, read?: number | ParsedNumber, i = keyIndex(month)): void {
  const at = f.cells.find(i);
  const n = read === undefined ? quickNumber(r.grid.get(row, col)) : typeof read === "number" ? read : undefined;
  if (n !== undefined) {
    if (at >= 0) return duplicate(r, f, month, at, row, col, n);
    if (place(r, f, month, i, row, col)) storeNumber(r, f, row, col, n);
    return;
  }
  const parsed = typeof read === "object" ? read : parseFor(r, row, col);
  const { grid, out } = r;
  if (at >= 0) return duplicate(r, f, month, at, row, col, parsed.kind === "number" ? parsed.value : undefined);
  noteSign(r, parsed, row, col);
  if (!place(r, f, month, i, row, col)) return;
  if (parsed.kind === "invalid") return out.invalid(grid.name, row, col, parsed.text);
  if (parsed.kind === "error") return out.cellProblem("warning", grid.name, row, col, msg.excelError(grid.name, cellAddress(row, col), parsed.text));
  if (parsed.kind !== "number") return;
  storeNumber(r, f, row, col, parsed.value);
}

/** Records the month's cell and checks its place (order, hidden row, merge); false when its value belongs to no month. */
function place(r: Reading, f: Found, month: YearMonth, i: number, row: number, col: number): boolean {
  const { grid, out } = r;
  const previous = f.cells.last;
  // Months out of order: a step against the direction the run started in (reported once per run).
  if (f.cells.add(i, row, col))
    out.cellProblem("warning", grid.name, row, col, msg.unordered(grid.name, cellAddress(row, col), month, monthText(previous)));
  if (grid.hidden.size > 0 && grid.hidden.has(row) && !out.hiddenUsed.has(grid.name)) out.hiddenUsed.set(grid.name, cellAddress(row, col));
  return !mergedOverMonths(r, row, col);
}

function storeNumber(r: Reading, f: Found, row: number, col: number, value: number): void {
  const { grid, out } = r;
  // No monthly SGB II figure of one Jobcenter comes near 10^12 (not even its benefits in euro); such a
  // value is a typing or export error, and summed it would overflow to Infinity in the JFW.
  if (!Number.isFinite(value) || Math.abs(value) >= IMPLAUSIBLE)
    return out.cellProblem("warning", grid.name, row, col, msg.implausible(grid.name, cellAddress(row, col), f.code, value));
  if (value < 0) return out.cellProblem("warning", grid.name, row, col, msg.negative(grid.name, cellAddress(row, col), f.code, value));
  if (value === 0 && STOCKS.has(f.code)) out.cellProblem("warning", grid.name, row, col, msg.zeroStock(grid.name, cellAddress(row, col), f.code));
  f.cells.setValue(f.cells.size - 1, value);
}

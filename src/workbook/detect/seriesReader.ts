/**
 * The one place where a data cell of a series is read, whatever the layout: its month is recorded with
 * its cell, its value parsed with the block's reading of BA's signs, and whatever is wrong reported
 * naming sheet and cell — a month twice, months out of order or skipped (`finish`), a value merged over several
 * months, an Excel error, text, a negative count, a zero eLb stock.
 */
import type { YearMonth } from "../../domain/yearMonth";
import { cellAddress, rangeAddress } from "../areas";
import { parseDataCell, type DashReading, type ParsedNumber } from "../cells";
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

/** Where a series' run of months stands while it is read. */
interface Run {
  last: number;
  direction: 0 | 1 | -1;
  unorderedReported: boolean;
}

const runs = new WeakMap<Found, Run>();
const STOCKS = new Set(["ELB", "ELB_F", "ELB_M"]);

/** "2023-02" → 2023 × 12 + 1, read from the digits (no substrings on the hot path). */
const monthIndex = (m: YearMonth): number =>
  ((m.charCodeAt(0) - 48) * 1000 + (m.charCodeAt(1) - 48) * 100 + (m.charCodeAt(2) - 48) * 10 + m.charCodeAt(3) - 48) * 12 +
  (m.charCodeAt(5) - 48) * 10 +
  m.charCodeAt(6) -
  49;
const monthOf = (i: number): YearMonth => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;

export function parseFor(r: Reading, row: number, col: number): ParsedNumber {
  return parseDataCell(r.grid.get(row, col), r.dash);
}

/** Months out of order: a step against the direction the run started in (reported once per run). */
function checkOrder(r: Reading, f: Found, month: YearMonth, row: number, col: number): void {
  const i = monthIndex(month);
  const run = runs.get(f);
  if (!run) {
    runs.set(f, { last: i, direction: 0, unorderedReported: false });
    return;
  }
  const step = i - run.last;
  const last = run.last;
  run.last = i;
  if (run.direction === 0) run.direction = step > 0 ? 1 : -1;
  if (Math.sign(step) === run.direction || run.unorderedReported) return;
  run.unorderedReported = true;
  const previous = monthOf(last);
  r.out.cellProblem("warning", r.grid.name, row, col, msg.unordered(r.grid.name, cellAddress(row, col), month, previous));
}

/** Ends a run of months: months skipped inside it are reported at the cell after the gap, then the series is collected. */
export function finish(r: Reading, f: Found): void {
  const run = runs.get(f);
  // A run read in order (up or down) is checked as read; one out of order after sorting its months.
  const months = run && !run.unorderedReported ? Array.from(f.cells.keys()) : Array.from(f.cells.keys()).sort();
  for (let k = 1; k < months.length; k++) {
    const a = monthIndex(months[k - 1]);
    const b = monthIndex(months[k]);
    if (Math.abs(b - a) <= 1) continue;
    const cell = f.cells.get(months[k])!;
    const [from, to] = a < b ? [a + 1, b - 1] : [b + 1, a - 1];
    r.out.cellProblem(
      "warning",
      r.grid.name,
      cell.row,
      cell.col,
      msg.gap(r.grid.name, cellAddress(cell.row, cell.col), months[k - 1], months[k], monthOf(from), monthOf(to)),
    );
  }
  r.out.add(f);
}

/** The same month twice in one series: equal values are kept, different ones leave the month missing. */
function duplicate(r: Reading, f: Found, month: YearMonth, row: number, col: number, parsed: ParsedNumber): void {
  const first = f.cells.get(month)!;
  const value = parsed.kind === "number" ? parsed.value : undefined;
  const agrees = f.values.get(month) === value && !f.conflicts?.has(month);
  if (!agrees) {
    f.values.delete(month);
    (f.conflicts ??= new Set()).add(month);
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

/** The value of a plain finite number in the cell (the common case, read without parsing), else undefined. */
export function plainNumber(r: Reading, row: number, col: number): number | undefined {
  const v = r.grid.get(row, col);
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/**
 * Reads one data cell of a series; `parsed` when the caller has parsed it already (undefined: the cell
 * is read here; a plain number is taken as it is, which is what parseDataCell would make of it).
 */
export function readCell(r: Reading, f: Found, month: YearMonth, row: number, col: number, parsed?: ParsedNumber): void {
  if (parsed === undefined) {
    const n = plainNumber(r, row, col);
    if (n !== undefined) {
      if (f.cells.has(month)) return duplicate(r, f, month, row, col, { kind: "number", value: n });
      if (place(r, f, month, row, col)) storeNumber(r, f, month, row, col, n);
      return;
    }
    parsed = parseFor(r, row, col);
  }
  const { grid, out } = r;
  if (f.cells.has(month)) return duplicate(r, f, month, row, col, parsed);
  noteSign(r, parsed, row, col);
  if (!place(r, f, month, row, col)) return;
  if (parsed.kind === "invalid") return out.invalid(grid.name, row, col, parsed.text);
  if (parsed.kind === "error") return out.cellProblem("warning", grid.name, row, col, msg.excelError(grid.name, cellAddress(row, col), parsed.text));
  if (parsed.kind !== "number") return;
  storeNumber(r, f, month, row, col, parsed.value);
}

/** Records the month's cell and checks its place (order, hidden row, merge); false when its value belongs to no month. */
function place(r: Reading, f: Found, month: YearMonth, row: number, col: number): boolean {
  const { grid, out } = r;
  f.cells.set(month, { row, col });
  checkOrder(r, f, month, row, col);
  if (grid.hidden.size > 0 && grid.hidden.has(row) && !out.hiddenUsed.has(grid.name)) out.hiddenUsed.set(grid.name, cellAddress(row, col));
  return !mergedOverMonths(r, row, col);
}

function storeNumber(r: Reading, f: Found, month: YearMonth, row: number, col: number, value: number): void {
  const { grid, out } = r;
  // No monthly SGB II figure of one Jobcenter comes near 10^12 (not even its benefits in euro); such a
  // value is a typing or export error, and summed it would overflow to Infinity in the JFW.
  if (!Number.isFinite(value) || Math.abs(value) >= IMPLAUSIBLE)
    return out.cellProblem("warning", grid.name, row, col, msg.implausible(grid.name, cellAddress(row, col), f.code, value));
  if (value < 0) return out.cellProblem("warning", grid.name, row, col, msg.negative(grid.name, cellAddress(row, col), f.code, value));
  if (value === 0 && STOCKS.has(f.code)) out.cellProblem("warning", grid.name, row, col, msg.zeroStock(grid.name, cellAddress(row, col), f.code));
  f.values.set(month, value);
}

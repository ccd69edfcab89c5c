/**
 * Months down the rows: a month column with one column per indicator (or per year, with month names
 * only) to its right, header blocks of several lines, and keyed exports (Jobcenter key, name and
 * "Berichtsmonat"; several Jobcenters in one table).
 */
import type { Vintage } from "../../domain/evaluation";
import { ym, type YearMonth } from "../../domain/yearMonth";
import { rangeAddress } from "../areas";
import { jobcenterKey, parseVintage, parseYearLabel, quickNumber, type DashReading, type ParsedNumber } from "../cells";
import { isKeyHeader, isNameHeader } from "../labels";
import type { Axis } from "./axes";
import { newFound, type Collector, type Found } from "./collector";
import { blockTitle, firstOf, resolveCode, sheetVintage, yearOf } from "./context";
import type { Grid } from "./grid";
import { finish, parseFor, readCell, type Reading } from "./seriesReader";
import { msg } from "./messages";

/** One run of month rows in a month column, with the columns that belong to it. */
interface Block {
  axisCol: number;
  months: Axis;
  rows: number[];
  left: number;
  right: number;
  context: string[];
  vintage: Vintage | null;
  year: number | null;
  keyCol: number | null;
  nameCol: number | null;
  /** The Jobcenter of each row ("" without a key column; null where a keyed row has no key). */
  keys: (string | null)[];
  /** The month of each row (and its index), with the block's year for month names without one. */
  monthKeys: { keys: (YearMonth | null)[]; index: number[] };
  reading: Reading;
  /** The quick number of each row in the column being read (NaN: none), one buffer for all its columns. */
  quick: Float64Array;
}

/** Runs of month rows not interrupted by a title or header row in the month column. */
function segments(grid: Grid, col: number, rows: number[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  for (const r of rows) {
    const prev = current[current.length - 1];
    if (prev !== undefined && grid.textBetween(col, prev, r)) {
      out.push(current);
      current = [];
    }
    current.push(r);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function headerLines(grid: Grid, firstRow: number, col: number, left: number, right: number): { lines: string[]; top: number } {
  const lines: string[] = [];
  let top = firstRow;
  // An empty spacer row between the header and the first month is common; skip up to two.
  let start = firstRow - 1;
  while (start > firstRow - 3 && start >= grid.top && grid.rowBlank(start, left, right)) start--;
  for (let r = start; r >= Math.max(grid.top, start - 3); r--) {
    if (grid.rowBlank(r, left, right)) break;
    lines.unshift(grid.text(r, col));
    top = r;
  }
  return { lines, top };
}

/** Columns of the block holding anything in its header or month rows (never every column of a wide sheet). */
function usedColumns(grid: Grid, rows: number[], headerTop: number, left: number, right: number): number[] {
  const cols = new Set<number>();
  for (let r = headerTop; r < rows[0]; r++) for (const c of grid.textCols(r, left, right)) cols.add(c);
  // Rows of a table fill the same columns (the grid shares their list): a row like the one before adds nothing.
  let before: readonly number[] = [];
  for (const r of rows) {
    const row = grid.colsOf(r);
    if (row === before) continue;
    before = row;
    for (const c of row) if (c >= left && c <= right) cols.add(c);
  }
  return Array.from(cols).sort((a, b) => a - b);
}

const YEAR_ONLY = /^\s*(19|20)\d{2}\s*(\(.*\))?\s*$/;
const JAHR = /^(jahr|year)\s+\d{4}$/i;

function columnYear(lines: string[]): number | null {
  return firstOf(lines, (l) => (YEAR_ONLY.test(l) || JAHR.test(l.trim()) ? parseYearLabel(l) : null));
}

function readColumn(grid: Grid, b: Block, col: number, lines: string[]): void {
  const year = columnYear(lines);
  const { code, label } = resolveCode(year !== null ? lines.filter((l) => parseYearLabel(l) === null) : lines, b.context);
  if (!code) return;
  // A column of notes next to the months is not a series: require numbers in at least a third of the rows.
  // Quick numbers are counted as they are, other cells parsed; both kept for readCell.
  const quick = b.quick;
  let parsed: (ParsedNumber | undefined)[] | undefined;
  let numeric = 0;
  for (let i = 0; i < b.rows.length; i++) {
    const n = quickNumber(grid.get(b.rows[i], col));
    quick[i] = n ?? NaN;
    if (n !== undefined) numeric++;
    else if (((parsed ??= new Array(b.rows.length))[i] = parseFor(b.reading, b.rows[i], col)).kind === "number") numeric++;
  }
  if (numeric * 3 < b.rows.length) return;
  const vintage = parseVintage(lines.join(" ")) ?? b.vintage;
  const labelRow = b.rows[0] - 1 >= grid.top ? b.rows[0] - 1 : b.rows[0];
  const perJobcenter = new Map<string, Found>();
  const { keys: months, index } = year === null ? b.monthKeys : monthKeys(b.rows, b.months, year);
  // A Jobcenter's rows stand together in an export: its series is looked up again only when the key changes.
  let lastKey: string | null = null;
  let f: Found | undefined;
  for (let i = 0; i < b.rows.length; i++) {
    const month = months[i];
    const jc = b.keys[i];
    if (month === null || jc === null) continue;
    if (jc !== lastKey || f === undefined) {
      f = perJobcenter.get(jc);
      if (!f) perJobcenter.set(jc, (f = newFound(code, jc, vintage, grid.name, label, { row: labelRow, col })));
      lastKey = jc;
    }
    readCell(b.reading, f, month, b.rows[i], col, quick[i] === quick[i] ? quick[i] : parsed![i], index[i]);
  }
  for (const f of perJobcenter.values()) finish(b.reading, f);
}

/** The month of each row, with `year` for month names without one (null where no year is known). */
function monthKeys(rows: number[], months: Axis, year: number | null): { keys: (YearMonth | null)[]; index: number[] } {
  const keys: (YearMonth | null)[] = new Array(rows.length);
  const index: number[] = new Array(rows.length);
  // One text per month, however many rows (a Jobcenter each) name it.
  const texts = new Map<number, YearMonth>();
  for (let k = 0; k < rows.length; k++) {
    const m = months.get(rows[k])!;
    const y = yearOf(m, year);
    const i = y === null ? -1 : y * 12 + m.month - 1;
    let key = i < 0 ? null : texts.get(i);
    if (key === undefined) texts.set(i, (key = ym(y!, m.month)));
    keys[k] = key;
    index[k] = i;
  }
  return { keys, index };
}

/** The Jobcenter of each row of a keyed table, registering the Jobcenters with their names. */
function rowKeys(grid: Grid, b: Block, out: Collector): (string | null)[] {
  const keyCol = b.keyCol;
  if (keyCol === null) return b.rows.map(() => "");
  // A Jobcenter's rows stand together: a row with the cell of the row before has its key.
  let cell: unknown;
  let key: string | null = null;
  return b.rows.map((r, k) => {
    const v = grid.get(r, keyCol);
    if (k > 0 && v === cell) return key;
    cell = v;
    key = jobcenterKey(v);
    if (key !== null && !out.jobcenters.has(key)) out.jobcenters.set(key, b.nameCol !== null ? grid.text(r, b.nameCol) : "");
    return key;
  });
}

/** Where a run of month rows stands: its month column, the columns it owns, the month column before it. */
interface Place {
  axisCol: number;
  months: Axis;
  rows: number[];
  left: number;
  right: number;
  prevAxis: number;
}

function readBlock(grid: Grid, { axisCol, months, rows, left, right, prevAxis }: Place, out: Collector, dash: DashReading): void {
  const first = rows[0];
  const { top: headerTop } = headerLines(grid, first, axisCol, Math.max(left, prevAxis + 1), right);
  const title = blockTitle(grid, headerTop, left, right);
  const full = headerLines(grid, first, axisCol, left, right);
  const monthHeader = full.lines.join(" ");
  const blockYear = firstOf([monthHeader, ...title, grid.name], parseYearLabel);
  const b: Block = {
    axisCol,
    months,
    rows,
    left,
    right,
    context: [...title, grid.name],
    vintage: parseVintage(monthHeader) ?? firstOf(title, parseVintage) ?? sheetVintage(grid),
    year: blockYear,
    keyCol: null,
    nameCol: null,
    keys: [],
    monthKeys: monthKeys(rows, months, blockYear),
    reading: { grid, out, axis: "rows", dash, ba: false },
    quick: new Float64Array(rows.length),
  };
  const dataCols: { col: number; lines: string[] }[] = [];
  for (const c of usedColumns(grid, rows, Math.min(headerTop, full.top), left, right)) {
    if (c === axisCol) continue;
    const { lines } = headerLines(grid, first, c, left, right);
    const label = lines.join(" ");
    if (b.keyCol === null && isKeyHeader(label)) b.keyCol = c;
    else if (b.nameCol === null && isNameHeader(label)) b.nameCol = c;
    else dataCols.push({ col: c, lines });
  }
  // A table keyed by Jobcenter is a BA export: its signs are the BA's ("-" is a true zero).
  if (b.keyCol !== null) b.reading = { ...b.reading, dash: "zero", ba: true };
  b.keys = rowKeys(grid, b, out);
  warnMergedLabels(grid, b, out);
  for (const { col, lines } of dataCols) readColumn(grid, b, col, lines);
}

/** A month label merged down over several rows belongs to its first row only: the rows below it have no
 * month, so their values are not read — said once per label, naming the merged cells. */
function warnMergedLabels(grid: Grid, b: Block, out: Collector): void {
  for (const r of b.rows) {
    const m = grid.mergeOf(r, b.axisCol);
    if (!m || m.bottom === m.top) continue;
    const range = rangeAddress(m.top, m.left, m.bottom, m.right);
    out.cellProblem("warning", grid.name, r, b.axisCol, msg.mergedMonthLabel(grid.name, range, grid.text(r, b.axisCol)));
  }
}

export function detectMonthsDown(grid: Grid, axes: Map<number, Axis>, out: Collector, dash: DashReading): void {
  const axisCols = Array.from(axes.keys()).sort((a, b) => a - b);
  axisCols.forEach((axisCol, i) => {
    const nextAxis = axisCols[i + 1] ?? grid.right + 1;
    const prevAxis = i === 0 ? grid.left - 1 : axisCols[i - 1];
    // Columns left of the first month column (keys, names) belong to it; otherwise to the month column on their left.
    const left = i === 0 ? grid.left : axisCol;
    const months = axes.get(axisCol)!;
    const rows = Array.from(months.keys()).sort((a, b) => a - b);
    for (const seg of segments(grid, axisCol, rows)) readBlock(grid, { axisCol, months, rows: seg, left, right: nextAxis - 1, prevAxis }, out, dash);
  });
}

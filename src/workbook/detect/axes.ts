/**
 * The month axes of a sheet, found in one walk over its cells: columns holding months down the rows,
 * and header rows holding months across the columns (at least three months each).
 */
import { isCountText, isDateFormat, parseMonthLabel, type MonthLabel } from "../cells";
import { isMonthHeader } from "../labels";
import type { Grid } from "./grid";

export type Axis = Map<number, MonthLabel>;

export interface Axes {
  /** Month column → (row → month). */
  down: Map<number, Axis>;
  /** Header row → (column → month). */
  across: Map<number, Axis>;
}

const MIN_MONTHS = 3;
/** Rows from the top in which a "Monat" header allows numeric YYYYMM months in its column. */
const HEADER_ROWS = 13;

function put(map: Map<number, Axis>, a: number, b: number, m: MonthLabel): void {
  let axis = map.get(a);
  if (!axis) map.set(a, (axis = new Map()));
  axis.set(b, m);
}

/** Columns with a "Monat" / "Berichtsmonat" header near the top, where 202301 is a month. */
function yyyymmColumns(grid: Grid): Set<number> {
  const cols = new Set<number>();
  for (const r of grid.rows) {
    if (r > grid.top + HEADER_ROWS - 1) break;
    for (const c of grid.colsOf(r)) {
      const v = grid.get(r, c);
      if (typeof v === "string" && isMonthHeader(v)) cols.add(c);
    }
  }
  return cols;
}

/** What a number format says about the numbers it shows: a date, and whether it spells letters ("MMM YYYY"). */
interface FormatKind {
  date: boolean;
  letters: boolean;
}

/** The month each distinct text names (or null): a text's month does not depend on its cell or sheet. */
export type MonthTexts = Map<string, MonthLabel | null>;

/** The axes of a sheet; `texts` is shared by the sheets of a workbook (labels repeat in every block and sheet). */
export function findAxes(grid: Grid, texts: MonthTexts): Axes {
  const yyyymm = yyyymmColumns(grid);
  const byCol = new Map<number, Axis>();
  const across = new Map<number, Axis>();
  // A format's kind does not depend on its cell either.
  const formats = new Map<string, FormatKind>();
  // The months of the current row: a row becomes an axis across only with enough of them.
  const rowCols: number[] = [];
  const rowMonths: MonthLabel[] = [];
  for (const r of grid.rows) {
    rowCols.length = 0;
    rowMonths.length = 0;
    for (const c of grid.colsOf(r)) {
      const v = grid.get(r, c);
      if (v === null || typeof v === "boolean") continue;
      let down: MonthLabel | null;
      let side: MonthLabel | null;
      if (typeof v === "string") {
        // A count as text ("9.814") is no month, known without the cache.
        if (isCountText(v)) down = null;
        else {
          down = texts.get(v) ?? null;
          if (down === null && !texts.has(v)) texts.set(v, (down = parseMonthLabel(v)));
        }
        side = down;
      } else {
        const format = grid.format(r, c);
        let kind = format === undefined ? undefined : formats.get(format);
        if (format !== undefined && kind === undefined) formats.set(format, (kind = { date: isDateFormat(format), letters: /[a-z]/i.test(format) }));
        // A plain number is a month only in a "Monat" column (202301) or with a date format.
        const allowYyyymm = yyyymm.size > 0 && yyyymm.has(c);
        down = allowYyyymm || kind?.date ? parseMonthLabel(v, format, allowYyyymm) : null;
        // Across a header row, a plain number is a month only when its format spells one ("MMM YYYY").
        side = kind?.date && kind.letters ? parseMonthLabel(v, format) : null;
      }
      if (down) put(byCol, c, r, down);
      if (side) {
        rowCols.push(c);
        rowMonths.push(side);
      }
    }
    if (rowCols.length >= MIN_MONTHS) across.set(r, new Map(rowCols.map((c, i) => [c, rowMonths[i]])));
  }
  const down = new Map<number, Axis>();
  for (const [c, axis] of byCol) {
    for (const r of across.keys()) axis.delete(r);
    if (axis.size >= MIN_MONTHS) down.set(c, axis);
  }
  return { down, across };
}

/** How many month cells an orientation found. */
export function monthCount(axes: Map<number, Axis>): number {
  let n = 0;
  for (const axis of axes.values()) n += axis.size;
  return n;
}

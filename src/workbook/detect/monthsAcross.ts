/**
 * Months across the columns: a header row of months, one row per indicator below it (labels left of
 * the months, "davon Frauen" rows taking the indicator above), a block per year.
 */
import type { Vintage } from "../../domain/evaluation";
import { ym } from "../../domain/yearMonth";
import { parseVintage, parseYearLabel, type DashReading } from "../cells";
import { genderOnly } from "../labels";
import type { Axis } from "./axes";
import { newFound, type Collector } from "./collector";
import { blockTitle, firstOf, resolveCode, sheetVintage, yearOf } from "./context";
import type { Grid } from "./grid";
import { finish, readCell } from "./seriesReader";

interface Header {
  row: number;
  months: Axis;
  monthCols: number[];
  /** The year of each month column: its own, one above it, left of the months, or a title's. */
  years: Map<number, number>;
  title: string[];
  vintage: Vintage | null;
}

function yearAbove(grid: Grid, hr: number, col: number): number | null {
  for (let r = hr - 1; r >= Math.max(grid.top, hr - 3); r--) {
    const y = parseYearLabel(grid.shown(r, col));
    if (y !== null) return y;
  }
  return null;
}

function header(grid: Grid, hr: number, months: Axis): Header {
  const monthCols = Array.from(months.keys()).sort((a, b) => a - b);
  const title = blockTitle(grid, hr, grid.left, grid.right);
  let headerYear: number | null = null;
  for (const c of grid.colsOf(hr)) if (c < monthCols[0]) headerYear ??= parseYearLabel(grid.get(hr, c));
  headerYear ??= firstOf([...title, grid.name], parseYearLabel);
  const years = new Map<number, number>();
  for (const c of monthCols) {
    const y = yearOf(months.get(c)!, yearAbove(grid, hr, c), headerYear);
    if (y !== null) years.set(c, y);
  }
  const vintage = firstOf([grid.text(hr, grid.left), ...title], parseVintage) ?? sheetVintage(grid);
  return { row: hr, months, monthCols, years, title, vintage };
}

/** The label of a row: the texts left of the months (numbers there are not labels). */
function rowLabel(grid: Grid, r: number, firstMonthCol: number): string[] {
  const lines: string[] = [];
  for (const c of grid.textCols(r, grid.left, firstMonthCol - 1)) if (typeof grid.get(r, c) !== "number") lines.push(grid.text(r, c));
  return lines;
}

function readRows(grid: Grid, h: Header, end: number, out: Collector, dash: DashReading): void {
  const reading = { grid, out, axis: "cols" as const, dash, ba: false };
  let lastBase: string[] = [];
  for (let r = h.row + 1; r <= end; r++) {
    if (grid.rowBlank(r)) {
      if (r > h.row + 1) break;
      continue;
    }
    const lines = rowLabel(grid, r, h.monthCols[0]);
    if (lines.length === 0) continue;
    const last = lines[lines.length - 1];
    const g = genderOnly(last);
    const { code, label } = g ? resolveCode([...lastBase, last], [grid.name]) : resolveCode(lines, [...h.title, grid.name]);
    if (!g) lastBase = lines;
    if (!code) continue;
    const f = newFound(code, "", parseVintage(lines.join(" ")) ?? h.vintage, grid.name, label, { row: r, col: grid.left });
    for (const c of h.monthCols) {
      const year = h.years.get(c);
      if (year !== undefined) readCell(reading, f, ym(year, h.months.get(c)!.month), r, c);
    }
    if (f.cells.hasValues()) finish(reading, f);
  }
}

export function detectMonthsAcross(grid: Grid, headers: Map<number, Axis>, out: Collector, dash: DashReading): void {
  const headerRows = Array.from(headers.keys()).sort((a, b) => a - b);
  headerRows.forEach((hr, i) => {
    const end = (headerRows[i + 1] ?? grid.bottom + 1) - 1;
    readRows(grid, header(grid, hr, headers.get(hr)!), end, out, dash);
  });
}

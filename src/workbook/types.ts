/**
 * A workbook seen as sheets of 2-D cell values: the one shape the detector works on, whether the values
 * came from Office.js (`src/excel/`) or from an .xlsx file (`src/cli/`).
 */
import type { DataCode } from "../domain/indicators";
import type { MonthlySeries, Vintage } from "../domain/evaluation";
import type { YearMonth } from "../domain/yearMonth";
import type { Message } from "../domain/messages";

/** A cell's value: null is blank. Dates arrive as Excel serial numbers (with their number format, if known). */
export type CellValue = string | number | boolean | null;

export interface SheetData {
  name: string;
  /** Sheet position (0-based row/column) of values[0][0]: a used range may start at B3. */
  origin: { row: number; col: number };
  values: CellValue[][];
  /** Number formats, same shape as values, where known (tells dates from plain numbers). */
  numberFormats?: string[][];
  /** 0-based sheet row indices that are hidden. */
  hiddenRows?: number[];
  /** Merged areas, 0-based sheet coordinates, inclusive. */
  merges?: { top: number; left: number; bottom: number; right: number }[];
}

export interface WorkbookData {
  fileName?: string;
  sheets: SheetData[];
}

export interface Jobcenter {
  /** Jobcenter-Schlüssel, kept as text with leading zeros ("05358"); "" when the workbook names none. */
  key: string;
  name: string;
}

/** A rectangle of cells on a sheet, 0-based: `rows` × `cols` cells from (`row`, `col`). */
export interface CellArea {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Where a series came from. `cells` maps each month to its 0-based sheet cell; a cell carries its own
 * `sheet` where the series continues on another sheet (e.g. one sheet per year).
 */
export interface SeriesSource {
  sheet: string;
  /** A1 range of the data cells, e.g. "C5:C40" (the bounding box on `sheet`). */
  range: string;
  /** Exactly the series' data cells, in month order, as rectangles (contiguous runs merged); a
   * transposed table's series is its row, a series continued on another sheet has an area there.
   * Always set by the detector (optional only for series built by hand, which fall back to `range`). */
  areas?: CellArea[];
  /** The header/label cell that identified the series, e.g. "C4". */
  labelCell: string;
  label: string;
  cells: ReadonlyMap<YearMonth, { row: number; col: number; sheet?: string }>;
  /** Read from an explicit mapping (chosen by the user), not found by the detector. */
  mapped?: true;
}

export interface DetectedSeries {
  code: DataCode;
  jobcenter: string;
  vintage: Vintage | null;
  values: MonthlySeries;
  source: SeriesSource;
}

export interface Problem {
  severity: "error" | "warning" | "info";
  sheet?: string;
  cell?: string;
  /** What is wrong, as a code of the message catalogue (`text(problem.message, lang)`). */
  message: Message;
}

/** How `-` was read: the reading applied in hand-kept tables and how many `-` cells each kind of table held. */
export interface DashReport {
  /** The reading applied outside BA exports (the detection option; "missing" by default). */
  reading: "zero" | "missing";
  /** `-` cells read in hand-kept tables (where the reading is the user's choice). */
  own: number;
  /** `-` cells read in BA exports (always 0, *nichts vorhanden*). */
  ba: number;
}

export interface Detection {
  jobcenters: Jobcenter[];
  series: DetectedSeries[];
  problems: Problem[];
  /** How `-` was read; the pane and CLI offer the switch when `own` > 0. Set by the detector. */
  dashes?: DashReport;
}

/**
 * Output sheets described as data, so the Office.js writer (src/excel/) and the ExcelJS writer
 * (src/cli/) produce the same sheets. Coordinates are 0-based; formulas use English function names
 * and comma separators, as `range.formulas` and the file format expect.
 */
import type { Area } from "../areas";
import type { Status } from "../../domain/evaluation";

export interface LayoutCell {
  row: number;
  col: number;
  /** The value, or for a formula its result as the engine computed it (cached value). */
  value?: string | number | boolean | null;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  /** Fill colour, hex without "#". */
  fill?: string;
  wrap?: boolean;
}

export interface SheetLayout {
  name: string;
  cells: LayoutCell[];
  /** Widths in characters, per column from A. */
  columnWidths: number[];
  merges: { top: number; left: number; bottom: number; right: number }[];
  /** Heights in points of rows whose wrapped text needs more than one line. */
  rowHeights?: { row: number; height: number }[];
  /** 0-based columns hidden on screen and on paper (e.g. the data behind the report's charts). */
  hiddenColumns?: number[];
  /** Print setup: a sheet with one is written with paper, orientation, fit, header and footer. */
  pageSetup?: PageSetup;
  /** Excel header/footer codes (&L, &C, &R, &P, &N); used with pageSetup. */
  header?: string;
  footer?: string;
  /** Rows before which a new page starts. */
  rowBreaks?: number[];
}

export interface PageSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  fitToWidth: number;
}

export interface ChartLayout {
  title: string;
  /** A1 range of the month labels on the same sheet. */
  categories: string;
  /** `dataLabels`: each point shows its value (in valueFormat). */
  series: { name: string; values: string; color: string; dashed?: boolean; dataLabels?: boolean }[];
  anchor: { fromCol: number; fromRow: number; toCol: number; toRow: number };
  valueFormat?: string;
  /** Fixed value axis (in the cells' units), so the engine's automatic scale cannot exaggerate. */
  axis?: { min: number; max: number; majorUnit: number };
  /** Size in points of axis labels, legend and data labels (the title is 11 pt). */
  textSize?: number;
}

export interface ReportLayout extends SheetLayout {
  pageSetup: PageSetup;
  header: string;
  footer: string;
  /** Rows before which a new page starts (each Jobcenter's text, its charts). */
  rowBreaks: number[];
  charts: ChartLayout[];
}

export interface HighlightCell {
  /** A rectangle of contiguous data cells on its sheet (formatted to A1 only by the writers). */
  area: Area;
  /** The colour's status: the one all its targets share, else the least favourable (see `mixed`). */
  status: Status;
  color: string;
  targetIds: string[];
  /** Every target reading these cells, with its own status. */
  targets?: { id: string; status: Status }[];
  /** The targets differ in status (the colour is the least favourable one; the note names each). */
  mixed?: boolean;
  /** The cell note in the output's language: "II.1: erreicht · II.2: nicht erreicht". */
  note?: string;
}

export interface HighlightPlan {
  cells: HighlightCell[];
  legend: { status: Status; color: string; label: string }[];
  /** What the colour of a cell used by targets of different status means (for the legend). */
  mixedNote?: string;
}

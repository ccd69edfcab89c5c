/** The preview's sheet and output types, apart so that the host and the shared output builders need not import each other. */
import type { ResultsInput } from "../workbook/host";
import type { CellValue } from "../workbook/types";

export interface ViewSheet {
  name: string;
  origin: { row: number; col: number };
  values: CellValue[][];
  numberFormats?: string[][];
  /** Cell fills ("#RRGGBB") of written sheets, same shape as values. */
  fills?: (string | undefined)[][];
  bold?: boolean[][];
  /** Written by the add-in (summary, report), not part of the file. */
  generated?: boolean;
}

export interface CellMark {
  sheet: string;
  row: number;
  col: number;
  fill: string;
  note: string;
}

/** A sheet the host writes: values plus, where the layout gives them, formats, fills and bold. */
export type GridSheet = Pick<ViewSheet, "values" | "numberFormats" | "fills" | "bold">;

export interface OutputBuilders {
  highlightPlan(input: ResultsInput): CellMark[];
  summaryGrid(input: ResultsInput): GridSheet;
  reportGrid(input: ResultsInput): GridSheet;
}

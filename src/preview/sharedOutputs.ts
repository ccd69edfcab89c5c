/**
 * The preview's outputs from the shared layouts (src/workbook/outputs/), the same the Excel layer and the
 * CLI write: the highlight plan becomes cell fills in the viewer, the summary and report layouts become
 * sheets of cached values with their number formats, fills and bold. Formulas are not recalculated here.
 */
import type { ResultsInput } from "../workbook/host";
import type { CellValue } from "../workbook/types";
import { highlightPlan, reportLayout, summaryLayout, type SheetLayout } from "../workbook/outputs";
import type { CellMark, GridSheet, OutputBuilders } from "./types";
import { statusLabel } from "../domain/display";

export function marksFromPlan(input: ResultsInput): CellMark[] {
  const marks: CellMark[] = [];
  for (const h of highlightPlan(input).cells) {
    const area = h.area;
    const note = h.note ?? `${h.targetIds.join(", ")}: ${statusLabel(h.status)}`;
    for (let row = area.row; row < area.row + area.rows; row++)
      for (let col = area.col; col < area.col + area.cols; col++) marks.push({ sheet: area.sheet, row, col, fill: `#${h.color}`, note });
  }
  return marks;
}

export function gridFromLayout(layout: SheetLayout): GridSheet {
  const rows = layout.cells.reduce((n, c) => Math.max(n, c.row + 1), 0);
  const cols = layout.cells.reduce((n, c) => Math.max(n, c.col + 1), 0);
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
  const numberFormats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill(""));
  const fills: (string | undefined)[][] = Array.from({ length: rows }, () => Array<string | undefined>(cols).fill(undefined));
  const bold: boolean[][] = Array.from({ length: rows }, () => Array<boolean>(cols).fill(false));
  for (const c of layout.cells) {
    values[c.row][c.col] = c.value ?? null;
    if (c.numberFormat) numberFormats[c.row][c.col] = c.numberFormat;
    if (c.fill) fills[c.row][c.col] = `#${c.fill}`;
    if (c.bold) bold[c.row][c.col] = true;
  }
  return { values, numberFormats, fills, bold };
}

export const previewOutputs: OutputBuilders = {
  highlightPlan: marksFromPlan,
  summaryGrid: (input) => gridFromLayout(summaryLayout(input)),
  reportGrid: (input) => gridFromLayout(reportLayout(input)),
};

/**
 * What the outputs into the workbook need (highlights with their legend, summary sheet, report): the
 * layouts and their writers. OfficeHost loads this module with the first output, so the pane's first
 * paint, which only reads, carries none of it.
 */
export { highlightPlan, legendLayout, LEGEND_SHEET_NAME, reportLayout, summaryLayout } from "../workbook/outputs";
export { applyHighlightPlan, removeRecordedHighlights } from "./highlights";
export { writeLayouts } from "./writeLayout";

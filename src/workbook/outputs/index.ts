export * from "./types";
export { highlightPlan } from "./highlightPlan";
export { summaryLayout, SUMMARY_SHEET_NAME } from "./summaryLayout";
export { reportLayout, REPORT_SHEET_NAME } from "./reportLayout";
export { STATUS_COLORS, LEGEND_STATUSES } from "./colors";
export { levelDisplay, changeDisplay, seriesRange, jfwFormulas, guardBlanks } from "./figureCells";
export { legendLayout, LEGEND_SHEET_NAME } from "./legendLayout";

/**
 * Texts of the output sheets (summary, report, legend), the columns of a target row shared by the sheets,
 * the CLI table and the pane, and the charts (German, the reference; `sheets.en.ts` is typed against it).
 */
export const sheetsDe = {
  // charts: which side of the target line is better (report charts and the pane's chart)
  "chart.better": (p: { direction: ">=" | "<=" }): string => (p.direction === "<=" ? "besser: niedriger" : "besser: höher"),
};

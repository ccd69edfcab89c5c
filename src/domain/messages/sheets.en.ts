/** Texts of the output sheets, the target columns and the charts (English; typed against the German ones). */
import type { sheetsDe } from "./sheets.de";

export const sheetsEn: typeof sheetsDe = {
  "chart.better": (p) => (p.direction === "<=" ? "lower is better" : "higher is better"),
};

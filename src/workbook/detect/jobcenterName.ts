/** The Jobcenter a single-Jobcenter workbook names in its first rows ("Kreis Düren", "Jobcenter Musterstadt"). */
import type { WorkbookData } from "../types";

const NAME = /\b((?:Jobcenter|Kreis|Landkreis|Stadt|Region|Städteregion)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)/;
const ROWS = 4;

export function guessName(wb: WorkbookData): string {
  for (const sheet of wb.sheets)
    for (let r = 0; r < Math.min(ROWS, sheet.values.length); r++)
      for (const v of sheet.values[r] ?? []) {
        const m = typeof v === "string" ? NAME.exec(v) : null;
        if (m) return m[1];
      }
  return "";
}

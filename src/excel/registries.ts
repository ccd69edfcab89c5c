/**
 * The add-in's registries in the workbook settings and what the last read saw of them: the keys
 * ("zielmonitor.sheets" for the output sheets, "zielmonitor.highlights" for the highlight rules), the
 * mark of an output sheet, and the hints a read leaves for the next writing action. Reading needs only
 * these; the writers that use them (ownership.ts, writeLayout.ts, highlights.ts) load with the first output.
 */
import { settingValue } from "./settings";

export const OWNED_SHEETS_KEY = "zielmonitor.sheets";
/** Registry of the highlight rules (src/excel/highlights.ts). */
export const HIGHLIGHTS_KEY = "zielmonitor.highlights";
/** Worksheet custom property that marks a sheet Zielmonitor created (survives renaming and reopening). */
export const OWNED_MARK_KEY = "Zielmonitor";
export const OWNED_MARK_VALUE = "Ausgabeblatt";

/**
 * What the previous action saw: sheet names, registered output sheets, sheets with highlight records.
 * The next action loads the marks and rules these name in its first sync, together with the look-up,
 * and uses them only where the look-up confirms them; what they missed is looked up in the next sync.
 * A hinted sheet that is gone fails that first sync before anything was written: the action then runs
 * once more without hints (`withHints`).
 */
export interface Hints {
  names: string[];
  registered: string[];
  recordSheets: string[];
}
export interface HintStore {
  current: Hints | null;
}

/** Hints from the registries as read (OWNED_SHEETS_KEY, HIGHLIGHTS_KEY): what exists of what they name. */
export function hintsFrom(names: string[], [owned, highlights]: Excel.Setting[]): Hints {
  const registered = settingValue<unknown[]>(owned);
  const records = settingValue<{ sheet?: unknown }[]>(highlights);
  const exists = (n: unknown): n is string => typeof n === "string" && names.includes(n);
  return {
    names,
    registered: Array.isArray(registered) ? registered.filter(exists) : [],
    recordSheets: Array.isArray(records) ? [...new Set(records.map((r) => r?.sheet).filter(exists))] : [],
  };
}

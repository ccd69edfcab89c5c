/**
 * Attainment shown on the data cells as conditional formats with a constant rule (`=TRUE`): the user's
 * values, formulas, number formats, fills and own rules stay untouched, and the colour follows the cells
 * when rows are inserted. (A rule calling a custom function would never apply, so the status is decided
 * by the add-in and only the colour is stored.) Every rule added is recorded in the workbook settings
 * ("zielmonitor.highlights": sheet, address, rule formula, fill, id); removing deletes exactly those
 * rules – by id, or where ids did not survive a reopen, by type, rule formula and colour – never clearAll.
 *
 * Syncs, whatever the number of ranges: remove 3 (registry and sheet names; the rules on the recorded
 * ranges; deletions with the registry cleared and read back), apply 4 (the same first two, then
 * deletions and additions with their ids, then the registry written and read back).
 */
import type { HighlightPlan } from "../workbook/outputs";
import { ZielmonitorExcelError } from "./errors";
import { queueLoadSetting, queueSetting, settingValue, verifySetting } from "./settings";

export const HIGHLIGHTS_KEY = "zielmonitor.highlights";
export const RULE_FORMULA = "=TRUE";

export interface HighlightRecord {
  sheet: string;
  address: string;
  /** Fill as "#RRGGBB". */
  color: string;
  /** The rule's formula (records written before it was stored mean RULE_FORMULA). */
  formula?: string;
  /** The conditional format's id when it was added; may not survive closing and reopening the file. */
  id: string | null;
}

function hex(color: string): string {
  return `#${color.replace(/^#/, "").toUpperCase()}`;
}

function sameColor(a: string | undefined | null, b: string): boolean {
  return (a ?? "").replace(/^#/, "").toUpperCase() === b.replace(/^#/, "").toUpperCase();
}

interface Lookup {
  record: HighlightRecord;
  formats: Excel.ConditionalFormatCollection;
}

/** Phase 1 and 2: the registry and the sheet names, then the rules on every recorded range whose sheet still exists. */
async function findRecorded(context: Excel.RequestContext): Promise<{ lookups: Lookup[]; sheetNames: Set<string>; records: HighlightRecord[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const registry = queueLoadSetting(context, HIGHLIGHTS_KEY);
  await context.sync();
  const sheetNames = new Set(sheets.items.map((s) => s.name));
  const stored = settingValue<HighlightRecord[]>(registry);
  const records = Array.isArray(stored) ? stored : [];
  // A sheet deleted or renamed since took its rules with it: nothing to look up there.
  const lookups = records
    .filter((record) => sheetNames.has(record.sheet))
    .map((record) => {
      const formats = sheets.getItem(record.sheet).getRange(record.address).conditionalFormats;
      formats.load("items/id,items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color");
      return { record, formats };
    });
  await context.sync();
  return { lookups, sheetNames, records };
}

/** Queues the deletion of exactly the recorded rules; returns how many. */
function queueDeletions(lookups: Lookup[]): number {
  const done = new Set<Excel.ConditionalFormat>();
  for (const { record, formats } of lookups) {
    const formula = record.formula ?? RULE_FORMULA;
    const byId = record.id ? formats.items.find((f) => f.id === record.id) : undefined;
    const matches = byId
      ? [byId]
      : formats.items.filter((f) => {
          const custom = f.customOrNullObject;
          return (
            f.type === "Custom" &&
            custom &&
            custom.isNullObject !== true &&
            custom.rule.formula === formula &&
            sameColor(custom.format.fill.color, record.color)
          );
        });
    for (const f of matches) {
      if (done.has(f)) continue;
      f.delete();
      done.add(f);
    }
  }
  return done.size;
}

/** Adds the plan's rules (after removing earlier ones of Zielmonitor) and records them: 4 syncs in all. */
export async function applyHighlightPlan(context: Excel.RequestContext, plan: HighlightPlan): Promise<HighlightRecord[]> {
  const { lookups, sheetNames } = await findRecorded(context);
  const missing = plan.cells.find((cell) => !sheetNames.has(cell.sheet));
  if (missing)
    throw new ZielmonitorExcelError(
      `Blatt „${missing.sheet}“ (Bereich ${missing.address}) gibt es nicht mehr – bitte die Arbeitsmappe neu einlesen. Es wurde nichts hervorgehoben.`,
      `Sheet "${missing.sheet}" (range ${missing.address}) no longer exists – please re-read the workbook. Nothing was highlighted.`,
    );
  queueDeletions(lookups);
  const sheets = context.workbook.worksheets;
  const added = plan.cells.map((cell) => {
    const range = sheets.getItem(cell.sheet).getRange(cell.address);
    const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = RULE_FORMULA;
    cf.custom.format.fill.color = hex(cell.color);
    cf.stopIfTrue = false;
    cf.load("id");
    return { cell, cf };
  });
  await context.sync();
  const records: HighlightRecord[] = added.map(({ cell, cf }) => ({
    sheet: cell.sheet,
    address: cell.address,
    color: hex(cell.color),
    formula: RULE_FORMULA,
    id: typeof cf.id === "string" ? cf.id : null,
  }));
  const pending = queueSetting(context, HIGHLIGHTS_KEY, records.length > 0 ? records : null);
  await context.sync();
  verifySetting(pending);
  return records;
}

/** Deletes the rules Zielmonitor recorded and clears the record: 3 syncs, whatever the number of rules. */
export async function removeRecordedHighlights(context: Excel.RequestContext): Promise<number> {
  const { lookups, records } = await findRecorded(context);
  const removed = queueDeletions(lookups);
  const pending = records.length > 0 ? queueSetting(context, HIGHLIGHTS_KEY, null) : null;
  await context.sync();
  if (pending) verifySetting(pending);
  return removed;
}

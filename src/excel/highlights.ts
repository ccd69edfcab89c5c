/**
 * Attainment shown on the data cells as conditional formats with a constant rule (`=TRUE`): the user's
 * values, formulas, number formats, fills and own rules stay untouched, and the colour follows the cells
 * when rows are inserted. (A rule calling a custom function would never apply, so the status is decided
 * by the add-in and only the colour is stored.) Every rule added is recorded in the workbook settings;
 * removing deletes exactly those rules – by id, or where ids did not survive a reopen, by rule and colour.
 */
import type { HighlightPlan } from "../workbook/outputs";
import { loadSetting, queueSetting } from "./settings";

export const HIGHLIGHTS_KEY = "zielmonitor.highlights";
export const RULE_FORMULA = "=TRUE";

export interface HighlightRecord {
  sheet: string;
  address: string;
  color: string;
  id: string | null;
}

function hex(color: string): string {
  return `#${color.replace(/^#/, "").toUpperCase()}`;
}

function sameColor(a: string | undefined, b: string): boolean {
  return (a ?? "").replace(/^#/, "").toUpperCase() === b.replace(/^#/, "").toUpperCase();
}

/** Adds the plan's rules (after removing earlier ones of Zielmonitor) and records them: 4 syncs in all. */
export async function applyHighlightPlan(context: Excel.RequestContext, plan: HighlightPlan): Promise<HighlightRecord[]> {
  await removeRecordedHighlights(context);
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
    id: typeof cf.id === "string" ? cf.id : null,
  }));
  queueSetting(context, HIGHLIGHTS_KEY, records);
  await context.sync();
  return records;
}

/** Deletes the rules Zielmonitor recorded and clears the record: 3 syncs, whatever the number of rules. */
export async function removeRecordedHighlights(context: Excel.RequestContext): Promise<number> {
  const records = (await loadSetting<HighlightRecord[]>(context, HIGHLIGHTS_KEY)) ?? [];
  if (records.length === 0) return 0;
  const sheets = context.workbook.worksheets;
  const lookups = records.map((record) => {
    const ws = sheets.getItemOrNullObject(record.sheet);
    const formats = ws.getRange(record.address).conditionalFormats;
    formats.load("items/id,items/type,items/custom/rule/formula,items/custom/format/fill/color");
    return { record, ws, formats };
  });
  await context.sync();
  let removed = 0;
  for (const { record, ws, formats } of lookups) {
    if (ws.isNullObject) continue;
    const byId = record.id ? formats.items.find((f) => f.id === record.id) : undefined;
    const matches = byId
      ? [byId]
      : formats.items.filter((f) => f.type === "Custom" && f.custom.rule.formula === RULE_FORMULA && sameColor(f.custom.format.fill.color, record.color));
    for (const f of matches) {
      f.delete();
      removed++;
    }
  }
  queueSetting(context, HIGHLIGHTS_KEY, null);
  await context.sync();
  return removed;
}

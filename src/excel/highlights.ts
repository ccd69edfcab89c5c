/**
 * Attainment shown on the data cells as conditional formats with a constant rule (`=TRUE`): the user's
 * values, formulas, number formats, fills and own rules stay untouched, and the colour follows the cells
 * when rows are inserted. (A rule calling a custom function would never apply, so the status is decided
 * by the add-in and only the colour is stored.) Every rule added is recorded in the workbook settings
 * ("zielmonitor.highlights": sheet, address, rule formula, fill, id); removing deletes exactly those
 * rules – by id, or where ids did not survive a reopen, by type, rule formula and colour; each rule once,
 * even when rows inserted since put it under two records – never clearAll. Neighbouring ranges of one
 * colour share one rule (one rule per rectangle and colour).
 *
 * Syncs: remove 3 (registry and sheet names; the rules on the recorded ranges; deletions with the
 * registry cleared and read back), apply 4 (the same two, deletions and additions with their ids, the
 * registry written and read back) – more only where a step's payload passes 4 MB.
 */
import type { HighlightPlan } from "../workbook/outputs";
import { a1Range, parseA1Range } from "../workbook/cells";
import { ZielmonitorExcelError } from "./errors";
import { ACTION_COST, SyncBatcher } from "./payload";
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

interface Lookup {
  sheet: string;
  records: HighlightRecord[];
  formats: Excel.ConditionalFormatCollection;
}

/**
 * Phase 1 and 2: the registry and the sheet names, then all rules of every sheet that has records. The
 * whole sheet is looked up, not the recorded ranges: rows inserted or deleted since move the rules.
 */
async function findRecorded(context: Excel.RequestContext): Promise<{ lookups: Lookup[]; sheetNames: Set<string>; records: HighlightRecord[] }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const registry = queueLoadSetting(context, HIGHLIGHTS_KEY);
  await context.sync();
  const sheetNames = new Set(sheets.items.map((s) => s.name));
  const stored = settingValue<HighlightRecord[]>(registry);
  const records = Array.isArray(stored) ? stored : [];
  const bySheet = new Map<string, HighlightRecord[]>();
  // A sheet deleted or renamed since took its rules with it: nothing to look up there.
  for (const r of records.filter((x) => sheetNames.has(x.sheet))) bySheet.set(r.sheet, [...(bySheet.get(r.sheet) ?? []), r]);
  const batch = new SyncBatcher(context);
  const lookups: Lookup[] = [];
  for (const [sheet, list] of bySheet)
    await batch.add(6 * ACTION_COST + sheet.length, () => {
      const formats = sheets.getItem(sheet).getRange().conditionalFormats;
      formats.load("items/id,items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color");
      lookups.push({ sheet, records: list, formats });
    });
  await batch.flush();
  return { lookups, sheetNames, records };
}

/**
 * The recorded rules to delete, each once: by id while ids hold (the same session), else – after a
 * reopen – custom rules with a recorded rule formula and a recorded colour on that sheet. Each rule
 * is listed once, however many records it now sits under (a second delete would fail the whole sync).
 */
function recordedRules(lookups: Lookup[]): Excel.ConditionalFormat[] {
  const out: Excel.ConditionalFormat[] = [];
  for (const { records, formats } of lookups) {
    const ids = new Set(records.map((r) => r.id).filter((id): id is string => !!id));
    const idsHold = formats.items.some((f) => ids.has(f.id));
    const kinds = new Set(records.map((r) => `${r.formula ?? RULE_FORMULA}\u0000${hex(r.color)}`));
    for (const f of formats.items) {
      if (idsHold) {
        if (ids.has(f.id)) out.push(f);
        continue;
      }
      const custom = f.customOrNullObject;
      if (f.type === "Custom" && custom && custom.isNullObject !== true && kinds.has(`${custom.rule.formula}\u0000${hex(custom.format.fill.color ?? "")}`)) out.push(f);
    }
  }
  return out;
}

/** Rectangles of a sheet, as "B14:B19". */
interface Rect {
  sheet: string;
  color: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The plan's ranges merged into as few rectangles as possible per sheet and colour: neighbours along a
 * column with the same columns, then neighbours along a row with the same rows. One rule per rectangle.
 */
export function mergeAreas(cells: { sheet: string; address: string; color: string }[]): { sheet: string; address: string; color: string }[] {
  const rects: Rect[] = [];
  for (const c of cells) {
    const r = parseA1Range(c.address);
    if (r) rects.push({ sheet: c.sheet, color: hex(c.color), ...r });
  }
  const merge = (list: Rect[], along: "rows" | "cols"): Rect[] => {
    const key = (r: Rect) => (along === "rows" ? `${r.sheet}\u0000${r.color}\u0000${r.left}:${r.right}` : `${r.sheet}\u0000${r.color}\u0000${r.top}:${r.bottom}`);
    const groups = new Map<string, Rect[]>();
    for (const r of list) {
      const k = key(r);
      const g = groups.get(k);
      if (g) g.push(r);
      else groups.set(k, [r]);
    }
    const out: Rect[] = [];
    for (const g of groups.values()) {
      g.sort((a, b) => (along === "rows" ? a.top - b.top : a.left - b.left));
      for (const r of g) {
        const last = out[out.length - 1];
        const fits = last && key(last) === key(r) && (along === "rows" ? last.bottom + 1 >= r.top : last.right + 1 >= r.left);
        if (fits) {
          if (along === "rows") last.bottom = Math.max(last.bottom, r.bottom);
          else last.right = Math.max(last.right, r.right);
        } else out.push({ ...r });
      }
    }
    return out;
  };
  return merge(merge(rects, "rows"), "cols").map((r) => ({ sheet: r.sheet, color: r.color, address: a1Range(r.top, r.left, r.bottom, r.right) }));
}

/**
 * Adds the plan's rules (after removing earlier ones of Zielmonitor) and records them: one rule per
 * rectangle and colour; 2 syncs to look up, then as many as the payload needs (usually 1–2).
 */
export async function applyHighlightPlan(context: Excel.RequestContext, plan: HighlightPlan): Promise<HighlightRecord[]> {
  const { lookups, sheetNames } = await findRecorded(context);
  const missing = plan.cells.find((cell) => !sheetNames.has(cell.sheet));
  if (missing)
    throw new ZielmonitorExcelError(
      `Blatt „${missing.sheet}“ (Bereich ${missing.address}) gibt es nicht mehr – bitte die Arbeitsmappe neu einlesen. Es wurde nichts hervorgehoben.`,
      `Sheet "${missing.sheet}" (range ${missing.address}) no longer exists – please re-read the workbook. Nothing was highlighted.`,
    );
  const batch = new SyncBatcher(context);
  for (const f of recordedRules(lookups)) await batch.add(ACTION_COST, () => f.delete());
  const sheets = context.workbook.worksheets;
  const added: { area: { sheet: string; address: string; color: string }; cf: Excel.ConditionalFormat }[] = [];
  for (const area of mergeAreas(plan.cells))
    await batch.add(8 * ACTION_COST + area.address.length + area.sheet.length, () => {
      const range = sheets.getItem(area.sheet).getRange(area.address);
      const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = RULE_FORMULA;
      cf.custom.format.fill.color = area.color;
      cf.stopIfTrue = false;
      cf.load("id");
      added.push({ area, cf });
    });
  await batch.flush();
  const records: HighlightRecord[] = added.map(({ area, cf }) => ({
    sheet: area.sheet,
    address: area.address,
    color: area.color,
    formula: RULE_FORMULA,
    id: typeof cf.id === "string" ? cf.id : null,
  }));
  const pending = queueSetting(context, HIGHLIGHTS_KEY, records.length > 0 ? records : null);
  await context.sync();
  verifySetting(pending);
  return records;
}

/** Deletes the rules Zielmonitor recorded, each once, and clears the record: 3 syncs plus what the payload needs. */
export async function removeRecordedHighlights(context: Excel.RequestContext): Promise<number> {
  const { lookups, records } = await findRecorded(context);
  const rules = recordedRules(lookups);
  const batch = new SyncBatcher(context);
  for (const f of rules) await batch.add(ACTION_COST, () => f.delete());
  const pending = records.length > 0 ? queueSetting(context, HIGHLIGHTS_KEY, null) : null;
  await context.sync();
  if (pending) verifySetting(pending);
  return rules.length;
}

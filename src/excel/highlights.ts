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
 * Syncs (more only where the payload passes 4 MB):
 * - apply 2: (1) sheet names, registries, the rules already on the plan's sheets, the new rules with
 *   their ids and the legend's content in a new sheet; (2) the earlier rules deleted, the registry
 *   written and read back, the legend named and registered. One more when earlier records lie on sheets
 *   neither in the plan nor hinted, or an earlier legend's mark was not hinted.
 * - remove 2: (1) sheet names and registries, with the rules on the sheets and the legend's mark the
 *   previous action left as hints (./ownership.ts); (2) deletions, registries written and read back.
 *   3 without hints (the rules and the mark are looked up once the registries are known).
 */
import type { HighlightPlan, SheetLayout } from "../workbook/outputs";
import { formatArea, rangeAddress, type Area } from "../workbook/areas";
import { ZielmonitorExcelError } from "./errors";
import { withHints, WorkbookLookup } from "./ownership";
import { HIGHLIGHTS_KEY, OWNED_SHEETS_KEY, type HintStore, type Hints } from "./registries";
import { cost, SyncBatcher } from "./payload";
import { verifySetting, queueSetting, type PendingSetting } from "./settings";
import { queueDeleteOwned, settingWriteBytes, startLayouts, untilOwnedKnown, type LayoutsInProgress } from "./writeLayout";
import { message } from "../domain/messages";

export { HIGHLIGHTS_KEY } from "./registries";
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
export function mergeAreas(cells: readonly { area: Area; color: string }[]): { sheet: string; address: string; color: string }[] {
  const rects: Rect[] = [];
  for (const c of cells) {
    const r = c.area;
    rects.push({ sheet: r.sheet, color: hex(c.color), top: r.row, left: r.col, bottom: r.row + r.rows - 1, right: r.col + r.cols - 1 });
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
  return merge(merge(rects, "rows"), "cols").map((r) => ({ sheet: r.sheet, color: r.color, address: rangeAddress(r.top, r.left, r.bottom, r.right) }));
}


const RULE_PROPS = "items/id,items/type,items/customOrNullObject/rule/formula,items/customOrNullObject/format/fill/color";

/** Queues the look-up of all rules on a sheet (the whole sheet: rows inserted or deleted since move them). */
function queueRules(batch: SyncBatcher, sheet: string, records: HighlightRecord[]): Lookup {
  const formats = batch.context.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
  batch.now(cost.path(sheet) + cost.path(null) + cost.path() + cost.load(RULE_PROPS), () => formats.load(RULE_PROPS));
  return { sheet, records, formats };
}

function storedRecords(lookup: WorkbookLookup): HighlightRecord[] {
  const stored = lookup.setting<HighlightRecord[]>(HIGHLIGHTS_KEY);
  return Array.isArray(stored) ? stored : [];
}

/** Records by sheet, for sheets that still exist (a sheet deleted or renamed since took its rules with it). */
function bySheet(records: HighlightRecord[], names: Set<string>): Map<string, HighlightRecord[]> {
  const out = new Map<string, HighlightRecord[]>();
  for (const r of records.filter((x) => names.has(x.sheet))) out.set(r.sheet, [...(out.get(r.sheet) ?? []), r]);
  return out;
}

function missingSheet(sheet: string, address: string): ZielmonitorExcelError {
  return new ZielmonitorExcelError(message("excel.sheetGone", { sheet, address }));
}

/**
 * Adds the plan's rules (after removing earlier ones of Zielmonitor), records them and writes the
 * legend sheet when one is given: one rule per rectangle and colour.
 */
export function applyHighlightPlan(context: Excel.RequestContext, plan: HighlightPlan, legend?: SheetLayout, store?: HintStore): Promise<HighlightRecord[]> {
  return withHints(store, (hints, track) => apply(context, plan, legend, hints, store, track));
}

/** Sheets with records as the previous action left them (their rules are loaded with the look-up). */
function hintedRecordSheets(hints: Hints | null): string[] {
  return hints ? hints.recordSheets.filter((s) => hints.names.includes(s)) : [];
}

async function apply(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  legend: SheetLayout | undefined,
  hints: Hints | null,
  store: HintStore | undefined,
  track: (batch: SyncBatcher) => void,
): Promise<HighlightRecord[]> {
  const batch = new SyncBatcher(context);
  track(batch);
  const lookup = new WorkbookLookup(context, batch, legend ? [HIGHLIGHTS_KEY, OWNED_SHEETS_KEY] : [HIGHLIGHTS_KEY], hints);
  // The rules already on the plan's sheets (and where the last action left records), loaded before
  // anything is written: a sheet that no longer exists fails the sync here, before the first change.
  const planSheets = [...new Set([...plan.cells.map((c) => c.area.sheet), ...hintedRecordSheets(hints)])];
  const early = new Map(planSheets.map((sheet) => [sheet, queueRules(batch, sheet, [])]));
  const added: { area: { sheet: string; address: string; color: string }; cf: Excel.ConditionalFormat }[] = [];
  let work: LayoutsInProgress | null = null;
  try {
    const sheets = context.workbook.worksheets;
    for (const area of mergeAreas(plan.cells)) {
      const bytes = cost.path(area.sheet) + cost.path(area.address) + cost.path() + cost.call(Excel.ConditionalFormatType.custom);
      await batch.add(bytes + cost.set("formula", RULE_FORMULA) + cost.set("color", area.color) + cost.set("stopIfTrue", false) + cost.load("id"), () => {
        const cf = sheets.getItem(area.sheet).getRange(area.address).conditionalFormats.add(Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = RULE_FORMULA;
        cf.custom.format.fill.color = area.color;
        cf.stopIfTrue = false;
        cf.load("id");
        added.push({ area, cf });
      });
    }
    if (legend) work = await startLayouts(batch, lookup, [legend], { activate: false });
    await batch.flush();
  } catch (e) {
    await work?.abandon();
    if ((e as { code?: string })?.code !== "ItemNotFound" && !/ItemNotFound/.test(String((e as Error)?.message))) throw e;
    const names = new WorkbookLookup(context, new SyncBatcher(context), []);
    await names.batch.flush();
    const missing = plan.cells.find((cell) => !names.names.has(cell.area.sheet));
    if (missing) throw missingSheet(missing.area.sheet, formatArea(missing.area));
    throw e;
  }
  // Earlier records on other sheets: their rules are looked up now (deleted in the sync after).
  const lookups: Lookup[] = [];
  for (const [sheet, records] of bySheet(storedRecords(lookup), lookup.names)) {
    const seen = early.get(sheet);
    lookups.push(seen ? { ...seen, records } : queueRules(batch, sheet, records));
  }
  // Rules on other sheets and the legend's mark, where needed (`startLayouts` queued it after sync 1).
  if (batch.busy) await batch.flush();
  if (work) await untilOwnedKnown(batch, lookup);
  for (const f of recordedRules(lookups)) await batch.add(cost.call(), () => f.delete());
  const records: HighlightRecord[] = added.map(({ area, cf }) => ({
    sheet: area.sheet,
    address: area.address,
    color: area.color,
    formula: RULE_FORMULA,
    id: typeof cf.id === "string" ? cf.id : null,
  }));
  const value = records.length > 0 ? records : null;
  let pending!: PendingSetting;
  batch.now(settingWriteBytes(HIGHLIGHTS_KEY, value), () => (pending = queueSetting(context, HIGHLIGHTS_KEY, value)));
  const pendingLegend = work ? work.finish().pending : null;
  await batch.flush();
  verifySetting(pending);
  if (pendingLegend) verifySetting(pendingLegend);
  lookup.leave(store, [...new Set(records.map((r) => r.sheet))]);
  return records;
}

/** Deletes the rules Zielmonitor recorded, each once, clears the record and deletes the legend sheet Zielmonitor owns. */
export function removeRecordedHighlights(context: Excel.RequestContext, legendName?: string, store?: HintStore): Promise<number> {
  return withHints(store, (hints, track) => remove(context, legendName, hints, store, track));
}

async function remove(
  context: Excel.RequestContext,
  legendName: string | undefined,
  hints: Hints | null,
  store: HintStore | undefined,
  track: (batch: SyncBatcher) => void,
): Promise<number> {
  const batch = new SyncBatcher(context);
  track(batch);
  const lookup = new WorkbookLookup(context, batch, legendName ? [HIGHLIGHTS_KEY, OWNED_SHEETS_KEY] : [HIGHLIGHTS_KEY], hints);
  const early = new Map(hintedRecordSheets(hints).map((sheet) => [sheet, queueRules(batch, sheet, [])]));
  await batch.flush();
  const records = storedRecords(lookup);
  const lookups = [...bySheet(records, lookup.names)].map(([sheet, list]) => {
    const seen = early.get(sheet);
    return seen ? { ...seen, records: list } : queueRules(batch, sheet, list);
  });
  if (legendName) lookup.queueMarks([legendName]);
  if (batch.busy) await batch.flush();
  const rules = recordedRules(lookups);
  for (const f of rules) await batch.add(cost.call(), () => f.delete());
  let pending: PendingSetting | null = null;
  if (records.length > 0) batch.now(settingWriteBytes(HIGHLIGHTS_KEY, null), () => (pending = queueSetting(context, HIGHLIGHTS_KEY, null)));
  const legend = legendName ? queueDeleteOwned(batch, lookup, legendName) : null;
  await batch.flush();
  if (pending) verifySetting(pending);
  if (legend) verifySetting(legend.pending);
  if (legend?.deleted) lookup.names.delete(legendName!);
  lookup.leave(store, []);
  return rules.length;
}

/**
 * The look-ups every writing action starts with, queued together so they share one sync: the sheet
 * names and the add-in's registries in the workbook settings ("zielmonitor.sheets" for the output
 * sheets, "zielmonitor.highlights" for the highlight rules). A sheet counts as Zielmonitor's only when
 * it is registered and – where the host has worksheet custom properties (ExcelApi 1.12) – still carries
 * the mark, so a user's sheet that took over the name of a renamed output sheet is never replaced. The
 * marks depend on the registry, so they are loaded in the sync after it, together with whatever else
 * the action queues there.
 */
import { cost, type SyncBatcher } from "./payload";
import { supports } from "./requirements";
import { queueLoadSetting, settingValue } from "./settings";
import { freeSheetName } from "../workbook/sheetNames";

export const OWNED_SHEETS_KEY = "zielmonitor.sheets";
/** Worksheet custom property that marks a sheet Zielmonitor created (survives renaming and reopening). */
export const OWNED_MARK_KEY = "Zielmonitor";
export const OWNED_MARK_VALUE = "Ausgabeblatt";

/** Bytes of one setting read (getItemOrNullObject(key), load value). */
export const settingReadBytes = (key: string): number => cost.path(key) + cost.load("value");

/** Sheet names and settings, known after the sync the look-up was queued in. */
export class WorkbookLookup {
  names = new Set<string>();
  private readonly sheets: Excel.WorksheetCollection;
  private readonly items = new Map<string, Excel.Setting>();
  private done = false;
  /** Owned output sheets once their marks are known (null until then). */
  owned: Set<string> | null = null;

  /** Queues the names and the settings `keys` into the batch's current sync. */
  constructor(
    readonly context: Excel.RequestContext,
    readonly batch: SyncBatcher,
    keys: string[],
  ) {
    this.sheets = context.workbook.worksheets;
    batch.now(cost.load("items/name"), () => this.sheets.load("items/name"));
    for (const key of keys) batch.now(settingReadBytes(key), () => this.items.set(key, queueLoadSetting(context, key)));
    batch.afterSync(() => {
      this.names = new Set(this.sheets.items.map((s) => s.name));
      this.done = true;
    });
  }
  get known(): boolean {
    return this.done;
  }
  /** A setting's parsed value (after the sync). */
  setting<T>(key: string): T | null {
    const item = this.items.get(key);
    return item ? settingValue<T>(item) : null;
  }
  /** Registered output sheets that exist. */
  registered(): string[] {
    const stored = this.setting<string[]>(OWNED_SHEETS_KEY);
    return (Array.isArray(stored) ? stored : []).filter((n) => typeof n === "string" && this.names.has(n));
  }

  /**
   * After the look-up's sync: queues the marks of the registered sheets `wanted` may need (all when
   * `wanted` is absent) into the current batch; `owned` is set after the next sync. Without a mark to
   * check (nothing registered that matters, or a host before ExcelApi 1.12) it is set at once.
   * Returns whether a sync is needed for it.
   */
  queueMarks(wanted?: string[]): boolean {
    const registered = this.registered();
    const matters = (n: string) => !wanted || wanted.some((w) => n === w || (n.startsWith(`${w} (`) && n.endsWith(")")));
    const check = registered.filter(matters);
    if (!supports("1.12")) {
      this.owned = new Set(registered);
      return false;
    }
    // Registered sheets whose mark does not matter here stay registered until they do.
    const unchecked = registered.filter((n) => !matters(n));
    if (check.length === 0) {
      this.owned = new Set(unchecked);
      return false;
    }
    const marks = check.map((name) => {
      const mark = this.sheets.getItem(name).customProperties.getItemOrNullObject(OWNED_MARK_KEY);
      this.batch.now(cost.path(name) + cost.path(OWNED_MARK_KEY) + cost.load("value"), () => mark.load("value"));
      return { name, mark };
    });
    this.batch.afterSync(() => {
      const ok = marks.filter(({ mark }) => mark.isNullObject !== true && mark.value === OWNED_MARK_VALUE).map(({ name }) => name);
      this.owned = new Set([...unchecked, ...ok]);
    });
    return true;
  }
}

/** A free sheet name: the wanted one if absent or owned by Zielmonitor (then replaced), else "Name (2)" … */
export function chooseName(wanted: string, existing: Set<string>, owned: Set<string>): string {
  return freeSheetName(wanted, (name) => existing.has(name) && !owned.has(name));
}

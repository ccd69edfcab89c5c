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
import { OWNED_MARK_KEY, OWNED_MARK_VALUE, OWNED_SHEETS_KEY, type Hints, type HintStore } from "./registries";
import { queueLoadSetting, settingValue } from "./settings";
import { freeSheetName } from "../workbook/sheetNames";

/** Bytes of one setting read (getItemOrNullObject(key), load value). */
export const settingReadBytes = (key: string): number => cost.path(key) + cost.load("value");

function isItemNotFound(e: unknown): boolean {
  return (e as { code?: string })?.code === "ItemNotFound" || /ItemNotFound/.test(String((e as Error)?.message));
}

/**
 * Runs `action` with the stored hints; when a hinted sheet is gone – the action's first sync failed
 * with ItemNotFound, and that sync queues its look-ups before any write – once more without them.
 * `action` hands over its batcher, so a failure of a later sync (after writes) is never repeated.
 */
export async function withHints<T>(store: HintStore | undefined, action: (hints: Hints | null, track: (batch: SyncBatcher) => void) => Promise<T>): Promise<T> {
  const hints = store?.current ?? null;
  let batch: SyncBatcher | null = null;
  const track = (b: SyncBatcher) => void (batch = b);
  if (!hints) return action(null, track);
  try {
    return await action(hints, track);
  } catch (e) {
    const syncs = (batch as SyncBatcher | null)?.syncs ?? 0;
    if (!isItemNotFound(e) || syncs !== 1) throw e;
    store!.current = null;
    return action(null, track);
  }
}

/** Sheet names and settings, known after the sync the look-up was queued in. */
export class WorkbookLookup {
  names = new Set<string>();
  private readonly sheets: Excel.WorksheetCollection;
  private readonly items = new Map<string, Excel.Setting>();
  private readonly early = new Map<string, Excel.WorksheetCustomProperty>();
  private done = false;
  /** Owned output sheets once their marks are known (null until then). */
  owned: Set<string> | null = null;

  /** Queues the names and the settings `keys` into the batch's current sync. */
  constructor(
    readonly context: Excel.RequestContext,
    readonly batch: SyncBatcher,
    keys: string[],
    readonly hints: Hints | null = null,
  ) {
    this.sheets = context.workbook.worksheets;
    batch.now(cost.load("items/name"), () => this.sheets.load("items/name"));
    for (const key of keys) batch.now(settingReadBytes(key), () => this.items.set(key, queueLoadSetting(context, key)));
    if (hints && keys.includes(OWNED_SHEETS_KEY) && supports("1.12"))
      for (const name of hints.registered.filter((n) => hints.names.includes(n))) batch.now(markBytes(name), () => this.early.set(name, this.queueMark(name)));
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
    const isMarked = (mark: Excel.WorksheetCustomProperty) => mark.isNullObject !== true && mark.value === OWNED_MARK_VALUE;
    // Marks loaded with the look-up (hinted) count at once; the others are loaded now.
    const known = check.filter((n) => this.early.has(n));
    const open = check.filter((n) => !this.early.has(n));
    const ok = [...unchecked, ...known.filter((n) => isMarked(this.early.get(n)!))];
    if (open.length === 0) {
      this.owned = new Set(ok);
      return false;
    }
    const marks = open.map((name) => {
      let mark!: Excel.WorksheetCustomProperty;
      this.batch.now(markBytes(name), () => (mark = this.queueMark(name)));
      return { name, mark };
    });
    this.batch.afterSync(() => {
      this.owned = new Set([...ok, ...marks.filter(({ mark }) => isMarked(mark)).map(({ name }) => name)]);
    });
    return true;
  }
  private queueMark(name: string): Excel.WorksheetCustomProperty {
    const mark = this.sheets.getItem(name).customProperties.getItemOrNullObject(OWNED_MARK_KEY);
    mark.load("value");
    return mark;
  }
  /** Hints for the next action: what this one saw and left. */
  leave(store: HintStore | undefined, recordSheets: string[]): void {
    if (store) store.current = { names: [...this.names], registered: [...(this.owned ?? this.registered())], recordSheets };
  }
}

/** Bytes of one mark look-up (getItem(name).customProperties.getItemOrNullObject(key), load value). */
const markBytes = (name: string): number => cost.path(name) + cost.path(OWNED_MARK_KEY) + cost.load("value");

/** A free sheet name: the wanted one if absent or owned by Zielmonitor (then replaced), else "Name (2)" … */
export function chooseName(wanted: string, existing: Set<string>, owned: Set<string>): string {
  return freeSheetName(wanted, (name) => existing.has(name) && !owned.has(name));
}

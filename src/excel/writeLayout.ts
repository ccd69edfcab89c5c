/**
 * Writes output sheets (summary, report, legend) from their layouts, in as few syncs as the payload
 * needs. Each layout goes into a new sheet that Excel names itself (`worksheets.add()`), so its content
 * can be queued at once, in the same sync as the look-ups of the sheet names and the registry; the
 * marks of registered sheets go into the next sync with more content. Once they are known, the sheet
 * gets its name in the sync with the last content: the old output sheet of that name is deleted first,
 * if Zielmonitor owns it; a user's sheet of the same name is never touched (the output then becomes
 * "Name (2)"). Syncs: 1 + payload ÷ 4 MB, and one more for small layouts when an earlier output
 * sheet's mark has to be checked. Should anything fail, the new sheets are deleted again.
 */
import type { ReportLayout, SheetLayout } from "../workbook/outputs";
import { ZielmonitorExcelError } from "./errors";
import { queueLayout } from "./layoutQueue";
import { chooseName, withHints, WorkbookLookup } from "./ownership";
import { OWNED_MARK_KEY, OWNED_MARK_VALUE, OWNED_SHEETS_KEY, type HintStore } from "./registries";
import { cost, SyncBatcher } from "./payload";
import { supports } from "./requirements";
import { queueSetting, verifySetting, type PendingSetting } from "./settings";
import { message } from "../domain/messages";

export { formatRuns, headerParts, layoutMatrices } from "./layoutQueue";
export { OWNED_MARK_KEY, OWNED_MARK_VALUE, OWNED_SHEETS_KEY } from "./registries";

/** Bytes of a setting written and read back (settings.add or delete, getItemOrNullObject, load). */
export function settingWriteBytes(key: string, value: unknown): number {
  const write = value === null ? cost.path(key) + cost.call() : cost.call([key, JSON.stringify(value)]);
  return write + cost.path(key) + cost.load("value");
}

/** Output sheets being written: their content is queued; `finish` names them and registers them. */
export interface LayoutsInProgress {
  /** Queues naming, replacing the old owned sheets and the registry; call once the marks are known. */
  finish(): { names: string[]; pending: PendingSetting };
  /** Deletes the new sheets again (after a failure). */
  abandon(): Promise<void>;
}

/**
 * Queues new sheets with the layouts' content into `batch` and the marks the naming needs. The
 * look-up must have been queued into the same batch before (or synced already).
 */
export async function startLayouts(
  batch: SyncBatcher,
  lookup: WorkbookLookup,
  layouts: (SheetLayout | ReportLayout)[],
  options: { activate?: boolean } = {},
): Promise<LayoutsInProgress> {
  const context = lookup.context;
  const sheets = context.workbook.worksheets;
  const wanted = layouts.map((l) => l.name);
  const marks = () => {
    if (lookup.owned === null) lookup.queueMarks(wanted);
  };
  if (lookup.known) marks();
  else batch.afterSync(marks);
  const created: Excel.Worksheet[] = [];
  try {
    for (const layout of layouts) {
      let ws!: Excel.Worksheet;
      const bytes = cost.call() + (supports("1.12") ? cost.call([OWNED_MARK_KEY, OWNED_MARK_VALUE]) : 0);
      await batch.add(bytes, () => {
        ws = sheets.add();
        if (supports("1.12")) ws.customProperties.add(OWNED_MARK_KEY, OWNED_MARK_VALUE);
        created.push(ws);
      });
      await queueLayout(batch, ws, layout);
    }
  } catch (e) {
    await deleteSheets(batch, created);
    throw e;
  }
  return {
    finish() {
      const owned = lookup.owned!;
      const existing = new Set(lookup.names);
      const names: string[] = [];
      layouts.forEach((layout) => {
        const name = chooseName(layout.name, existing, owned);
        if (name.length > 31)
          throw new ZielmonitorExcelError(message("excel.noFreeName", { name: layout.name }));
        names.push(name);
        existing.add(name);
        owned.add(name);
      });
      let pending!: PendingSetting;
      batch.now(names.reduce((n, name) => n + (lookup.names.has(name) ? cost.path(name) + cost.call() : 0) + cost.set("name", name), 0), () =>
        names.forEach((name, i) => {
          if (lookup.names.has(name)) sheets.getItem(name).delete();
          created[i].name = name;
        }),
      );
      batch.now(settingWriteBytes(OWNED_SHEETS_KEY, [...owned]) + cost.call(), () => {
        pending = queueSetting(context, OWNED_SHEETS_KEY, [...owned]);
        if (created.length > 0 && options.activate !== false) created[0].activate();
      });
      lookup.names = existing;
      return { names, pending };
    },
    abandon: () => deleteSheets(batch, created),
  };
}

/** Best effort after a failure: the half-written sheets go again; the original error is what counts. */
async function deleteSheets(batch: SyncBatcher, created: Excel.Worksheet[]): Promise<void> {
  if (created.length === 0) return;
  try {
    await batch.flush().catch(() => undefined);
    for (const ws of created) batch.now(cost.call(), () => ws.delete());
    await batch.flush();
  } catch {
    // The error that made us clean up is reported by the caller; a sheet left over stays visible.
  }
}

/** Waits (syncing what is queued) until the look-up and the marks are known. */
export async function untilOwnedKnown(batch: SyncBatcher, lookup: WorkbookLookup): Promise<void> {
  while (!lookup.known || lookup.owned === null) {
    if (!batch.busy) throw new Error("Zielmonitor: look-up not queued");
    await batch.flush();
  }
}

/** Writes the layouts, replacing only sheets Zielmonitor owns: about 1 + payload ÷ 4 MB syncs. */
export async function writeLayouts(
  context: Excel.RequestContext,
  layouts: (SheetLayout | ReportLayout)[],
  options: { activate?: boolean; hints?: HintStore } = {},
): Promise<string[]> {
  const recordSheets = options.hints?.current?.recordSheets ?? [];
  return withHints(options.hints, async (hints, track) => {
    const batch = new SyncBatcher(context);
    track(batch);
    const lookup = new WorkbookLookup(context, batch, [OWNED_SHEETS_KEY], hints);
    const work = await startLayouts(batch, lookup, layouts, options);
    try {
      await untilOwnedKnown(batch, lookup);
      const { names, pending } = work.finish();
      await batch.flush();
      verifySetting(pending);
      lookup.leave(options.hints, recordSheets);
      return names;
    } catch (e) {
      await work.abandon();
      throw e;
    }
  });
}

/** Deletes a sheet Zielmonitor created (never a user's sheet of that name): 2 syncs, 3 when its mark is checked. */
export async function deleteOwnedSheet(context: Excel.RequestContext, name: string): Promise<boolean> {
  const batch = new SyncBatcher(context);
  const lookup = new WorkbookLookup(context, batch, [OWNED_SHEETS_KEY]);
  await batch.flush();
  if (lookup.queueMarks([name])) await batch.flush();
  const { deleted, pending } = queueDeleteOwned(batch, lookup, name);
  await batch.flush();
  verifySetting(pending);
  return deleted;
}

/** Queues the deletion of an owned sheet and the registry without it (after the marks are known). */
export function queueDeleteOwned(batch: SyncBatcher, lookup: WorkbookLookup, name: string): { deleted: boolean; pending: PendingSetting } {
  const owned = lookup.owned!;
  const deleted = owned.has(name) && lookup.names.has(name);
  if (deleted) batch.now(cost.path(name) + cost.call(), () => lookup.context.workbook.worksheets.getItem(name).delete());
  owned.delete(name);
  let pending!: PendingSetting;
  batch.now(settingWriteBytes(OWNED_SHEETS_KEY, [...owned]), () => (pending = queueSetting(lookup.context, OWNED_SHEETS_KEY, [...owned])));
  return { deleted, pending };
}

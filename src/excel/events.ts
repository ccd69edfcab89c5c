/**
 * When to read, and when to read again.
 *
 * - `whenPaneShown`: with a shared runtime of lifetime "long", Excel loads the pane's page to calculate
 *   SGBII formulas even when no pane is open. Nothing is read until the pane is visible: at once when
 *   the page is visible, otherwise on `Office.addin.onVisibilityModeChanged` reporting "Taskpane"
 *   (SharedRuntime 1.1). Without that API (older hosts) the page is a pane, so it resolves at once.
 * - `watchDataChanges`: `worksheet.onChanged` (ExcelApi 1.7) on every sheet that is not one of
 *   Zielmonitor's output sheets, debounced: a burst of typing or a pasted block calls back once.
 */
import { OWNED_SHEETS_KEY } from "./registries";
import { queueLoadSetting, settingValue } from "./settings";
import { supports } from "./requirements";

export function whenPaneShown(): Promise<void> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const addin = office?.addin as { onVisibilityModeChanged?: (h: (a: { visibilityMode: string }) => void) => Promise<() => Promise<void>> } | undefined;
  const doc = (globalThis as { document?: Document }).document;
  const subscribe = addin?.onVisibilityModeChanged?.bind(addin);
  if (!subscribe || !doc || doc.visibilityState === "visible") return Promise.resolve();
  return new Promise((resolve) => {
    let off: (() => Promise<void>) | undefined;
    let shown = false;
    void subscribe((args) => {
        if (args.visibilityMode !== "Taskpane" || shown) return;
        shown = true;
        resolve();
      void off?.();
    }).then((remove) => {
      off = remove;
      if (shown) void remove();
    });
  });
}

/** Milliseconds of quiet after the last change before the pane reads again. */
export const CHANGE_DEBOUNCE_MS = 1500;

export async function watchDataChanges(callback: () => void, debounceMs = CHANGE_DEBOUNCE_MS): Promise<() => Promise<void>> {
  if (!supports("1.7")) return async () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = async () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      callback();
    }, debounceMs);
  };
  const handlers = await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const registry = queueLoadSetting(context, OWNED_SHEETS_KEY);
    await context.sync();
    const owned = new Set(settingValue<string[]>(registry) ?? []);
    const added = sheets.items.filter((ws) => !owned.has(ws.name)).map((ws) => ws.onChanged.add(fire));
    await context.sync();
    return added;
  });
  return async () => {
    if (timer !== undefined) clearTimeout(timer);
    if (handlers.length === 0) return;
    await Excel.run(handlers[0].context, async (context) => {
      for (const h of handlers) h.remove();
      await context.sync();
    });
  };
}

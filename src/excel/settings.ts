/**
 * Settings stored in the workbook (per add-in, saved with the file): JSON strings in
 * `workbook.settings`. A value that does not parse is treated as absent, so a damaged setting never
 * stops the add-in.
 */
export async function loadSetting<T>(context: Excel.RequestContext, key: string): Promise<T | null> {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  await context.sync();
  if (item.isNullObject === true) return null;
  try {
    return (typeof item.value === "string" ? JSON.parse(item.value) : item.value) as T;
  } catch {
    return null;
  }
}

/** Queues the write; the caller's next sync commits it (so a write joins its action's batch). */
export function queueSetting<T>(context: Excel.RequestContext, key: string, value: T | null): void {
  if (value === null) {
    context.workbook.settings.getItemOrNullObject(key).delete();
    return;
  }
  context.workbook.settings.add(key, JSON.stringify(value));
}

export async function saveSetting<T>(context: Excel.RequestContext, key: string, value: T): Promise<void> {
  queueSetting(context, key, value);
  await context.sync();
}

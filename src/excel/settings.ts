/**
 * Settings stored in the workbook (per add-in, saved with the file): JSON strings in
 * `workbook.settings`. A value that does not parse is treated as absent, so a damaged setting never
 * stops the add-in. Every write is read back in the same sync and compared (settings have been
 * reported to fail silently on some platforms).
 */
import { ZielmonitorExcelError } from "./errors";
import { message } from "../domain/messages";

export async function loadSetting<T>(context: Excel.RequestContext, key: string): Promise<T | null> {
  const item = queueLoadSetting(context, key);
  await context.sync();
  return settingValue<T>(item);
}

/** Queues the read of a setting, so it can share a sync with other loads. */
export function queueLoadSetting(context: Excel.RequestContext, key: string): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  return item;
}

/** The parsed value of a setting loaded by queueLoadSetting (after the sync), or null. */
export function settingValue<T>(item: Excel.Setting): T | null {
  if (item.isNullObject === true) return null;
  try {
    return (typeof item.value === "string" ? JSON.parse(item.value) : item.value) as T;
  } catch {
    return null;
  }
}

/** A queued write and its read-back; `verifySetting` checks it after the caller's sync. */
export interface PendingSetting {
  key: string;
  expected: string | null;
  readBack: Excel.Setting;
}

/** Queues the write and its read-back; the caller's next sync commits it (so a write joins its action's batch). */
export function queueSetting<T>(context: Excel.RequestContext, key: string, value: T | null): PendingSetting {
  const settings = context.workbook.settings;
  if (value === null) settings.getItemOrNullObject(key).delete();
  else settings.add(key, JSON.stringify(value));
  const readBack = settings.getItemOrNullObject(key);
  readBack.load("value");
  return { key, expected: value === null ? null : JSON.stringify(value), readBack };
}

/** Throws (German / English) when the setting read back differs from what was written. */
export function verifySetting(pending: PendingSetting): void {
  const got = pending.readBack.isNullObject === true ? null : pending.readBack.value;
  const same =
    pending.expected === null
      ? got === null || got === undefined
      : typeof got === "string"
        ? got === pending.expected
        : JSON.stringify(got) === pending.expected;
  if (!same)
    throw new ZielmonitorExcelError(message("excel.settingNotStored", { key: pending.key }));
}

export async function saveSetting<T>(context: Excel.RequestContext, key: string, value: T): Promise<void> {
  const pending = queueSetting(context, key, value);
  await context.sync();
  verifySetting(pending);
}

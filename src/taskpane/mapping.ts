/**
 * The mapping editor's view of a saved mapping: per data code the sheet and the A1 ranges of its months
 * and values. Complete entries form the detector's Mapping (`series`); an entry with only one of the two
 * ranges chosen so far is kept beside it (`pending`, ignored by the detector) so the second step can
 * follow later.
 */
import type { Vintage } from "../domain/evaluation";
import type { DataCode } from "../domain/indicators";
import { parseMapping, type Mapping, type MappedSeries } from "../workbook/mapping";

export interface ManualEntry {
  code: DataCode;
  sheet: string;
  months?: string;
  values?: string;
  vintage?: Vintage;
  jobcenter?: string;
}

/** What the pane stores under "zielmonitor.mapping": a valid Mapping plus unfinished entries. */
export type StoredMapping = Mapping & { pending?: ManualEntry[] };

function complete(e: ManualEntry): e is ManualEntry & { months: string; values: string } {
  return typeof e.months === "string" && typeof e.values === "string";
}

export function entriesFromMapping(mapping: StoredMapping | null): ManualEntry[] {
  if (!mapping) return [];
  const done: ManualEntry[] = mapping.series.map((s) => ({ ...s }));
  const pending = (mapping.pending ?? []).filter((p) => !done.some((d) => d.code === p.code));
  return [...done, ...pending];
}

export function mappingFromEntries(entries: readonly ManualEntry[]): StoredMapping | null {
  if (entries.length === 0) return null;
  const series: MappedSeries[] = entries.filter(complete).map((e) => ({
    code: e.code,
    sheet: e.sheet,
    months: e.months,
    values: e.values,
    ...(e.vintage ? { vintage: e.vintage } : {}),
    ...(e.jobcenter !== undefined ? { jobcenter: e.jobcenter } : {}),
  }));
  const pending = entries.filter((e) => !complete(e));
  return pending.length > 0 ? { version: 1, series, pending } : { version: 1, series };
}

/** A setting read back from the workbook: valid mappings are used, anything else is dropped. */
export function storedMappingFrom(raw: unknown): StoredMapping | null {
  if (raw === null || raw === undefined) return null;
  const parsed = parseMapping(raw);
  if (!parsed.ok) return null;
  const pending = (raw as { pending?: unknown }).pending;
  return Array.isArray(pending) ? { ...parsed.value, pending: pending as ManualEntry[] } : parsed.value;
}

/** The part the detector reads: only complete series; null when there are none. */
export function detectorMapping(stored: StoredMapping | null): Mapping | null {
  return stored && stored.series.length > 0 ? { version: 1, series: stored.series } : null;
}

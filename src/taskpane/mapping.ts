/**
 * The mapping editor's view of a saved mapping: per data code the sheet and the A1 ranges of its months
 * and values. Converted to and from the detector's Mapping here, in one place.
 */
import type { DataCode } from "../domain/indicators";
import type { Mapping } from "./engine";

export interface ManualEntry {
  code: DataCode;
  sheet: string;
  months?: string;
  values?: string;
}

export function entriesFromMapping(mapping: Mapping | null): ManualEntry[] {
  if (!mapping) return [];
  return mapping.series.map((s) => ({ code: s.code, sheet: s.sheet, months: s.months, values: s.values }));
}

export function mappingFromEntries(entries: readonly ManualEntry[], previous: Mapping | null): Mapping | null {
  if (entries.length === 0) return null;
  return { ...(previous ?? {}), series: entries.map((e) => ({ code: e.code, sheet: e.sheet, months: e.months, values: e.values })) } as Mapping;
}

/**
 * The mapping editor's view of a saved mapping: per data code the sheet, the A1 ranges of its months and
 * values, and its vintage (t-0 or t-3). Complete entries – both ranges and a vintage – form the
 * detector's Mapping (`series`); an entry still lacking a range or its vintage is kept beside it
 * (`pending`, ignored by the detector) so the next step can follow later. A series saved before the
 * mapping carried vintages has none: it is pending again, and the pane asks for its vintage (never guessed).
 */
import type { Vintage } from "../domain/evaluation";
import { INDICATORS, type DataCode, type IndicatorCode } from "../domain/indicators";
import { indicatorName, type Lang } from "../domain/display";
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

type Complete = ManualEntry & { months: string; values: string; vintage: Vintage };

function complete(e: ManualEntry): e is Complete {
  return typeof e.months === "string" && typeof e.values === "string" && (e.vintage === "t-0" || e.vintage === "t-3");
}

/** Both ranges chosen, the vintage not yet: the pane asks for it before the mapping is used. */
export function needsVintage(e: ManualEntry): boolean {
  return typeof e.months === "string" && typeof e.values === "string" && !complete(e);
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
    vintage: e.vintage,
    ...(e.jobcenter !== undefined ? { jobcenter: e.jobcenter } : {}),
  }));
  const pending = entries.filter((e) => !complete(e));
  return pending.length > 0 ? { version: 1, series, pending } : { version: 1, series };
}

/**
 * A setting read back from the workbook: valid mappings are used, anything else is dropped. A series
 * without a vintage (saved by an older version) becomes pending: used only once the user has said its vintage.
 */
export function storedMappingFrom(raw: unknown): StoredMapping | null {
  if (raw === null || raw === undefined) return null;
  const parsed = parseMapping(raw);
  if (!parsed.ok) return null;
  const rawPending = (raw as { pending?: unknown }).pending;
  const pending = [...parsed.value.series.filter((s) => !s.vintage), ...(Array.isArray(rawPending) ? (rawPending as ManualEntry[]) : [])];
  const series = parsed.value.series.filter((s) => s.vintage);
  return pending.length > 0 ? { version: 1, series, pending } : { version: 1, series };
}

/** The part the detector reads: only complete series; null when there are none. */
export function detectorMapping(stored: StoredMapping | null): Mapping | null {
  return stored && stored.series.length > 0 ? { version: 1, series: stored.series } : null;
}

/** The key figures a data code feeds (K2 for integrations), for the human label. */
function keyFiguresOf(code: DataCode): IndicatorCode[] {
  return (Object.keys(INDICATORS) as IndicatorCode[]).filter((k) => /^K\d/.test(k) && INDICATORS[k].inputs.includes(code));
}

/** The human label of a data code, what it is for in parentheses: "Integrationen (K2)". */
export function mappingLabel(code: DataCode, lang: Lang): string {
  const feeds = keyFiguresOf(code);
  return feeds.length > 0 ? `${indicatorName(code, lang)} (${feeds.join(", ")})` : indicatorName(code, lang);
}

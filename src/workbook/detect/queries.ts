/** Questions asked of a finished detection: one Jobcenter's data in one vintage, the vintages, the months. */
import type { IndicatorData, Vintage } from "../../domain/evaluation";
import type { YearMonth } from "../../domain/yearMonth";
import type { Detection } from "../types";

/** The monthly data of one Jobcenter in one vintage; a series without a vintage serves every vintage. */
export function toIndicatorData(detection: Detection, jobcenterKey: string, vintage: Vintage): IndicatorData {
  const data: IndicatorData = {};
  // Exact vintage first, so it wins over an unlabelled series of the same code.
  const ordered = detection.series.slice().sort((a, b) => Number(b.vintage === vintage) - Number(a.vintage === vintage));
  for (const s of ordered) {
    if (s.jobcenter !== jobcenterKey || (s.vintage !== null && s.vintage !== vintage)) continue;
    if (!data[s.code]) data[s.code] = s.values;
  }
  return data;
}

/** Vintages the workbook distinguishes; empty when none is named. */
export function vintagesOf(detection: Detection): Vintage[] {
  const found = new Set<Vintage>();
  for (const s of detection.series) if (s.vintage !== null) found.add(s.vintage);
  return (["t-0", "t-3"] as const).filter((v) => found.has(v));
}

/** Every month that has a value somewhere, oldest first. */
export function availableMonths(detection: Detection): YearMonth[] {
  const months = new Set<YearMonth>();
  for (const s of detection.series) for (const m of s.values.keys()) months.add(m);
  return Array.from(months).sort();
}

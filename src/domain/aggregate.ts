/**
 * All Jobcenters together (the ministry's row): every data code summed month by month – flows and stocks
 * alike – so that a JFW over the sum gives flows summed, stocks summed (the mean of the summed stock is the
 * sum of the Jobcenters' means) and quotas as Σ integrations ÷ Σ average stock. A month is in the sum only
 * where every Jobcenter has it, and a code only where every Jobcenter has its series: a partial sum would
 * look like a fall in the figures.
 */
import type { IndicatorData, MonthlySeries } from "./evaluation";
import { cumulativeOf, valueAt } from "./cumulative";
import { DATA_CODES } from "./indicators";
import { keyIndex } from "./monthSpan";
import type { YearMonth } from "./yearMonth";

export function aggregateData(all: readonly IndicatorData[]): IndicatorData {
  const out: IndicatorData = {};
  if (all.length === 0) return out;
  for (const code of DATA_CODES) {
    const series = all.map((d) => d[code]);
    if (series.some((s) => s === undefined || s.size === 0)) continue;
    const [first, ...rest] = series as MonthlySeries[];
    // The others by month index: a look-up in an array, not in a map (the ministry's workbook has hundreds).
    const dense = rest.map(cumulativeOf);
    const sum = new Map<YearMonth, number>();
    for (const [month, v] of first) {
      if (!Number.isFinite(v)) continue;
      const i = keyIndex(month);
      let total = v;
      let complete = true;
      for (let k = 0; k < rest.length; k++) {
        // A key that is no month has no index: looked up in the map itself.
        const w = i >= 0 ? valueAt(dense[k], i) : rest[k].get(month);
        if (typeof w !== "number" || !Number.isFinite(w)) {
          complete = false;
          break;
        }
        total += w;
      }
      if (complete) sum.set(month, total);
    }
    out[code] = sum;
  }
  return out;
}

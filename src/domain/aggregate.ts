/**
 * All Jobcenters together (the ministry's row): every data code summed month by month – flows and stocks
 * alike – so that a JFW over the sum gives flows summed, stocks summed (the mean of the summed stock is the
 * sum of the Jobcenters' means) and quotas as Σ integrations ÷ Σ average stock. A month is in the sum only
 * where every Jobcenter has it, and a code only where every Jobcenter has its series: a partial sum would
 * look like a fall in the figures.
 */
import type { IndicatorData, MonthlySeries } from "./evaluation";
import { cumulativeOf } from "./cumulative";
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
    const base = cumulativeOf(first);
    // The month-indexed sums over the first series' months, one Jobcenter after the other (the same
    // additions in the same order as month by month), NaN once a Jobcenter lacks the month.
    const totals = new Float64Array(base.n);
    for (let j = 0; j < base.n; j++) totals[j] = base.buf[j];
    for (const s of rest) {
      const c = cumulativeOf(s);
      for (let j = 0; j < base.n; j++) {
        const at = base.first + j - c.first;
        totals[j] += at >= 0 && at < c.n ? c.buf[at] : NaN;
      }
    }
    const sum = new Map<YearMonth, number>();
    for (const [month, v] of first) {
      if (!Number.isFinite(v)) continue;
      const i = keyIndex(month);
      if (i >= 0) {
        if (!Number.isNaN(totals[i - base.first])) sum.set(month, totals[i - base.first]);
        continue;
      }
      // A key that is no month has no index: looked up in the maps themselves.
      let total = v;
      let complete = true;
      for (const s of rest) {
        const w = s.get(month);
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

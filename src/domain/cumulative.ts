/**
 * Cumulative sums per series, so the total of any run of consecutive months costs two look-ups instead of
 * a loop: a target path of 12 months then costs about one Jahresfortschrittswert, not twelve. Built once
 * per series (a WeakMap keyed by the series itself) and rebuilt when the series changes size. Missing and
 * non-finite months are counted, never summed: a span with any of them is reported as incomplete, and the
 * caller names the months from the series itself (blank is never zero).
 */
import type { MonthlySeries } from "./evaluation";
import { monthIndex } from "./monthSpan";

interface Cumulative {
  /** Month index of the first month held. */
  first: number;
  /** sums[i] = Σ of the months first … first + i − 1 that have a value (sums[0] = 0). */
  sums: Float64Array;
  /** gaps[i] = how many of the months first … first + i − 1 have no value. */
  gaps: Int32Array;
  size: number;
}

const cache = new WeakMap<MonthlySeries, Cumulative>();

let enabled = true;

/**
 * Runs `fn` with the cumulative sums switched off, so every figure is formed month by month as before
 * they existed: only `npm run bench` uses this, as the "before" reference in the same run.
 */
export function withoutCumulativeSums<T>(fn: () => T): T {
  enabled = false;
  try {
    return fn();
  } finally {
    enabled = true;
  }
}

function build(series: MonthlySeries): Cumulative {
  let first = Infinity;
  let last = -Infinity;
  const entries: [number, number][] = [];
  for (const [month, value] of series) {
    const i = monthIndex(month);
    if (i < first) first = i;
    if (i > last) last = i;
    entries.push([i, value]);
  }
  if (entries.length === 0) return { first: 0, sums: new Float64Array(1), gaps: new Int32Array(1), size: 0 };
  const n = last - first + 1;
  const values = new Float64Array(n).fill(NaN);
  for (const [i, v] of entries) values[i - first] = typeof v === "number" ? v : NaN;
  const sums = new Float64Array(n + 1);
  const gaps = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const present = Number.isFinite(v);
    sums[i + 1] = sums[i] + (present ? v : 0);
    gaps[i + 1] = gaps[i] + (present ? 0 : 1);
  }
  return { first, sums, gaps, size: series.size };
}

function cumulativeOf(series: MonthlySeries): Cumulative {
  let c = cache.get(series);
  if (!c || c.size !== series.size) {
    c = build(series);
    cache.set(series, c);
  }
  return c;
}

/** The total of `count` consecutive months from month index `start`, or null when any of them has no value. */
export function spanTotal(series: MonthlySeries | undefined, start: number, count: number): number | null {
  if (!series || count <= 0 || !enabled) return null;
  const c = cumulativeOf(series);
  const from = start - c.first;
  const to = from + count;
  if (from < 0 || to > c.sums.length - 1) return null;
  if (c.gaps[to] - c.gaps[from] > 0) return null;
  return c.sums[to] - c.sums[from];
}

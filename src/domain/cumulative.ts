/**
 * Cumulative sums per series, so the total of any run of consecutive months costs two look-ups instead of
 * a loop: a target path of 12 months then costs about one Jahresfortschrittswert, not twelve. Built once
 * per series and kept with it (see `cumulativeOf`), rebuilt when the series changes size. Missing and
 * non-finite months are counted, never summed: a span with any of them is reported as incomplete, and the
 * caller names the months from the series itself (blank is never zero).
 */
import type { MonthlySeries } from "./evaluation";
import { keyIndex, monthSpan } from "./monthSpan";
import type { YearMonth } from "./yearMonth";

/**
 * One series by month index, in one buffer (a typed array per part would cost more to make than to fill):
 * buf[0 … n) the values (NaN where a month has none – absent, or not a finite number), buf[n … 2n) 1 where
 * the month is a key of the series whatever its value, buf[2n … 3n] the running sums of the values
 * (buf[2n] = 0), buf[3n + 1 … 4n + 1] the running counts of months without a value.
 */
export interface Cumulative {
  /** Month index of the first month held. */
  first: number;
  /** Months first … first + n − 1 held: n (0 for a series without a month). */
  n: number;
  buf: Float64Array;
  size: number;
  /** runningTotals by start − first, formed when first asked for. */
  totals: number[][];
}

/**
 * Where a series keeps its sums: a hidden (symbol-keyed, not enumerable) slot on the map itself, read in
 * a few nanoseconds, which a WeakMap of thousands of series is not (its look-ups, rehashing and the
 * garbage collector's ephemeron work cost more than the sums save). The slot is invisible to iteration,
 * JSON and copies; a frozen map keeps its sums in the WeakMap instead.
 */
const SLOT: unique symbol = Symbol("zielmonitor.cumulative");
type Slotted = MonthlySeries & { [SLOT]?: Cumulative };
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

/** Month indices and values of the series being built, in its order (grown as needed, reused). */
let scratchIndex = new Int32Array(64);
let scratchValue = new Float64Array(64);

/** Keys that are no month ("Summe", "2023-13") are left out: no span of months can include them. */
function build(series: MonthlySeries): Cumulative {
  const size = series.size;
  if (scratchIndex.length < size) {
    scratchIndex = new Int32Array(2 * size);
    scratchValue = new Float64Array(2 * size);
  }
  const index = scratchIndex;
  const value = scratchValue;
  let first = Infinity;
  let last = -Infinity;
  let k = 0;
  // One pass, no iterator objects: this runs for every series of the workbook.
  series.forEach((v, month) => {
    const i = keyIndex(month);
    index[k] = i;
    value[k++] = typeof v === "number" && Number.isFinite(v) ? v : NaN;
    if (i < 0) return;
    if (i < first) first = i;
    if (i > last) last = i;
  });
  if (last < first) return { first: 0, n: 0, buf: new Float64Array(2), size, totals: [] };
  const n = last - first + 1;
  const buf = new Float64Array(4 * n + 2);
  buf.fill(NaN, 0, n);
  for (let j = 0; j < k; j++) {
    const i = index[j];
    if (i < 0) continue;
    buf[i - first] = value[j];
    buf[n + i - first] = 1;
  }
  const sums = 2 * n;
  const gaps = 3 * n + 1;
  for (let i = 0; i < n; i++) {
    const v = buf[i];
    const has = v === v;
    buf[sums + i + 1] = buf[sums + i] + (has ? v : 0);
    buf[gaps + i + 1] = buf[gaps + i] + (has ? 0 : 1);
  }
  return { first, n, buf, size, totals: [] };
}

/** The value of month index `i`, NaN where the series has none. */
export function valueAt(c: Cumulative, i: number): number {
  const j = i - c.first;
  return j >= 0 && j < c.n ? c.buf[j] : NaN;
}

/** Whether month index `i` is a key of the series (with any value). */
export function isKey(c: Cumulative, i: number): boolean {
  const j = i - c.first;
  return j >= 0 && j < c.n && c.buf[c.n + j] === 1;
}

/** The months and values of a series by month index (built once per series, rebuilt when it changes size). Never mutate it. */
export function cumulativeOf(series: MonthlySeries): Cumulative {
  let c = (series as Slotted)[SLOT] ?? cache.get(series);
  if (!c || c.size !== series.size) {
    c = build(series);
    if (Object.isExtensible(series)) Object.defineProperty(series, SLOT, { value: c, writable: true, configurable: true, enumerable: false });
    else cache.set(series, c);
  }
  return c;
}

/** The total of `count` consecutive months from month index `start`, or null when any of them has no value. */
export function spanTotal(series: MonthlySeries | undefined, start: number, count: number): number | null {
  if (!series || count <= 0 || !enabled) return null;
  const c = cumulativeOf(series);
  const from = start - c.first;
  const to = from + count;
  if (from < 0 || to > c.n) return null;
  const gaps = 3 * c.n + 1;
  if (c.buf[gaps + to] - c.buf[gaps + from] > 0) return null;
  const sums = 2 * c.n;
  return c.buf[sums + to] - c.buf[sums + from];
}

/**
 * Whether any of `count` consecutive months from month index `start` has no value (an absent series lacks
 * them all). False when the sums are switched off: then only a look month by month can tell.
 */
export function spanLacks(series: MonthlySeries | undefined, start: number, count: number): boolean {
  if (!enabled || count <= 0) return false;
  if (!series) return true;
  const c = cumulativeOf(series);
  const from = start - c.first;
  const to = from + count;
  return from < 0 || to > c.n || c.buf[3 * c.n + 1 + to] - c.buf[3 * c.n + 1 + from] > 0;
}

/** The values of `count` consecutive months from month index `start`, or null when any of them has none. */
export function spanValues(series: MonthlySeries | undefined, start: number, count: number): number[] | null {
  if (!series || count <= 0 || !enabled) return null;
  const c = cumulativeOf(series);
  const from = start - c.first;
  const to = from + count;
  const gaps = 3 * c.n + 1;
  if (from < 0 || to > c.n || c.buf[gaps + to] - c.buf[gaps + from] > 0) return null;
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(c.buf[i]);
  return out;
}

/** No month has a total (the series is absent, or the sums are switched off). */
// Not frozen: a frozen array keeps its numbers boxed, and so would every copy of it. Read only, by type.
const NO_TOTALS: readonly number[] = [NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN];

/**
 * The totals of the first 1 … 12 months from month index `start` at once: out[m] is what
 * spanTotal(series, start, m) gives, NaN where that is null (out[0] is unused). Kept with the series'
 * sums, so a year of Jahresfortschrittswerte costs one look-up however often it is asked for. Shared:
 * never mutate it.
 */
export function runningTotals(series: MonthlySeries | undefined, start: number): readonly number[] {
  if (!series || !enabled) return NO_TOTALS;
  const c = cumulativeOf(series);
  const from = start - c.first;
  if (from < 0 || from >= c.n) return NO_TOTALS;
  let out = c.totals[from];
  if (out === undefined) {
    out = NO_TOTALS.slice();
    const gaps = 3 * c.n + 1;
    const sums = 2 * c.n;
    for (let m = 1; m <= 12; m++) {
      const to = from + m;
      if (to <= c.n && c.buf[gaps + to] - c.buf[gaps + from] === 0) out[m] = c.buf[sums + to] - c.buf[sums + from];
    }
    c.totals[from] = out;
  }
  return out;
}

/**
 * The months that are keys of any of the series (whatever their value) between month indices `from` and
 * `to`, oldest first; keys that are no month are left out.
 */
export function keyMonths(all: readonly MonthlySeries[], from = -Infinity, to = Infinity): YearMonth[] {
  const cs = all.map(cumulativeOf);
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of cs)
    if (c.n > 0) {
      lo = Math.min(lo, Math.max(c.first, from));
      hi = Math.max(hi, Math.min(c.first + c.n - 1, to));
    }
  if (hi < lo) return [];
  const found = new Uint8Array(hi - lo + 1);
  for (const c of cs) {
    const end = Math.min(c.first + c.n - 1, hi);
    for (let i = Math.max(c.first, lo); i <= end; i++) if (c.buf[c.n + i - c.first] === 1) found[i - lo] = 1;
  }
  const months: YearMonth[] = [];
  for (let i = 0; i < found.length; i++) if (found[i] === 1) months.push(monthSpan(lo + i, 1)[0]);
  return months;
}

/**
 * Runs of consecutive months as cached key arrays. Every JFW, rolling value and forecast asks for the
 * same few spans (Jan … m, Dec … m−1, the 12 months ending in m) thousands of times; building the
 * "YYYY-MM" strings once keeps that off the hot path. The arrays are shared: never mutate them.
 */
import { parseYearMonth, ym, type YearMonth } from "./yearMonth";

const indexOfKey = new Map<YearMonth, number>();
const spans = new Map<number, readonly YearMonth[]>();

/** year × 12 + (month − 1). */
export function monthIndex(month: YearMonth): number {
  let i = indexOfKey.get(month);
  if (i === undefined) {
    const { year, month: m } = parseYearMonth(month);
    i = year * 12 + m - 1;
    indexOfKey.set(month, i);
  }
  return i;
}

/**
 * year × 12 + (month − 1) of a "YYYY-MM" key, or −1 for anything else (what `parseYearMonth` accepts,
 * years 1000 … 9999), read from the characters: the engine reads every key of every series once.
 */
export function keyIndex(key: string): number {
  if (key.length !== 7 || key.charCodeAt(4) !== 45) return -1;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = key.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    year = year * 10 + c;
  }
  const tens = key.charCodeAt(5) - 48;
  const ones = key.charCodeAt(6) - 48;
  if (tens < 0 || tens > 1 || ones < 0 || ones > 9) return -1;
  const month = tens * 10 + ones;
  return month >= 1 && month <= 12 && year >= 1000 ? year * 12 + month - 1 : -1;
}

/** `count` consecutive months starting at month index `start` (0 ≤ count ≤ 24). */
export function monthSpan(start: number, count: number): readonly YearMonth[] {
  const key = start * 32 + count;
  let span = spans.get(key);
  if (!span) {
    const out: YearMonth[] = [];
    for (let i = start; i < start + count; i++) out.push(ym(Math.floor(i / 12), (i % 12) + 1));
    span = Object.freeze(out);
    spans.set(key, span);
  }
  return span;
}

/** January … `month` of `year`. */
export function janTo(year: number, month: number): readonly YearMonth[] {
  return monthSpan(year * 12, month);
}

/** The `count` months ending with `end`, oldest first. */
export function endingAt(end: YearMonth, count: number): readonly YearMonth[] {
  return monthSpan(monthIndex(end) - count + 1, count);
}

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

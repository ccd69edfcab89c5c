/**
 * A detected series' values: its months oldest first and their values, in two arrays, read through the
 * ReadonlyMap every reader of a MonthlySeries uses. A 400-Jobcenter export has 10,400 series of 36
 * months: as maps they were the largest part of what detection allocated (about 40 MB of hash tables
 * grown entry by entry), as arrays they are a tenth of it. Never mutated once built.
 */
import { keyIndex } from "../../domain/monthSpan";
import type { YearMonth } from "../../domain/yearMonth";

/** The text of month index i ("2023-01" for 2023 × 12), one string per month however many series name it. */
const texts = new Map<number, YearMonth>();
export function monthText(i: number): YearMonth {
  let t = texts.get(i);
  if (t === undefined) texts.set(i, (t = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`));
  return t;
}

/** Consecutive month texts, one shared array per first month and count (every series of an export has the same). */
const spans = new Map<number, YearMonth[]>();
const SPANS_KEPT = 10_000;
export function monthTexts(first: number, count: number): YearMonth[] {
  const key = first * 100_000 + count;
  let span = spans.get(key);
  if (span === undefined) {
    if (spans.size >= SPANS_KEPT) spans.clear();
    span = Array.from({ length: count }, (_, j) => monthText(first + j));
    spans.set(key, span);
  }
  return span;
}

export class MonthValues implements ReadonlyMap<YearMonth, number> {
  private readonly months: YearMonth[];
  private readonly nums: number[];
  /** Month index of the first month; when `dense`, month j is the first + j (no month left out). */
  private readonly first: number;
  private readonly dense: boolean;

  /** `months` oldest first (from month index `first` to `last`), `nums` their values; both never changed after. */
  constructor(months: YearMonth[], nums: number[], first: number, last: number) {
    this.months = months;
    this.nums = nums;
    this.first = first;
    this.dense = last - first === months.length - 1 || months.length === 0;
  }

  get size(): number {
    return this.months.length;
  }

  /** Position of a month, or -1. */
  private position(m: YearMonth): number {
    const ms = this.months;
    if (typeof m !== "string") return -1;
    if (this.dense) {
      const j = keyIndex(m) - this.first;
      return j >= 0 && j < ms.length && ms[j] === m ? j : -1;
    }
    // "YYYY-MM" texts sort as their months do.
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ms[mid] < m) lo = mid + 1;
      else hi = mid;
    }
    return lo < ms.length && ms[lo] === m ? lo : -1;
  }

  get(m: YearMonth): number | undefined {
    const j = this.position(m);
    return j < 0 ? undefined : this.nums[j];
  }

  has(m: YearMonth): boolean {
    return this.position(m) >= 0;
  }

  forEach(visit: (value: number, month: YearMonth, map: ReadonlyMap<YearMonth, number>) => void, thisArg?: unknown): void {
    for (let j = 0; j < this.months.length; j++) visit.call(thisArg, this.nums[j], this.months[j], this);
  }

  keys(): MapIterator<YearMonth> {
    return this.months.values();
  }

  values(): MapIterator<number> {
    return this.nums.values();
  }

  entries(): MapIterator<[YearMonth, number]> {
    return this.months.map((m, j): [YearMonth, number] => [m, this.nums[j]]).values();
  }

  [Symbol.iterator](): MapIterator<[YearMonth, number]> {
    return this.entries();
  }
}

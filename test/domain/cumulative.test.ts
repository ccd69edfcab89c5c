import { keyMonths, spanTotal, spanValues, withoutCumulativeSums } from "../../src/domain/cumulative";
import { evaluate } from "../../src/domain/evaluate";
import type { IndicatorData } from "../../src/domain/evaluation";
import { jfw } from "../../src/domain/jfw";
import { monthIndex } from "../../src/domain/monthSpan";
import { DUEREN_2023 } from "../../src/domain/targets";
import { constant, series } from "./monthlyData";

describe("cumulative sums per series", () => {
  const m = (s: string) => monthIndex(s);

  it("totals any run of consecutive months from two look-ups", () => {
    // 2023: Jan 10, Feb 20, Mar 30 … (10 × month)
    const s = series((y, mo) => (y === 2023 ? 10 * mo : 1));
    expect(spanTotal(s, m("2023-01"), 3)).toBe(60);
    // Dec 2022 (1) + Jan 2023 (10) + Feb 2023 (20) = 31
    expect(spanTotal(s, m("2022-12"), 3)).toBe(31);
  });

  it("gives no total where a month is blank or lies outside the series, never a sum with a zero", () => {
    const s = series((y, mo) => (y === 2023 && mo === 2 ? undefined : 5));
    expect(spanTotal(s, m("2023-01"), 2)).toBeNull();
    expect(spanTotal(s, m("2023-03"), 2)).toBe(10);
    expect(spanTotal(s, m("2020-12"), 2)).toBeNull();
    expect(spanTotal(s, m("2023-12"), 2)).toBeNull();
    expect(spanTotal(undefined, m("2023-01"), 1)).toBeNull();
    expect(spanTotal(new Map([["2023-01", Number.NaN]]), m("2023-01"), 1)).toBeNull();
  });

  it("leaves out keys that are no month instead of failing on them", () => {
    const s = new Map([
      ["2023-01", 4],
      ["Summe", 1000],
      ["2023-02", 6],
    ]);
    // 4 + 6; the "Summe" row is no month of any span.
    expect(spanTotal(s, m("2023-01"), 2)).toBe(10);
  });

  it("lists the months that are keys of any series, blank values included, odd keys left out", () => {
    const a = new Map([
      ["2022-12", 1],
      ["2023-01", 2],
    ]);
    const b = new Map([
      ["2023-03", Number.NaN],
      ["Summe", 5],
    ]);
    expect(keyMonths([a, b])).toEqual(["2022-12", "2023-01", "2023-03"]);
    // Only 2023: month indices 2023 × 12 … 2023 × 12 + 11.
    expect(keyMonths([a, b], 2023 * 12, 2023 * 12 + 11)).toEqual(["2023-01", "2023-03"]);
    expect(keyMonths([new Map([["Summe", 1]])])).toEqual([]);
  });

  it("keeps its sums out of sight of the series' users, and works on a frozen series too", () => {
    const s = new Map([
      ["2023-01", 1],
      ["2023-02", 2],
    ]);
    expect(spanTotal(s, m("2023-01"), 2)).toBe(3);
    expect([...s.keys()]).toEqual(["2023-01", "2023-02"]);
    expect(Object.keys(s)).toEqual([]);
    expect(Object.getOwnPropertySymbols(s).every((k) => !Object.getOwnPropertyDescriptor(s, k)!.enumerable)).toBe(true);
    expect(s).toEqual(new Map([["2023-01", 1], ["2023-02", 2]]));
    const frozen = Object.freeze(new Map([["2023-03", 5], ["2023-04", 6]]));
    expect(spanTotal(frozen, m("2023-03"), 2)).toBe(11);
    expect(spanTotal(frozen, m("2023-04"), 1)).toBe(6);
  });

  it("follows a series that grew after its sums were built", () => {
    const s = new Map([["2023-01", 4]]);
    expect(spanTotal(s, m("2023-01"), 1)).toBe(4);
    s.set("2023-02", 6);
    expect(spanTotal(s, m("2023-01"), 2)).toBe(10);
  });

  it("gives the same evaluation as the month-by-month path, including what is missing", () => {
    const data: IndicatorData = {
      INT: series((y, mo) => 200 + y - 2000 + mo),
      INT_F: series((_, mo) => 90 + mo),
      INT_M: series((_, mo) => 110 + mo),
      ELB: series((y, mo) => (y === 2023 && mo === 4 ? undefined : 9000 + 7 * mo)),
      ELB_F: constant(4400),
      ELB_M: constant(4600),
      LZB: series((_, mo) => 6000 - mo),
      INT_LZB: series((_, mo) => 60 + (mo % 3)),
    };
    for (const month of ["2023-03", "2023-06", "2023-12"]) {
      const fast = evaluate(data, DUEREN_2023, month);
      const slow = withoutCumulativeSums(() => evaluate(data, DUEREN_2023, month));
      expect(JSON.parse(JSON.stringify(fast))).toEqual(JSON.parse(JSON.stringify(slow)));
    }
    // K2 at June lacks the April stock: the fast path hands over to the one that names the month.
    const k2 = jfw(data, "K2", 2023, 6);
    expect(k2.ok).toBe(false);
    expect(k2.missing).toEqual([{ code: "ELB", month: "2023-04" }]);
  });
});

describe("the values of a run of months", () => {
  it("are the series' own values, or none when a month of the run is blank", () => {
    const s = new Map([
      ["2023-01", 7],
      ["2023-02", 8.5],
      ["2023-04", 9],
    ]);
    const m = (x: string) => monthIndex(x);
    expect(spanValues(s, m("2023-01"), 2)).toEqual([7, 8.5]);
    // March is blank: never read as 0.
    expect(spanValues(s, m("2023-02"), 3)).toBeNull();
    expect(spanValues(s, m("2022-12"), 2)).toBeNull();
    expect(spanValues(undefined, m("2023-01"), 1)).toBeNull();
  });
});

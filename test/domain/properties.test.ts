/**
 * Property tests (fast-check): number and month parsing never invent a value and round-trip what the
 * display writes; the JFW of December is the calendar year; per cent and points convert back and forth;
 * the cumulative sums give what month-by-month sums give.
 */
import fc from "fast-check";
import { changeIn } from "../../src/domain/changes";
import { withoutCumulativeSums } from "../../src/domain/cumulative";
import type { IndicatorData } from "../../src/domain/evaluation";
import { jfw } from "../../src/domain/jfw";
import { formatNumberDe, formatPercent, isMissingMarker, parseNumberText, roundHalfAway } from "../../src/domain/numbers";
import { rolling } from "../../src/domain/rolling";
import { addMonths, formatYearMonth, isYearMonth, monthsJanTo, parseYearMonth, ym } from "../../src/domain/yearMonth";

const year = fc.integer({ min: 1900, max: 2200 });
const month = fc.integer({ min: 1, max: 12 });

describe("number parsing", () => {
  it("never throws, and a number it returns is finite", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.boolean(), (s, german) => {
        const n = parseNumberText(s, german);
        return n === null || Number.isFinite(n);
      }),
    );
  });

  it("invents no number from text without a digit, and reads no marker as zero", () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }).filter((s) => !/[0-9]/.test(s)), (s) => parseNumberText(s) === null));
    for (const marker of ["-", "–", "x", "*", ".", "k.A.", "#NV", ""]) {
      expect(isMissingMarker(marker)).toBe(true);
      expect(parseNumberText(marker)).toBeNull();
    }
  });

  it("reads back what the German display writes (1.234,5), rounded as displayed", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 }), (x, d) => {
        expect(parseNumberText(formatNumberDe(x, d, "de"))).toBe(roundHalfAway(x, d));
      }),
    );
  });

  it("reads back the English display (1,234.5) when told the text is English", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 }), (x, d) => {
        expect(parseNumberText(formatNumberDe(x, d, "en"), false)).toBe(roundHalfAway(x, d));
      }),
    );
  });

  it("reads a displayed per cent back as the fraction it shows (+1,9 % → 0.019)", () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (f) => {
        const back = parseNumberText(formatPercent(f, 1, true));
        expect(back).not.toBeNull();
        expect(back!).toBeCloseTo(roundHalfAway(f * 100, 1) / 100, 12);
      }),
    );
  });
});

describe("month parsing", () => {
  it("ym and parseYearMonth round-trip every month of every year", () => {
    fc.assert(
      fc.property(year, month, (y, m) => {
        const s = ym(y, m);
        expect(isYearMonth(s)).toBe(true);
        expect(parseYearMonth(s)).toEqual({ year: y, month: m });
        expect(formatYearMonth(s)).toMatch(new RegExp(` ${y}$`));
      }),
    );
  });

  it("rejects every text that is not JJJJ-MM, never guessing a month", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (s) => {
        fc.pre(!/^\d{4}-(0[1-9]|1[0-2])$/.test(s));
        expect(isYearMonth(s)).toBe(false);
        expect(() => parseYearMonth(s)).toThrow(RangeError);
      }),
    );
    expect(() => parseYearMonth("2023-13")).toThrow(RangeError);
    expect(() => parseYearMonth("2023-00")).toThrow(RangeError);
  });

  it("adding months is reversible and counts across years", () => {
    fc.assert(
      fc.property(year, month, fc.integer({ min: -600, max: 600 }), (y, m, n) => {
        fc.pre(y * 12 + m - 1 + n >= 1000 * 12 && y * 12 + m - 1 + n < 10000 * 12);
        const s = ym(y, m);
        const t = addMonths(s, n);
        expect(addMonths(t, -n)).toBe(s);
        const p = parseYearMonth(t);
        expect(p.year * 12 + p.month - (y * 12 + m)).toBe(n);
      }),
    );
  });

  it("January … m has m months, all of the year, in order", () => {
    fc.assert(
      fc.property(year, month, (y, m) => {
        const list = monthsJanTo(y, m);
        expect(list.length).toBe(m);
        expect(list[0]).toBe(ym(y, 1));
        expect(list[m - 1]).toBe(ym(y, m));
        expect([...list].sort()).toEqual(list);
      }),
    );
  });
});

/** Three years of monthly data (2021–2023) from arbitrary whole numbers; stocks positive. */
const threeYears = (min: number, max: number) => fc.array(fc.integer({ min, max }), { minLength: 36, maxLength: 36 });
function toSeries(values: number[]): Map<string, number> {
  return new Map(values.map((v, i) => [ym(2021 + Math.floor(i / 12), (i % 12) + 1), v]));
}

describe("JFW arithmetic", () => {
  it("December's JFW is the calendar year: the year's sum, the year's mean, the quota over Dec(y−1) … Nov(y)", () => {
    fc.assert(
      fc.property(threeYears(0, 5000), threeYears(1, 100000), (ints, stocks) => {
        const data: IndicatorData = { INT: toSeries(ints), ELB: toSeries(stocks), LZB: toSeries(stocks) };
        const y = 2023;
        const year = (v: number[]) => v.slice(24, 36);
        const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
        const dec = jfw(data, "INT", y, 12);
        expect(dec.ok && dec.value).toBe(sum(year(ints)));
        const k3 = jfw(data, "K3", y, 12);
        expect(k3.ok && k3.value).toBeCloseTo(sum(year(stocks)) / 12, 6);
        const lagged = stocks.slice(23, 35);
        const k2 = jfw(data, "K2", y, 12);
        expect(k2.ok && k2.value).toBeCloseTo(sum(year(ints)) / (sum(lagged) / 12), 12);
        // … which is also the published rolling K2 of December.
        const r = rolling(data, "K2", ym(y, 12));
        expect(r.ok && r.value).toBeCloseTo(k2.ok ? k2.value : NaN, 12);
      }),
    );
  });

  it("cumulative sums give exactly what month-by-month sums give, for every month and kind", () => {
    fc.assert(
      fc.property(threeYears(0, 5000), threeYears(1, 100000), month, (ints, stocks, m) => {
        const data: IndicatorData = { INT: toSeries(ints), ELB: toSeries(stocks), INT_M: toSeries(ints), ELB_M: toSeries(stocks), INT_F: toSeries(stocks.map((s) => s % 700)), ELB_F: toSeries(stocks) };
        for (const code of ["INT", "K1E2", "K2", "GAP"] as const) {
          const fast = jfw(data, code, 2023, m);
          const slow = withoutCumulativeSums(() => jfw(data, code, 2023, m));
          expect(fast.ok).toBe(slow.ok);
          if (fast.ok && slow.ok) expect(fast.value).toBeCloseTo(slow.value, 12);
        }
      }),
    );
  });

  it("per cent and points round-trip: previous × (1 + change) and previous + change give the current value back", () => {
    const quota = fc.double({ min: 0.001, max: 0.9, noNaN: true });
    fc.assert(
      fc.property(quota, quota, (current, previous) => {
        const rel = changeIn("percent", current, previous);
        expect(rel.ok).toBe(true);
        if (rel.ok) expect(previous * (1 + rel.value)).toBeCloseTo(current, 12);
        const pts = changeIn("points", current, previous);
        if (pts.ok) expect(previous + pts.value).toBeCloseTo(current, 12);
        // A relative change r of a quota q is r × q points: +0,1 % of 25 % = +0,025 Pp.
        if (rel.ok && pts.ok) expect(pts.value).toBeCloseTo(rel.value * previous, 12);
      }),
    );
  });
});

import type { IndicatorData } from "../../src/domain/evaluation";
import { withoutCumulativeSums } from "../../src/domain/cumulative";
import { dataOf, formulaLacks, formulaOf, jfw, yearValues } from "../../src/domain/jfw";
import { constant, series, valueOf } from "./monthlyData";
import { text } from "../../src/domain/messages";

describe("Jahresfortschrittswert per kind", () => {
  const data: IndicatorData = {
    INT: series((_, m) => m * 10),
    LZB: series((_, m) => 1000 + m),
    LLU: series((y) => (y === 2023 ? 2_000_000 : 1_900_000)),
    ELB: series((_, m) => 5000 + 100 * m),
  };

  it("sums a flow January … m", () => {
    // 10 + 20 + 30 = 60
    expect(valueOf(jfw(data, "INT", 2023, 3))).toBe(60);
    // K1 is the LLU sum: 4 × 2,000,000 = 8,000,000
    expect(valueOf(jfw(data, "K1", 2023, 4))).toBe(8_000_000);
  });

  it("averages a stock January … m", () => {
    // K3 = mean LZB Jan–Apr: (1001 + 1002 + 1003 + 1004) / 4 = 1002.5
    expect(valueOf(jfw(data, "K3", 2023, 4))).toBe(1002.5);
    // K1E2 = mean eLb Jan–Mar: (5100 + 5200 + 5300) / 3 = 5200
    expect(valueOf(jfw(data, "K1E2", 2023, 3))).toBe(5200);
  });

  it("K2 divides by the stock lagged one month (Dec of the previous year … m−1)", () => {
    const k2: IndicatorData = {
      INT: series((y, m) => (y === 2023 ? (m === 1 ? 300 : 100) : 100)),
      ELB: series((y, m) => (y === 2022 && m === 12 ? 9000 : y === 2023 && m === 1 ? 11000 : y === 2023 && m === 2 ? 50000 : 10000)),
    };
    // January: 300 ÷ Dec 2022 (9,000) = 0.0333…; unlagged it would be 300 ÷ 11,000 = 0.0273.
    expect(valueOf(jfw(k2, "K2", 2023, 1))).toBeCloseTo(300 / 9000, 12);
    // February: (300 + 100) ÷ mean(9,000; 11,000) = 400 ÷ 10,000 = 0.04; unlagged 400 ÷ mean(11,000; 50,000) = 0.0131.
    expect(valueOf(jfw(k2, "K2", 2023, 2))).toBeCloseTo(0.04, 12);
  });

  it("K2 for women and men and K3E1 use their own flow and stock", () => {
    const d: IndicatorData = {
      INT_F: constant(30),
      ELB_F: constant(6000),
      INT_M: constant(45),
      ELB_M: constant(5000),
      INT_LZB: constant(20),
      LZB: series((y, m) => (y === 2022 && m === 12 ? 4000 : 5000)),
    };
    // women 3 × 30 ÷ 6,000 = 0.015; men 3 × 45 ÷ 5,000 = 0.027
    expect(valueOf(jfw(d, "K2_F", 2023, 3))).toBeCloseTo(0.015, 12);
    expect(valueOf(jfw(d, "K2_M", 2023, 3))).toBeCloseTo(0.027, 12);
    // K3E1: 2 × 20 ÷ mean(LZB Dec 2022 4,000; Jan 2023 5,000) = 40 ÷ 4,500
    expect(valueOf(jfw(d, "K3E1", 2023, 2))).toBeCloseTo(40 / 4500, 12);
  });

  it("the share of bedarfsdeckende integrations is Σ part ÷ Σ all", () => {
    const d: IndicatorData = { INT: constant(200), INT_BD: series((_, m) => (m === 1 ? 80 : 50)) };
    // (80 + 50) ÷ (200 + 200) = 0.325
    expect(valueOf(jfw(d, "BD_SHARE", 2023, 2))).toBeCloseTo(0.325, 12);
  });

  it("the gap is K2 men − K2 women, signed or as a distance", () => {
    const d: IndicatorData = { INT_M: constant(80), INT_F: constant(100), ELB_M: constant(10000), ELB_F: constant(10000) };
    // men 12 × 80 ÷ 10,000 = 0.096; women 12 × 100 ÷ 10,000 = 0.12; signed 0.096 − 0.12 = −0.024
    expect(valueOf(jfw(d, "GAP", 2023, 12))).toBeCloseTo(-0.024, 12);
    expect(valueOf(jfw(d, "GAP", 2023, 12, { gapMode: "abs" }))).toBeCloseTo(0.024, 12);
  });

  it("reports missing months by name instead of reading them as zero", () => {
    const d: IndicatorData = { INT: series((y, m) => (y === 2023 && m === 3 ? undefined : 10)) };
    const f = jfw(d, "INT", 2023, 4);
    expect(f.ok).toBe(false);
    expect(f.missing).toEqual([{ code: "INT", month: "2023-03" }]);
    if (!f.ok) {
      expect(f.error.kind).toBe("NA");
      expect(text(f.error.message)).toContain("März 2023");
      expect(text(f.error.message, "en")).toContain("March 2023");
    }
    // Before the gap the JFW is there: 2 × 10
    expect(valueOf(jfw(d, "INT", 2023, 2))).toBe(20);
  });

  it("a quota lacking the lagged December stock names it", () => {
    const d: IndicatorData = { INT: constant(10), ELB: series((y, m) => (y === 2022 && m === 12 ? undefined : 1000)) };
    expect(jfw(d, "K2", 2023, 1).missing).toEqual([{ code: "ELB", month: "2022-12" }]);
  });

  it("a stock of 0 under a quota is #DIV/0!, a month outside 1…12 #VALUE!", () => {
    const zero = jfw({ INT: constant(10), ELB: constant(0) }, "K2", 2023, 2);
    expect(zero.ok ? "value" : zero.error.kind).toBe("DIV0");
    const bad = jfw(data, "INT", 2023, 13);
    expect(bad.ok ? "value" : bad.error.kind).toBe("VALUE");
  });

  it("names the data a figure reads", () => {
    expect(dataOf(formulaOf("GAP"))).toEqual(["INT_M", "ELB_M", "INT_F", "ELB_F"]);
    expect(dataOf(formulaOf("K1E1"))).toEqual(["LUH"]);
  });
});

describe("a year of JFWs at once (yearValues)", () => {
  it("gives January … m for every m, and no value where a month lacks data or the stock is 0", () => {
    // 2023: 100 integrations a month; eLb 5,000 every month except a blank February 2023.
    const data: IndicatorData = {
      INT: constant(100),
      ELB: series((y, m) => (y === 2023 && m === 2 ? undefined : 5000)),
      LZB: series((y) => (y === 2022 ? 0 : 2000)),
      INT_LZB: constant(10),
    };
    const k2 = yearValues(data, formulaOf("K2"), 2023, 4);
    expect(k2).toHaveLength(5);
    // Jan: 100 ÷ Ø(Dec 5,000) = 0.02; Feb: 200 ÷ Ø(Dec, Jan) = 0.04; from March the blank February stock is needed.
    expect(k2[1]).toBeCloseTo(0.02, 15);
    expect(k2[2]).toBeCloseTo(0.04, 15);
    expect(k2[3]).toBeNaN();
    expect(k2[4]).toBeNaN();
    // Flows: 100, 200, 300.
    expect(yearValues(data, formulaOf("INT"), 2023, 3).slice(1)).toEqual([100, 200, 300]);
    // K3E1 in 2022 divides by LZB stocks of 0 (Dec 2021 is 2,000: January's Ø is 2,000, February's Ø(2,000, 0) = 1,000).
    const k3e1 = yearValues(data, formulaOf("K3E1"), 2022, 3);
    expect(k3e1[1]).toBeCloseTo(10 / 2000, 15);
    expect(k3e1[2]).toBeCloseTo(20 / 1000, 15);
    // March: Ø(2,000, 0, 0) = 666.67 → 30 ÷ 666.67 = 0.045.
    expect(k3e1[3]).toBeCloseTo(0.045, 15);
    // A stock of 0 throughout: no quota (jfw says why), never a division by zero.
    const zero: IndicatorData = { INT_LZB: constant(10), LZB: constant(0) };
    expect(yearValues(zero, formulaOf("K3E1"), 2022, 2).slice(1).every(Number.isNaN)).toBe(true);
    expect(jfw(zero, "K3E1", 2022, 2).ok).toBe(false);
  });
});

describe("whether a figure lacks a month (formulaLacks)", () => {
  it("looks at the months each part of the formula reads, the lagged stock included", () => {
    const data: IndicatorData = { INT: constant(100), ELB: series((y, m) => (y === 2023 && m === 2 ? undefined : 5000)) };
    const jan2023 = 2023 * 12;
    // K2 over Jan–Feb reads the stock of Dec and Jan: complete; over Jan–Mar also the blank February.
    expect(formulaLacks(data, formulaOf("K2"), jan2023, 2)).toBe(false);
    expect(formulaLacks(data, formulaOf("K2"), jan2023, 3)).toBe(true);
    // The flow alone lacks nothing; a series the data does not hold lacks every month.
    expect(formulaLacks(data, formulaOf("INT"), jan2023, 12)).toBe(false);
    expect(formulaLacks(data, formulaOf("K3"), jan2023, 1)).toBe(true);
    // Before the first month held (2021-01): lacking.
    expect(formulaLacks(data, formulaOf("INT"), 2020 * 12 + 11, 2)).toBe(true);
    // Without the sums nobody can tell without looking: jfw is asked.
    expect(withoutCumulativeSums(() => formulaLacks(data, formulaOf("K2"), jan2023, 3))).toBe(false);
  });
});

import { aggregateData } from "../../src/domain/aggregate";
import type { IndicatorData } from "../../src/domain/evaluation";
import { jfw } from "../../src/domain/jfw";
import { constant, series, valueOf } from "./monthlyData";

describe("all Jobcenters together", () => {
  // A: 100 integrations a month on 5,000 eLb; B: 50 a month on 1,000 eLb.
  const a: IndicatorData = { INT: constant(100), ELB: constant(5000), LZB: constant(3000) };
  const b: IndicatorData = { INT: constant(50), ELB: constant(1000), LZB: constant(600) };
  const all = aggregateData([a, b]);

  it("sums flows and stocks", () => {
    // Jan–Mar 2023: 3 × 150 = 450 integrations; mean LZB 3,000 + 600 = 3,600.
    expect(valueOf(jfw(all, "INT", 2023, 3))).toBe(450);
    expect(valueOf(jfw(all, "K3", 2023, 3))).toBe(3600);
  });

  it("forms quotas as Σ integrations ÷ Σ average stock, not as a mean of the quotas", () => {
    // 450 ÷ 6,000 = 0.075; the mean of A's 0.06 and B's 0.15 would be 0.105.
    expect(valueOf(jfw(all, "K2", 2023, 3))).toBeCloseTo(0.075, 12);
  });

  it("leaves out a month one Jobcenter lacks and a code one Jobcenter lacks, never a partial sum", () => {
    const gap: IndicatorData = { INT: series((y, m) => (y === 2023 && m === 2 ? undefined : 10)) };
    const sum = aggregateData([a, gap]);
    expect(sum.INT?.has("2023-02")).toBe(false);
    expect(sum.INT?.get("2023-01")).toBe(110);
    expect(sum.ELB).toBeUndefined();
    expect(jfw(sum, "INT", 2023, 3).missing).toEqual([{ code: "INT", month: "2023-02" }]);
  });

  it("sums a key that is no month like any other, where every Jobcenter has it", () => {
    const one: IndicatorData = { INT: new Map([["2023-01", 1], ["Summe", 10]]) };
    const two: IndicatorData = { INT: new Map([["2023-01", 2], ["Summe", 20]]) };
    const sum = aggregateData([one, two]);
    expect(sum.INT?.get("2023-01")).toBe(3);
    expect(sum.INT?.get("Summe")).toBe(30);
  });
});

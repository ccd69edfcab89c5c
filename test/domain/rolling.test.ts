import type { IndicatorData } from "../../src/domain/evaluation";
import { rolling } from "../../src/domain/rolling";
import { constant, series, valueOf } from "./monthlyData";

describe("rolling 12-month values as published", () => {
  const data: IndicatorData = {
    INT: constant(100),
    // The stock window for June 2023 is June 2022 … May 2023; June 2023 itself lies outside it.
    ELB: series((y, m) => (y === 2022 && m === 6 ? 22000 : y === 2023 && m === 6 ? 0 : 10000)),
    LZB: series((y) => (y === 2022 ? 8000 : 7800)),
    LLU: series((y, m) => (y === 2023 && m === 6 ? 1_050_000 : 1_000_000)),
  };

  it("K2: Σ integrations Jul 2022 … Jun 2023 ÷ mean stock Jun 2022 … May 2023", () => {
    // 12 × 100 = 1,200; (22,000 + 11 × 10,000) / 12 = 11,000 → 1,200 / 11,000 = 0.10909…
    expect(valueOf(rolling(data, "K2", "2023-06"))).toBeCloseTo(1200 / 11000, 12);
    // July: window Jul 2022 … Jun 2023 holds the 0 of June 2023: (11 × 10,000 + 0) / 12 = 9,166.67 → 1,200 / 9,166.67 = 0.130909…
    expect(valueOf(rolling(data, "K2", "2023-07"))).toBeCloseTo(1200 / (110000 / 12), 12);
  });

  it("K3 and K1: the month against the same month a year earlier", () => {
    // 7,800 / 8,000 − 1 = −0.025
    expect(valueOf(rolling(data, "K3", "2023-06"))).toBeCloseTo(-0.025, 12);
    // 1,050,000 / 1,000,000 − 1 = 0.05
    expect(valueOf(rolling(data, "K1", "2023-06"))).toBeCloseTo(0.05, 12);
    // May: 1,000,000 / 1,000,000 − 1 = 0
    expect(valueOf(rolling(data, "K1", "2023-05"))).toBeCloseTo(0, 12);
  });

  it("names the month a year earlier when it is missing", () => {
    const d: IndicatorData = { LZB: series((y, m) => (y === 2022 && m === 6 ? undefined : 100)) };
    const f = rolling(d, "K3", "2023-06");
    expect(f.ok).toBe(false);
    expect(f.missing).toEqual([{ code: "LZB", month: "2022-06" }]);
  });
});

import type { IndicatorData } from "../../src/domain/evaluation";
import { publishedFigures, publishedRolling, rolling } from "../../src/domain/rolling";
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

describe("publishedFigures: each published key figure with its months and the reason it is missing", () => {
  // eLb 10,000 a month, integrations 100 a month; LZB blank in January 2023; nothing else in the workbook.
  const data: IndicatorData = {
    INT: constant(100),
    ELB: constant(10000),
    LZB: series((y, m) => (y === 2023 && m === 1 ? undefined : 8000)),
  };
  const figures = publishedFigures(data, "2023-01");
  const of = (code: string) => figures.find((f) => f.code === code)!;

  it("lists all eight in BA's order, quotas over the 12 months ending in the month with the stock a month earlier", () => {
    expect(figures.map((f) => f.code)).toEqual(["K1", "K1E1", "K1E2", "K2", "K2_F", "K2_M", "K3", "K3E1"]);
    // 1,200 ÷ 10,000 = 0.12 over Feb 2022 … Jan 2023, stock Jan 2022 … Dec 2022
    expect(of("K2")).toMatchObject({ kind: "quota", months: { from: "2022-02", to: "2023-01" }, stockMonths: { from: "2022-01", to: "2022-12" }, absent: [], missing: [] });
    expect(of("K2").value).toBeCloseTo(0.12, 12);
    // the month against the same month a year earlier: 10,000 ÷ 10,000 − 1 = 0, a true zero
    expect(of("K1E2")).toMatchObject({ kind: "change", value: 0, months: { from: "2022-01", to: "2023-01" } });
  });

  it("names absent series and blank months, never a value computed from a blank", () => {
    expect(of("K1")).toMatchObject({ value: null, absent: ["LLU"], missing: [] });
    expect(of("K2_M")).toMatchObject({ value: null, absent: ["INT_M", "ELB_M"] });
    expect(of("K3")).toMatchObject({ value: null, absent: [], missing: [{ code: "LZB", month: "2023-01" }] });
    expect(of("K3E1")).toMatchObject({ value: null, absent: ["INT_LZB"] });
  });

  it("publishedRolling keeps only the figures whose series the workbook holds (the CLI's JSON)", () => {
    const r = publishedRolling(data, "2023-01");
    expect(Object.keys(r).sort()).toEqual(["K1E2", "K2", "K3"]);
    expect(r.K3).toBeNull();
  });
});

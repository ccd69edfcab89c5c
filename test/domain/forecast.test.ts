import type { IndicatorData } from "../../src/domain/evaluation";
import { forecastDecember, trendMean } from "../../src/domain/forecast";
import { series, valueOf } from "./monthlyData";

describe("December forecasts", () => {
  // 2022: Jan–Jun 200, Jul–Dec 250 → 2,700. 2023: Jan–Jun 220 → 1,320.
  const flows: IndicatorData = { INT: series((y, m) => (y === 2023 ? (m <= 6 ? 220 : undefined) : m <= 6 ? 200 : 250)) };

  it("flow, seasonal: Σ so far × previous total ÷ previous same months = 1,320 × 2,700 / 1,200 = 2,970", () => {
    expect(valueOf(forecastDecember(flows, "INT", 2023, 6, "seasonal"))).toBeCloseTo(2970, 9);
  });
  it("flow, linear: 1,320 / 6 × 12 = 2,640", () => {
    expect(valueOf(forecastDecember(flows, "INT", 2023, 6, "linear"))).toBeCloseTo(2640, 9);
  });

  it("stock, seasonal: mean so far × previous mean of 12 ÷ previous mean of the same months", () => {
    // 2022 LZB: Jan–Jun 100, Jul–Dec 130 → mean 115; mean Jan–Jun 100. 2023 Jan–Jun 90 → 90 × 115 / 100 = 103.5
    const d: IndicatorData = { LZB: series((y, m) => (y === 2023 ? (m <= 6 ? 90 : undefined) : m <= 6 ? 100 : 130)) };
    expect(valueOf(forecastDecember(d, "K3", 2023, 6, "seasonal"))).toBeCloseTo(103.5, 9);
  });

  it("stock, linear: the trend of Jan–Apr 100, 110, 120, 130 continues to 210 in December; mean 155", () => {
    const d: IndicatorData = { LZB: series((y, m) => (y === 2023 ? (m <= 4 ? 90 + 10 * m : undefined) : 100)) };
    // months 1…12: 100 … 210, mean (100 + 210) / 2 = 155
    expect(valueOf(forecastDecember(d, "K3", 2023, 4, "linear"))).toBeCloseTo(155, 9);
    // trend through 1, 3 (slope 2, mean 2 at x = 1.5): x = 3, 4 → 5, 7; (1 + 3 + 5 + 7) / 4 = 4
    expect(trendMean([1, 3], 4)).toBeCloseTo(4, 12);
    // one value: held flat
    expect(trendMean([7], 12)).toBe(7);
  });

  describe("quota: flow and lagged stock forecast, then divided", () => {
    // INT 2022: 100 a month (1,200); 2023 Jan–Jun 110 → 660.
    // ELB: 10,000 up to Dec 2022; 2023 Jan 10,200 … May 11,000 (+200 a month); Jun onwards unknown and not needed.
    const d: IndicatorData = {
      INT: series((y, m) => (y === 2023 ? (m <= 6 ? 110 : undefined) : 100)),
      ELB: series((y, m) => (y === 2023 ? (m <= 5 ? 10000 + 200 * m : undefined) : 10000)),
    };
    it("seasonal: 660 × 1,200 / 600 = 1,320 on mean(Dec … May) = 10,500 × 10,000 / 10,000 → 0.125714", () => {
      // lagged known Dec 2022 … May 2023: 10,000, 10,200, …, 11,000 → mean 10,500; previous lagged window all 10,000
      expect(valueOf(forecastDecember(d, "K2", 2023, 6, "seasonal"))).toBeCloseTo(1320 / 10500, 12);
    });
    it("linear: 660 / 6 × 12 = 1,320 on the stock trend continued to Nov 12,200: mean 11,100 → 0.118919", () => {
      // Dec … Nov: 10,000 … 12,200 in steps of 200; mean (10,000 + 12,200) / 2 = 11,100
      expect(valueOf(forecastDecember(d, "K2", 2023, 6, "linear"))).toBeCloseTo(1320 / 11100, 12);
    });
  });

  it("in December the forecast is the actual value, without the previous year", () => {
    const d: IndicatorData = { INT: series((y) => (y === 2023 ? 10 : undefined)) };
    expect(valueOf(forecastDecember(d, "INT", 2023, 12, "seasonal"))).toBe(120);
  });

  it("seasonal needs the previous year and names what it lacks; linear does not", () => {
    const d: IndicatorData = { INT: series((y, m) => (y === 2022 && m === 9 ? undefined : 10)) };
    const s = forecastDecember(d, "INT", 2023, 6, "seasonal");
    expect(s.ok).toBe(false);
    expect(s.missing).toEqual([{ code: "INT", month: "2022-09" }]);
    // 60 / 6 × 12 = 120
    expect(valueOf(forecastDecember(d, "INT", 2023, 6, "linear"))).toBe(120);
  });

  it("the gap forecasts both quotas", () => {
    const d: IndicatorData = {
      INT_M: series((y, m) => (y === 2023 && m > 3 ? undefined : 100)),
      INT_F: series((y, m) => (y === 2023 && m > 3 ? undefined : 80)),
      ELB_M: series(() => 10000),
      ELB_F: series(() => 10000),
    };
    // linear: men 300 / 3 × 12 = 1,200 → 0.12; women 240 / 3 × 12 = 960 → 0.096; gap 0.024
    expect(valueOf(forecastDecember(d, "GAP", 2023, 3, "linear"))).toBeCloseTo(0.024, 12);
  });
});

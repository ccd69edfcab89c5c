import { evaluate, evaluateTarget, latestCompleteMonth } from "../../src/domain/evaluate";
import type { IndicatorData } from "../../src/domain/evaluation";
import type { DataCode } from "../../src/domain/indicators";
import { jfw, rolling } from "../../src/domain/jfw";
import { forecastDecember } from "../../src/domain/forecast";
import { DUEREN_2023, type Target } from "../../src/domain/targets";
import { ym } from "../../src/domain/yearMonth";

/** A series from a function of (year, month), for 2021-01 … 2023-12. */
function series(f: (year: number, month: number) => number | undefined): Map<string, number> {
  const m = new Map<string, number>();
  for (let y = 2021; y <= 2023; y++)
    for (let mo = 1; mo <= 12; mo++) {
      const v = f(y, mo);
      if (v !== undefined) m.set(ym(y, mo), v);
    }
  return m;
}
const constant = (v: number) => series(() => v);

function target(partial: Partial<Target> & Pick<Target, "indicator" | "unit" | "direction" | "value">): Target {
  return { id: "T", goal: "II", wording: "", ...partial };
}

describe("Jahresfortschrittswert", () => {
  it("K2 divides by the stock lagged one month (Dec of the previous year … m−1)", () => {
    const data: IndicatorData = {
      INT: series((y, m) => (y === 2023 && m === 1 ? 300 : 100)),
      ELB: series((y, m) => (y === 2022 && m === 12 ? 9000 : y === 2023 && m === 1 ? 11000 : 10000)),
    };
    // January 2023: 300 integrations ÷ stock of December 2022 (9,000) = 0.0333…; unlagged it would be 300/11,000 = 0.0273.
    expect(jfw(data, "K2", 2023, 1).value).toBeCloseTo(300 / 9000, 12);
    // February: (300 + 100) ÷ mean(9,000; 11,000) = 400 / 10,000 = 0.04.
    expect(jfw(data, "K2", 2023, 2).value).toBeCloseTo(0.04, 12);
  });

  it("sums flows, averages stocks, and reports missing months instead of zero", () => {
    const data: IndicatorData = {
      INT: series((y, m) => (y === 2023 && m === 3 ? undefined : m * 10)),
      LZB: series((_, m) => 1000 + m),
    };
    // Jan–Feb: 10 + 20 = 30
    expect(jfw(data, "INT", 2023, 2).value).toBe(30);
    // LZB Jan–Apr: mean(1001, 1002, 1003, 1004) = 1002.5
    expect(jfw(data, "K3", 2023, 4).value).toBe(1002.5);
    const withGap = jfw(data, "INT", 2023, 4);
    expect(withGap.value).toBeNull();
    expect(withGap.missing).toEqual([{ code: "INT", month: "2023-03" }]);
  });

  it("computes the share of bedarfsdeckende integrations and the gender gap", () => {
    const data: IndicatorData = {
      INT: constant(200),
      INT_BD: constant(50),
      INT_M: constant(100),
      INT_F: constant(80),
      ELB_M: constant(10000),
      ELB_F: constant(10000),
    };
    // 12 × 50 ÷ 12 × 200 = 0.25
    expect(jfw(data, "BD_SHARE", 2023, 12).value).toBeCloseTo(0.25, 12);
    // K2 men 1,200/10,000 = 0.12, women 960/10,000 = 0.096, gap 0.024
    expect(jfw(data, "GAP", 2023, 12).value).toBeCloseTo(0.024, 12);
  });

  it("gives rolling 12-month values as published", () => {
    const data: IndicatorData = {
      INT: constant(100),
      // In the window m−12 … m−1 for June 2023: June 2022 … May 2023. June 2023 itself is outside it.
      ELB: series((y, m) => (y === 2022 && m === 6 ? 22000 : y === 2023 && m === 6 ? 0 : 10000)),
      LZB: series((y) => (y === 2022 ? 8000 : 7800)),
    };
    // Σ INT Jul 2022 … Jun 2023 = 1,200; mean stock = (11 × 10,000 + 22,000) / 12 = 11,000 → 0.10909…
    expect(rolling(data, "K2", "2023-06").value).toBeCloseTo(1200 / 11000, 12);
    // K3 in the month: 7,800 ÷ 8,000 − 1 = −0.025
    expect(rolling(data, "K3", "2023-06").value).toBeCloseTo(-0.025, 12);
  });
});

describe("targets", () => {
  it("committee example: 118 integrations on 3,880 eLb is 3.04 %, below an in-year target of 3.3 % → gefährdet", () => {
    const data: IndicatorData = {
      // 2023: Jan 60 + Feb 58 = 118; stock Dec 2022 3,870 and Jan 2023 3,890 → mean 3,880.
      INT: series((y, m) => (y === 2023 ? (m === 1 ? 60 : m === 2 ? 58 : undefined) : 64)),
      // 2022: Jan + Feb = 128 on a stock of 4,000 → 0.032.
      ELB: series((y, m) => (y === 2022 && m === 12 ? 3870 : y === 2023 && m === 1 ? 3890 : 4000)),
    };
    // The in-year target of 3.3 % for February = 0.032 × (1 + 0.03125).
    const e = evaluateTarget(
      data,
      target({
        indicator: "K2",
        unit: "percent",
        direction: ">=",
        value: 0.03125,
      }),
      "2023-02",
    );
    expect(e.current).toBeCloseTo(118 / 3880, 12); // 0.030412…
    expect(e.inYearTarget).toBeCloseTo(0.033, 12);
    expect(e.status).toBe("gefährdet");
    expect(e.met).toBe(false);
  });

  describe("Düren II.1: integrations +1.9 % on 2,630", () => {
    // 2022: 2,630 = 11 × 219 + 221; 2023 spread likewise to the given total.
    const year = (totalPerYear: number) => (m: number) => (m < 12 ? Math.floor(totalPerYear / 12) : totalPerYear - 11 * Math.floor(totalPerYear / 12));
    const dataWith = (total2023: number): IndicatorData => ({
      INT: series((y, m) => (y === 2023 ? year(total2023)(m) : year(2630)(m))),
    });
    const ii1 = DUEREN_2023.targets[0];

    it("2,680 integrations meet the target (2,630 × 1.019 = 2,679.97)", () => {
      const e = evaluateTarget(dataWith(2680), ii1, "2023-12");
      expect(e.current).toBe(2680);
      expect(e.previous).toBe(2630);
      expect(e.change).toBeCloseTo(50 / 2630, 12); // +1.901 %
      expect(e.status).toBe("erreicht");
      expect(e.shortfall).toEqual({ total: 0, perMonth: null });
    });

    it("2,679 integrations miss it, narrowly (1.863 % shows as 1.9 %)", () => {
      const e = evaluateTarget(dataWith(2679), ii1, "2023-12");
      expect(e.change).toBeCloseTo(49 / 2630, 12);
      expect(e.status).toBe("nicht erreicht");
      expect(e.narrowlyMissed).toBe(true);
      // 2,679.97 − 2,679 = 0.97 → one more integration.
      expect(e.shortfall?.total).toBe(1);
    });

    it("+1.9 % computed as 1019/1000 − 1 meets +1.9 %", () => {
      const data: IndicatorData = {
        INT: series((y, m) => (m === 1 ? (y === 2023 ? 1019 : 1000) : 0)),
      };
      const e = evaluateTarget(data, ii1, "2023-12");
      expect(e.change).not.toBe(0.019); // binary: 0.019000000000000128
      expect(e.met).toBe(true);
      expect(e.narrowlyMissed).toBe(false);
    });

    it("mid-year: shortfall to 2,679.97 and per remaining month", () => {
      // Jan–Jun 2023 = 6 × 216 = 1,296 (2023 monthly 2,600/12 → floor 216); 2,679.97 − 1,296 = 1,383.97 → 1,384; ÷ 6 months.
      const e = evaluateTarget(dataWith(2600), ii1, "2023-06");
      expect(e.shortfall?.total).toBe(1384);
      expect(e.shortfall?.perMonth).toBeCloseTo(1384 / 6, 12);
      // Previous Jan–Jun = 6 × 219 = 1,314; in-year target 1,314 × 1.019 = 1,338.966 > 1,296 → gefährdet.
      expect(e.inYearTarget).toBeCloseTo(1314 * 1.019, 9);
      expect(e.status).toBe("gefährdet");
      expect(e.path).toHaveLength(6);
      expect(e.path[0]).toEqual({
        month: "2023-01",
        actual: 216,
        inYearTarget: expect.any(Number),
      });
      expect(e.path[0].inYearTarget).toBeCloseTo(219 * 1.019, 9);
    });
  });

  it("per cent and percentage points are different targets: +0.1 % of 25 % is 25.025 %, +0.1 pp is 25.1 %", () => {
    // Quota 0.25 in 2022 (3,000 / 12,000 … Σ 12 × 250 ÷ 12,000); 2023 with 3,006 integrations → 0.2505 (+0.2 %, +0.05 pp).
    const data: IndicatorData = {
      INT: series((y, m) => (y === 2023 && m === 1 ? 256 : 250)),
      ELB: constant(12000),
    };
    const percent = evaluateTarget(
      data,
      target({
        indicator: "K2",
        unit: "percent",
        direction: ">=",
        value: 0.001,
      }),
      "2023-12",
    );
    const points = evaluateTarget(
      data,
      target({
        indicator: "K2",
        unit: "points",
        direction: ">=",
        value: 0.001,
      }),
      "2023-12",
    );
    expect(percent.inYearTarget).toBeCloseTo(0.25025, 12);
    expect(points.inYearTarget).toBeCloseTo(0.251, 12);
    expect(percent.change).toBeCloseTo(0.2505 / 0.25 - 1, 12); // +0.2 %
    expect(points.change).toBeCloseTo(0.0005, 12); // +0.05 pp
    expect(percent.status).toBe("erreicht");
    expect(points.status).toBe("nicht erreicht");
  });

  it("K3: lower is better; −0.57 % meets ≤ −0.4 %, −0.28 % does not", () => {
    const k3 = DUEREN_2023.targets[3];
    const good = evaluateTarget({ LZB: series((y) => (y === 2023 ? 7000 : 7040)) }, k3, "2023-12");
    expect(good.change).toBeCloseTo(7000 / 7040 - 1, 12); // −0.568 %
    expect(good.status).toBe("erreicht");
    const bad = evaluateTarget({ LZB: series((y) => (y === 2023 ? 7020 : 7040)) }, k3, "2023-12");
    expect(bad.change).toBeCloseTo(7020 / 7040 - 1, 12); // −0.284 %
    expect(bad.status).toBe("nicht erreicht");
  });

  it("II.3: the gap men − women must shrink by at least 0.1 pp", () => {
    const base = {
      INT_M: constant(100),
      ELB_M: constant(10000),
      ELB_F: constant(10000),
    };
    // 2022 women 80/month → 0.096, gap 0.024. 2023 women 82/month → 0.0984, gap 0.0216: −0.24 pp.
    const e = evaluateTarget({ ...base, INT_F: series((y) => (y === 2023 ? 82 : 80)) }, DUEREN_2023.targets[2], "2023-12");
    expect(e.current).toBeCloseTo(0.0216, 12);
    expect(e.previous).toBeCloseTo(0.024, 12);
    expect(e.change).toBeCloseTo(-0.0024, 12);
    expect(e.status).toBe("erreicht");
    // 2023 women 80.5/month → 0.0966, gap 0.0234: −0.06 pp, not enough.
    const miss = evaluateTarget({ ...base, INT_F: series((y) => (y === 2023 ? 80.5 : 80)) }, DUEREN_2023.targets[2], "2023-12");
    expect(miss.change).toBeCloseTo(-0.0006, 12);
    expect(miss.status).toBe("nicht erreicht");
  });

  it("a count target compares the level against last year's profile", () => {
    // 2022: 100 a month (1,200); target 612 integrations by December; by June 612 × 600/1,200 = 306.
    const t = target({
      indicator: "INT",
      unit: "count",
      direction: ">=",
      value: 612,
    });
    const e = evaluateTarget({ INT: series((y) => (y === 2023 ? 50 : 100)) }, t, "2023-06");
    expect(e.inYearTarget).toBeCloseTo(306, 12);
    expect(e.current).toBe(300);
    expect(e.status).toBe("gefährdet");
    expect(e.shortfall?.total).toBe(312); // 612 − 300
  });

  it("missing data gives 'keine Daten' and lists the months, never zeros", () => {
    const data: IndicatorData = {
      INT: series((y, m) => (y === 2023 && m === 3 ? undefined : 200)),
    };
    const e = evaluateTarget(data, DUEREN_2023.targets[0], "2023-04");
    expect(e.status).toBe("keine Daten");
    expect(e.current).toBeNull();
    expect(e.change).toBeNull();
    expect(e.missing).toEqual([{ code: "INT", month: "2023-03" }]);
  });
});

describe("forecasts", () => {
  // 2022: Jan–Jun 200, Jul–Dec 250 → 2,700. 2023: Jan–Jun 220 → 1,320.
  const data: IndicatorData = {
    INT: series((y, m) => (y === 2022 ? (m <= 6 ? 200 : 250) : y === 2023 ? (m <= 6 ? 220 : undefined) : 200)),
  };
  it("seasonal: Σ so far × previous total ÷ previous same months = 1,320 × 2,700 / 1,200 = 2,970", () => {
    expect(forecastDecember(data, "INT", 2023, 6, "seasonal")).toBeCloseTo(2970, 9);
  });
  it("linear: 1,320 / 6 × 12 = 2,640", () => {
    expect(forecastDecember(data, "INT", 2023, 6, "linear")).toBeCloseTo(2640, 9);
  });
  it("stock, linear: the least-squares trend of Jan–Apr 100, 110, 120, 130 continues to 210 in December; mean 155", () => {
    const stock: IndicatorData = {
      LZB: series((y, m) => (y === 2023 ? (m <= 4 ? 90 + 10 * m : undefined) : 100)),
    };
    // Months 1…12: 100 … 210, mean (100 + 210) / 2 = 155.
    expect(forecastDecember(stock, "K3", 2023, 4, "linear")).toBeCloseTo(155, 9);
  });
});

describe("evaluate and latestCompleteMonth", () => {
  const data: IndicatorData = Object.fromEntries(
    (["INT", "INT_F", "INT_M", "ELB", "ELB_F", "ELB_M", "LZB", "INT_LZB", "INT_BD", "LZB4", "LLU", "LUH", "BG"] as DataCode[]).map((c) => [
      c,
      series((y, m) => (y === 2023 && m > 8 ? undefined : c === "LLU" ? (y === 2023 ? 1_050_000 : 1_000_000) : 100)),
    ]),
  );
  it("the latest month with every target's data is August 2023", () => {
    expect(latestCompleteMonth(data, DUEREN_2023)).toBe("2023-08");
    expect(latestCompleteMonth({}, DUEREN_2023)).toBeNull();
  });
  it("monitoring items are shown, never judged: LLU +5 %", () => {
    const e = evaluate(data, DUEREN_2023, "2023-08");
    expect(e.targets.map((t) => t.target.id)).toEqual(["II.1", "II.2", "II.3", "III.1", "III.2"]);
    const llu = e.monitoring.find((m) => m.item.indicator === "LLU")!;
    expect(llu.change).toBeCloseTo(0.05, 12); // 8 × 1,050,000 ÷ 8 × 1,000,000 − 1
    expect(llu.changeUnit).toBe("percent");
    const share = e.monitoring.find((m) => m.item.indicator === "BD_SHARE")!;
    expect(share.changeUnit).toBe("points");
    expect(share.change).toBeCloseTo(0, 12);
  });
});

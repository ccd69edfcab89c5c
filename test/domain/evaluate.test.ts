import { evaluate, evaluateMonitoring, evaluateTarget, latestCompleteMonth } from "../../src/domain/evaluate";
import type { IndicatorData } from "../../src/domain/evaluation";
import { DATA_CODES } from "../../src/domain/indicators";
import { DUEREN_2023, type Target, type TargetSet } from "../../src/domain/targets";
import { constant, series } from "./monthlyData";
import { text } from "../../src/domain/messages";

function target(partial: Partial<Target> & Pick<Target, "indicator" | "unit" | "direction" | "value">): Target {
  return { id: "T", goal: "II", wording: "", ...partial };
}
const [II1, II2, II3, III1] = DUEREN_2023.targets;

describe("committee example", () => {
  // 2023: Jan 60 + Feb 58 = 118 integrations; lagged stock Dec 2022 3,870 and Jan 2023 3,890 → mean 3,880.
  // 2022: Jan + Feb 60 + 60 = 120 on a lagged stock of 4,000 → 0.03. An in-year target of 3.3 % in February
  // is the previous year's 3.0 % raised by 10 % (a relative target: the profile is in the previous JFW already).
  const data: IndicatorData = {
    INT: series((y, m) => (y === 2023 ? (m === 1 ? 60 : m === 2 ? 58 : undefined) : 60)),
    ELB: series((y, m) => (y === 2022 && m === 12 ? 3870 : y === 2023 ? (m === 1 ? 3890 : undefined) : 4000)),
  };
  const e = evaluateTarget(data, target({ indicator: "K2", unit: "percent", direction: ">=", value: 0.1 }), "2023-02");

  it("118 integrations on 3,880 eLb give a JFW of 3.04 %, below the in-year target of 3.3 %", () => {
    expect(e.current).toBeCloseTo(118 / 3880, 12); // 0.030412…
    expect(e.previous).toBeCloseTo(0.03, 12); // 120 / 4,000
    expect(e.inYearTarget).toBeCloseTo(0.033, 12); // 0.03 × 1.1
    expect(e.change).toBeCloseTo(118 / 3880 / 0.03 - 1, 12); // +1.4 %, short of +10 %
    expect(e.met).toBe(false);
    expect(e.status).toBe("atRisk");
    // Abstand zum unterjährigen Ziel: 0.030412 − 0.033 = −0.26 pp of the quota.
    expect(e.distanceToInYearTarget).toBeCloseTo(118 / 3880 - 0.033, 12);
  });

  it("a points target on the quota is spread by the previous year's profile (docs/in-year-targets.md)", () => {
    // 2022: 60 integrations a month on 4,000 → K2 Dec 2022 = 720 / 4,000 = 0.18, Feb 2022 = 0.03: share 1/6.
    // +0.3 pp for the year → in February 0.03 + 0.003 × 1/6 = 0.0305, not the full 0.033.
    const pts = evaluateTarget(data, target({ indicator: "K2", unit: "points", direction: ">=", value: 0.003 }), "2023-02");
    expect(pts.inYearTarget).toBeCloseTo(0.0305, 12);
    // 0.030412 < 0.0305: still at risk, by 0.0088 pp.
    expect(pts.status).toBe("atRisk");
    expect(pts.distanceToInYearTarget).toBeCloseTo(118 / 3880 - 0.0305, 12);
  });
});

describe("Düren II.1: integrations +1.9 % on 2,630", () => {
  // A year's total spread as 11 × floor(total / 12) plus the rest in December: 2,630 = 11 × 219 + 221.
  const spread = (total: number) => (m: number) => (m < 12 ? Math.floor(total / 12) : total - 11 * Math.floor(total / 12));
  const dataWith = (total2023: number): IndicatorData => ({ INT: series((y, m) => (y === 2023 ? spread(total2023)(m) : spread(2630)(m))) });

  it("the target total is 2,630 × 1.019 = 2,679.97, about 50 integrations more", () => {
    expect(2630 * 1.019).toBeCloseTo(2679.97, 9);
    expect(2630 * 0.019).toBeCloseTo(49.97, 9); // "= 50 Integrationen"
  });

  it("2,680 meets it in December: erreicht, nothing left to do", () => {
    const e = evaluateTarget(dataWith(2680), II1, "2023-12");
    expect(e.current).toBe(2680);
    expect(e.previous).toBe(2630);
    expect(e.change).toBeCloseTo(50 / 2630, 12); // +1.901 %
    expect(e.status).toBe("met");
    expect(e.narrowlyMissed).toBe(false);
    expect(e.shortfall).toEqual({ total: 0, perMonth: null });
  });

  it("2,679 misses it: nicht erreicht, narrowly (1.863 % shows as 1.9 %), one integration short", () => {
    const e = evaluateTarget(dataWith(2679), II1, "2023-12");
    expect(e.change).toBeCloseTo(49 / 2630, 12);
    expect(e.status).toBe("missed");
    expect(e.narrowlyMissed).toBe(true);
    // 2,679.97 − 2,679 = 0.97 → 1
    expect(e.shortfall).toEqual({ total: 1, perMonth: null });
  });

  it("+1.9 % computed as 1019/1000 − 1 meets +1.9 % although binary puts it just below 0.019", () => {
    const data: IndicatorData = { INT: series((y, m) => (m === 1 ? (y === 2023 ? 1019 : 1000) : 0)) };
    expect(1019 / 1000 - 1).toBeLessThan(0.019); // 0.018999999999999906
    const e = evaluateTarget(data, II1, "2023-12");
    expect(e.met).toBe(true);
    expect(e.status).toBe("met");
    expect(e.narrowlyMissed).toBe(false);
  });

  describe("in June with 2,600 a year (216 a month)", () => {
    const e = evaluateTarget(dataWith(2600), II1, "2023-06");
    it("the in-year target is last year's Jan–Jun × 1.019 and the JFW is below it: gefährdet", () => {
      // Jan–Jun 2023: 6 × 216 = 1,296; 2022: 6 × 219 = 1,314 → 1,314 × 1.019 = 1,338.966
      expect(e.current).toBe(1296);
      expect(e.inYearTarget).toBeCloseTo(1338.966, 9);
      expect(e.status).toBe("atRisk");
    });
    it("shortfall: 2,679.97 − 1,296 = 1,383.97 → 1,384, over 6 remaining months 230.67", () => {
      expect(e.shortfall?.total).toBe(1384);
      expect(e.shortfall?.perMonth).toBeCloseTo(1384 / 6, 12);
    });
    it("forecasts: seasonal 1,296 × 2,630 / 1,314 = 2,593.97; linear 1,296 / 6 × 12 = 2,592", () => {
      expect(e.forecast.seasonal).toBeCloseTo((1296 * 2630) / 1314, 9);
      expect(e.forecast.linear).toBeCloseTo(2592, 9);
    });
    it("path: every month with its JFW and in-year target", () => {
      expect(e.path.map((p) => p.month)).toEqual(["2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06"]);
      expect(e.path[0].actual).toBe(216);
      expect(e.path[0].inYearTarget).toBeCloseTo(219 * 1.019, 9); // 223.161
      expect(e.path[2].actual).toBe(648); // 3 × 216
      expect(e.path[2].inYearTarget).toBeCloseTo(657 * 1.019, 9); // 3 × 219 = 657
    });
  });
});

describe("units and directions", () => {
  it("K2 per cent vs points: +0.1 % of 25 % is 25.025 %, +0.1 pp is 25.1 %", () => {
    // 2022: 12 × 250 / 12,000 = 0.25. 2023: (256 + 11 × 250) / 12,000 = 3,006 / 12,000 = 0.2505 (+0.2 %, +0.05 pp).
    const data: IndicatorData = { INT: series((y, m) => (y === 2023 && m === 1 ? 256 : 250)), ELB: constant(12000) };
    const percent = evaluateTarget(data, II2, "2023-12");
    const points = evaluateTarget(data, { ...II2, unit: "points" }, "2023-12");
    expect(percent.inYearTarget).toBeCloseTo(0.25025, 12);
    expect(points.inYearTarget).toBeCloseTo(0.251, 12);
    expect(percent.change).toBeCloseTo(0.002, 12); // 0.2505 / 0.25 − 1
    expect(points.change).toBeCloseTo(0.0005, 12); // 0.2505 − 0.25
    expect(percent.status).toBe("met");
    expect(points.status).toBe("missed");
  });

  it("K3 −0.4 %: −0.6 % meets it, −0.3 % does not", () => {
    const good = evaluateTarget({ LZB: series((y) => (y === 2023 ? 9940 : 10000)) }, III1, "2023-12");
    expect(good.change).toBeCloseTo(-0.006, 12); // 9,940 / 10,000 − 1
    expect(good.status).toBe("met");
    const bad = evaluateTarget({ LZB: series((y) => (y === 2023 ? 9970 : 10000)) }, III1, "2023-12");
    expect(bad.change).toBeCloseTo(-0.003, 12); // 9,970 / 10,000 − 1
    expect(bad.status).toBe("missed");
    // During the year the same −0.6 % is on course.
    expect(evaluateTarget({ LZB: series((y) => (y === 2023 ? 9940 : 10000)) }, III1, "2023-05").status).toBe("onTrack");
  });

  describe("II.3: the gap men − women must shrink by at least 0.1 pp", () => {
    // Men 100 a month on 10,000 → 0.12 both years. Women 2022: 80 a month → 0.096, gap 0.024.
    const base = { INT_M: constant(100), ELB_M: constant(10000), ELB_F: constant(10000) };
    const withWomenJan = (jan: number): IndicatorData => ({ ...base, INT_F: series((y, m) => (y === 2023 && m === 1 ? jan : 80)) });
    it("exactly −0.1 pp meets it", () => {
      // 2023 women 90 + 11 × 80 = 970 → 0.097; gap 0.023; change −0.001
      const e = evaluateTarget(withWomenJan(90), II3, "2023-12");
      expect(e.current).toBeCloseTo(0.023, 12);
      expect(e.previous).toBeCloseTo(0.024, 12);
      expect(e.change).toBeCloseTo(-0.001, 12);
      expect(e.status).toBe("met");
    });
    it("−0.09 pp misses it, narrowly (shows as −0.1 pp)", () => {
      // 89 + 11 × 80 = 969 → 0.0969; gap 0.0231; change −0.0009
      const e = evaluateTarget(withWomenJan(89), II3, "2023-12");
      expect(e.change).toBeCloseTo(-0.0009, 12);
      expect(e.status).toBe("missed");
      expect(e.narrowlyMissed).toBe(true);
      expect(e.shortfall).toBeNull();
    });
    it("read as a distance when women are ahead", () => {
      // Women 2022 120 a month → 0.144: signed gap −0.024, distance 0.024. 2023 women 115 → 0.138: signed −0.018, distance 0.018.
      const data: IndicatorData = { ...base, INT_F: series((y) => (y === 2023 ? 115 : 120)) };
      const signed = evaluateTarget(data, II3, "2023-12");
      expect(signed.change).toBeCloseTo(0.006, 12); // −0.018 − (−0.024): the signed gap grows
      expect(signed.status).toBe("missed");
      const distance = evaluateTarget(data, { ...II3, gapMode: "abs" }, "2023-12");
      expect(distance.change).toBeCloseTo(-0.006, 12); // 0.018 − 0.024
      expect(distance.status).toBe("met");
    });
  });

  describe("a count target compares the level against last year's profile", () => {
    // 2022: 100 a month (1,200). Target 612 integrations; by June 612 × 600 / 1,200 = 306.
    const t = target({ indicator: "INT", unit: "count", direction: ">=", value: 612 });
    it("in June 300 < 306: gefährdet, 612 − 300 = 312 still needed, 52 a month", () => {
      const e = evaluateTarget({ INT: series((y) => (y === 2023 ? 50 : 100)) }, t, "2023-06");
      expect(e.inYearTarget).toBeCloseTo(306, 12);
      expect(e.current).toBe(300);
      expect(e.change).toBe(-300); // 300 − 600 (level difference)
      expect(e.status).toBe("atRisk");
      expect(e.shortfall).toEqual({ total: 312, perMonth: 52 });
    });
    it("in December it needs no previous year: 12 × 52 = 624 ≥ 612", () => {
      const e = evaluateTarget({ INT: series((y) => (y === 2023 ? 52 : undefined)) }, t, "2023-12");
      expect(e.status).toBe("met");
      expect(e.previous).toBeNull();
      expect(e.inYearTarget).toBe(612);
    });
  });
});

describe("shortfall of a quota target", () => {
  it("K2 +0.1 %: target quota × forecast lagged stock − integrations so far", () => {
    // 2022: 12 × 100 / 10,000 = 0.12 → goal 0.12 × 1.001 = 0.12012. Stock 10,000 throughout → forecast 10,000.
    // Needed 0.12012 × 10,000 = 1,201.2; Jan–Jun 2023 6 × 100 = 600 → 601.2 → 602; per month 602 / 6.
    const data: IndicatorData = { INT: series((y, m) => (y === 2023 && m > 6 ? undefined : 100)), ELB: constant(10000) };
    const e = evaluateTarget(data, II2, "2023-06");
    expect(e.shortfall?.total).toBe(602);
    expect(e.shortfall?.perMonth).toBeCloseTo(602 / 6, 12);
  });
  it("K3 has none", () => {
    expect(evaluateTarget({ LZB: constant(100) }, III1, "2023-06").shortfall).toBeNull();
  });
});

describe("missing data", () => {
  it("is listed and named, never read as zero: keine Daten", () => {
    const data: IndicatorData = { INT: series((y, m) => (y === 2023 && m === 3 ? undefined : 200)) };
    const e = evaluateTarget(data, II1, "2023-04");
    expect(e.status).toBe("noData");
    expect(e.met).toBeNull();
    expect(e.current).toBeNull();
    expect(e.previous).toBe(800); // 4 × 200 is there
    expect(e.change).toBeNull();
    expect(e.shortfall).toBeNull();
    expect(e.missing).toEqual([{ code: "INT", month: "2023-03" }]);
    expect(text(e.problem!.message)).toContain("März 2023");
    expect(text(e.problem!.message, "en")).toContain("March 2023");
    // The path keeps the months before the gap.
    expect(e.path.map((p) => p.actual)).toEqual([200, 400, null, null]);
  });

  it("a zero is a value, not a gap", () => {
    const data: IndicatorData = { INT: series((y, m) => (y === 2023 && m === 3 ? 0 : 200)) };
    const e = evaluateTarget(data, II1, "2023-04");
    expect(e.missing).toEqual([]);
    expect(e.current).toBe(600); // 200 + 200 + 0 + 200
  });

  it("a previous year of zero has no relative change and says why", () => {
    const e = evaluateTarget({ INT: series((y) => (y === 2023 ? 5 : 0)) }, II1, "2023-12");
    expect(e.change).toBeNull();
    expect(e.status).toBe("noData");
    expect(e.problem?.kind).toBe("DIV0");
  });
});

describe("evaluate, monitoring and latestCompleteMonth", () => {
  // Every data code 100 a month, LLU 1,000,000 in 2022 and 1,050,000 in 2023; 2023 ends in August.
  const full: IndicatorData = Object.fromEntries(
    DATA_CODES.map((c) => [c, series((y, m) => (y === 2023 && m > 8 ? undefined : c === "LLU" ? (y === 2023 ? 1_050_000 : 1_000_000) : 100))]),
  );

  it("evaluates every target and monitoring item; monitoring is shown, not judged", () => {
    const e = evaluate(full, DUEREN_2023, "2023-08");
    expect(e.targets.map((t) => t.target.id)).toEqual(["II.1", "II.2", "II.3", "III.1", "III.2"]);
    const llu = e.monitoring.find((m) => m.item.indicator === "LLU")!;
    expect(llu.change).toBeCloseTo(0.05, 12); // 8 × 1,050,000 / (8 × 1,000,000) − 1
    expect(llu.changeUnit).toBe("percent");
    const share = e.monitoring.find((m) => m.item.indicator === "BD_SHARE")!;
    expect(share.changeUnit).toBe("points");
    expect(share.current).toBeCloseTo(1, 12); // 800 / 800
    expect(share.change).toBeCloseTo(0, 12);
  });

  it("a monitoring item with a gap lists it", () => {
    const m = evaluateMonitoring(full, DUEREN_2023.monitoring[0], "2023-09");
    expect(m.current).toBeNull();
    expect(m.missing).toEqual([{ code: "LLU", month: "2023-09" }]);
    expect(m.problem?.kind).toBe("NA");
  });

  it("the latest complete month is August; none without data", () => {
    expect(latestCompleteMonth(full, DUEREN_2023)).toBe("2023-08");
    expect(latestCompleteMonth({}, DUEREN_2023)).toBeNull();
  });

  it("a gap in May makes April the latest complete month", () => {
    const data: IndicatorData = { ...full, INT_LZB: series((y, m) => (y === 2023 && m === 5 ? undefined : 100)) };
    expect(latestCompleteMonth(data, DUEREN_2023)).toBe("2023-04");
  });

  it("the previous year's same months and the lagged December stock count", () => {
    const k2Only: TargetSet = { ...DUEREN_2023, targets: [II2], monitoring: [] };
    // Without June 2022 the 2023 JFW from June on has no comparison.
    const noJune2022: IndicatorData = { ...full, INT: series((y, m) => ((y === 2023 && m > 8) || (y === 2022 && m === 6) ? undefined : 100)) };
    expect(latestCompleteMonth(noJune2022, k2Only)).toBe("2023-05");
    // Without the eLb stock of December 2021 the 2022 K2 JFW of every month lacks its first lagged month.
    const noDec2021: IndicatorData = { ...full, ELB: series((y, m) => ((y === 2023 && m > 8) || (y === 2021 && m === 12) ? undefined : 100)) };
    expect(latestCompleteMonth(noDec2021, k2Only)).toBeNull();
  });
});

describe("in-year target of a points target on the gap (docs/in-year-targets.md, example 3)", () => {
  // 2022: men 30 integrations a month, women 20, both on a stock of 1,000 → K2 men 0.03·m, women 0.02·m,
  // gap 0.01·m; in December 0.36, 0.24 and 0.12. Profile of the two quotas: 0.05·m ÷ 0.60 = m/12.
  // 2023: men 30, women 21 a month → gap in March (90 − 63) ÷ 1,000 = 0.027.
  const data: IndicatorData = {
    INT_M: constant(30),
    INT_F: series((y) => (y === 2023 ? 21 : 20)),
    ELB_M: constant(1000),
    ELB_F: constant(1000),
  };
  const gapTarget = target({ indicator: "GAP", unit: "points", direction: "<=", value: -0.001, gapMode: "signed" });

  it("demands a quarter of the −0.1 pp by March: 0.03 − 0.001 × 3/12 = 0.02975", () => {
    const e = evaluateTarget(data, gapTarget, "2023-03");
    expect(e.previous).toBeCloseTo(0.03, 12);
    expect(e.current).toBeCloseTo(0.027, 12);
    expect(e.inYearTarget).toBeCloseTo(0.02975, 12);
    expect(e.distanceToInYearTarget).toBeCloseTo(-0.00275, 12);
    expect(e.status).toBe("onTrack");
  });

  it("demands the full −0.1 pp in December: 0.12 − 0.001 = 0.119", () => {
    const e = evaluateTarget(data, gapTarget, "2023-12");
    // 2023: (360 − 252) ÷ 1,000 = 0.108; change −1.2 pp against the target −0.1 pp: distance −1.1 pp.
    expect(e.inYearTarget).toBeCloseTo(0.119, 12);
    expect(e.change).toBeCloseTo(-0.012, 12);
    expect(e.distanceToTarget).toBeCloseTo(-0.011, 12);
    expect(e.status).toBe("met");
  });
});

describe("a points target is judged against its in-year level before December, not against the full points", () => {
  it("K2 +0,3 Pp.: 124 ÷ 4.000 = 3,10 % in February meets 3,0 % + 0,3 Pp. × 1/6 = 3,05 %: auf Kurs, +0,05 Pp.", () => {
    // 2022: 60 a month on 4,000 → P(2) = 3,0 %, P(12) = 18,0 %, s(2) = 1/6; 2023: 62 a month.
    // The change is only +0,1 Pp. of the +0,3 Pp. agreed for the year, but a sixth of them is due by February.
    const data: IndicatorData = { INT: series((y) => (y === 2023 ? 62 : 60)), ELB: constant(4000) };
    const e = evaluateTarget(data, target({ indicator: "K2", unit: "points", direction: ">=", value: 0.003 }), "2023-02");
    expect(e.current).toBeCloseTo(0.031, 12);
    expect(e.inYearTarget).toBeCloseTo(0.0305, 12);
    expect(e.change).toBeCloseTo(0.001, 12);
    expect(e.distanceToInYearTarget).toBeCloseTo(0.0005, 12);
    expect(e.status).toBe("onTrack");
  });

  it("the gap −0,1 Pp. (Düren II.3): March 2,97 Pp. ≤ 3,0 Pp. − 0,1 Pp. × 3/12 = 2,975 Pp.: auf Kurs; December judged on the full −0,1 Pp.", () => {
    // 2022: men 30, women 20 a month on 1,000 each → gap 0,01·m, s(m) = m/12. 2023: women 20,1 a month.
    // March 2023: (90 − 60,3) ÷ 1.000 = 2,97 Pp., a change of only −0,03 Pp. (the full −0,1 Pp. would say gefährdet).
    const data: IndicatorData = { INT_M: constant(30), INT_F: series((y) => (y === 2023 ? 20.1 : 20)), ELB_M: constant(1000), ELB_F: constant(1000) };
    const gap = target({ indicator: "GAP", unit: "points", direction: "<=", value: -0.001, gapMode: "signed" });
    const march = evaluateTarget(data, gap, "2023-03");
    expect(march.current).toBeCloseTo(0.0297, 12);
    expect(march.inYearTarget).toBeCloseTo(0.02975, 12);
    expect(march.status).toBe("onTrack");
    // December: (360 − 241,2) ÷ 1.000 = 11,88 Pp. against 12,0 Pp.: −0,12 Pp. ≤ −0,1 Pp., erreicht
    const december = evaluateTarget(data, gap, "2023-12");
    expect(december.change).toBeCloseTo(-0.0012, 12);
    expect(december.status).toBe("met");
  });
});

describe("degree of attainment of a count target", () => {
  it("580 integrations of 672 agreed are 86.3 %", () => {
    // 2023: 48 a month in Jan–Nov and 52 in December = 580; 2022: 50 a month.
    const data: IndicatorData = { INT: series((y, m) => (y === 2023 ? (m === 12 ? 52 : 48) : 50)) };
    const e = evaluateTarget(data, target({ indicator: "INT", unit: "count", direction: ">=", value: 672 }), "2023-12");
    expect(e.current).toBe(580);
    expect(e.attainment).toBeCloseTo(580 / 672, 12);
    expect(Math.round((e.attainment ?? 0) * 1000) / 10).toBe(86.3);
    expect(e.distanceToTarget).toBe(-92);
  });
});


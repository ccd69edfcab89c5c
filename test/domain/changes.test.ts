import { changeIn, inYearTargetLevel, monitoringChangeUnit } from "../../src/domain/changes";
import type { Target } from "../../src/domain/targets";

const t = (partial: Partial<Target>): Target => ({ id: "T", goal: "II", indicator: "K2", unit: "percent", direction: ">=", value: 0.001, wording: "", ...partial });

describe("changes in a target's unit", () => {
  it("per cent is relative, points a difference: +0.1 % of 25 % is 25.025 %, +0.1 pp is 25.1 %", () => {
    // 0.25025 / 0.25 − 1 = 0.001
    const rel = changeIn("percent", 0.25025, 0.25);
    expect(rel.ok && rel.value).toBeCloseTo(0.001, 12);
    // 0.251 − 0.25 = 0.001
    const pts = changeIn("points", 0.251, 0.25);
    expect(pts.ok && pts.value).toBeCloseTo(0.001, 12);
    // The same levels read the other way are far apart: 0.251 / 0.25 − 1 = 0.004
    const relOfPoints = changeIn("percent", 0.251, 0.25);
    expect(relOfPoints.ok && relOfPoints.value).toBeCloseTo(0.004, 12);
  });

  it("a count target's change is the level difference; a previous value of 0 has no relative change", () => {
    const c = changeIn("count", 650, 612);
    expect(c.ok && c.value).toBe(38);
    const z = changeIn("percent", 5, 0);
    expect(z.ok ? "value" : z.error.kind).toBe("DIV0");
  });

  it("monitoring: rates change in points, amounts and counts in per cent", () => {
    expect(monitoringChangeUnit("share")).toBe("points");
    expect(monitoringChangeUnit("quota")).toBe("points");
    expect(monitoringChangeUnit("flow")).toBe("percent");
    expect(monitoringChangeUnit("stock")).toBe("percent");
  });
});

describe("in-year target level", () => {
  it("percent: previous(m) × (1 + value); points on a quota: previous(m) + value × last year's share", () => {
    // 0.25 × 1.001 = 0.25025
    expect(inYearTargetLevel(t({}), 6, 0.25, null)).toBeCloseTo(0.25025, 12);
    expect(inYearTargetLevel(t({}), 6, null, null)).toBeNull();
    const k2Points = t({ indicator: "K2", unit: "points", value: 0.001 });
    // June: half of last year's December quota reached → 0.125 + 0.001 × 0.5 = 0.1255; December the full point.
    expect(inYearTargetLevel(k2Points, 6, 0.125, 0.5)).toBeCloseTo(0.1255, 12);
    expect(inYearTargetLevel(k2Points, 12, 0.25, null)).toBeCloseTo(0.251, 12);
    expect(inYearTargetLevel(k2Points, 6, 0.125, null)).toBeNull();
    // The share of bedarfsdeckende integrations is a ratio, not a running total: the full point every month.
    expect(inYearTargetLevel(t({ indicator: "BD_SHARE", unit: "points", value: 0.01 }), 3, 0.45, null)).toBeCloseTo(0.46, 12);
  });

  it("count on a flow follows last year's profile; in December and on a stock it is the value", () => {
    const count = t({ indicator: "INT", unit: "count", value: 612 });
    // 612 × 0.5 = 306
    expect(inYearTargetLevel(count, 6, 600, 0.5)).toBe(306);
    expect(inYearTargetLevel(count, 6, null, null)).toBeNull();
    expect(inYearTargetLevel(count, 12, null, null)).toBe(612);
    expect(inYearTargetLevel(t({ indicator: "LZB", unit: "count", direction: "<=", value: 7000 }), 3, null, null)).toBe(7000);
  });
});

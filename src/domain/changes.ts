/**
 * Changes against the previous year and the in-year target level, in a target's unit. Per cent and
 * percentage points are different targets: +0.1 % of a quota of 25 % is 25.025 %, +0.1 pp is 25.1 %.
 */
import { pointChange, relativeChange } from "./figures";
import { INDICATORS, type IndicatorKind } from "./indicators";
import { ok, type Result } from "./result";
import type { Target, TargetUnit } from "./targets";

/** "percent": current ÷ previous − 1; "points": current − previous; "count": the level difference. */
export function changeIn(unit: TargetUnit, current: number, previous: number): Result<number> {
  return unit === "percent" ? relativeChange(current, previous) : ok(pointChange(current, previous));
}

/** The unit a monitoring item's change is shown in: points for rates, per cent for amounts and counts. */
export function monitoringChangeUnit(kind: IndicatorKind): "percent" | "points" {
  return kind === "share" || kind === "quota" || kind === "gap" ? "points" : "percent";
}

/**
 * The level the JFW should reach by month m.
 * - percent: previous year's JFW at m × (1 + value); points: previous(m) + value;
 * - count on a flow: the agreed total × the share of last year's total reached by m (1 in December);
 * - count on a stock, quota or share: the agreed level itself.
 * `previousAtMonth` and `previousShare` are null when the previous year lacks data.
 */
export function inYearTargetLevel(target: Target, month: number, previousAtMonth: number | null, previousShare: number | null): number | null {
  switch (target.unit) {
    case "percent":
      return previousAtMonth === null ? null : previousAtMonth * (1 + target.value);
    case "points":
      return previousAtMonth === null ? null : previousAtMonth + target.value;
    case "count":
      if (INDICATORS[target.indicator].kind !== "flow") return target.value;
      if (month === 12) return target.value;
      return previousShare === null ? null : target.value * previousShare;
  }
}

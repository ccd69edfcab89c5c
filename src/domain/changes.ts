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
 * Whether a target's in-year level follows the previous year's profile (the share of last year's December
 * JFW reached by month m): the JFW of a flow, a quota and the gap of two quotas grows over the year
 * (a quota's JFW in February is about 2/12 of the year's), so an amount agreed for the year is spread
 * the same way. Stocks and shares are levels of a single month or a ratio: they need no profile.
 */
export function followsProfile(target: Pick<Target, "unit" | "indicator">): boolean {
  const kind = INDICATORS[target.indicator].kind;
  if (target.unit === "count") return kind === "flow" || kind === "quota";
  if (target.unit === "points") return kind === "quota" || kind === "gap";
  return false;
}

/**
 * The level the JFW should reach by month m (docs/in-year-targets.md works every case by hand).
 * - percent: previous year's JFW at m × (1 + value) – the profile is in the previous JFW already;
 * - points on a quota or the gap: previous(m) + value × share(m), share(m) = the previous year's profile;
 *   on a share: previous(m) + value;
 * - count on a flow or a quota: the agreed level × share(m); on a stock or share: the agreed level itself.
 * In December share = 1. `previousAtMonth` and `previousShare` are null when the previous year lacks data.
 */
export function inYearTargetLevel(target: Target, month: number, previousAtMonth: number | null, previousShare: number | null): number | null {
  const share = month === 12 ? 1 : previousShare;
  switch (target.unit) {
    case "percent":
      return previousAtMonth === null ? null : previousAtMonth * (1 + target.value);
    case "points":
      if (previousAtMonth === null) return null;
      if (!followsProfile(target)) return previousAtMonth + target.value;
      return share === null ? null : previousAtMonth + target.value * share;
    case "count":
      if (!followsProfile(target)) return target.value;
      return share === null ? null : target.value * share;
  }
}

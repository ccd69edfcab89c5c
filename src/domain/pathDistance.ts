/**
 * "Are we on track?" per month: the distance of the JFW to the in-year target path, in the target's
 * unit, and the half range of an axis around zero (the path) that keeps noise from looking like a trend.
 * Used by the pane's chart and the report's native charts alike.
 */
import type { PathPoint } from "./evaluation";
import type { Target } from "./targets";

/**
 * Counts as a difference, per-cent targets relative to the path (actual ÷ path − 1), points targets as
 * the difference of the quotas (a fraction). Zero is the path; above zero is "more than the path".
 */
export function distanceToPath(unit: Target["unit"], p: PathPoint): number | null {
  if (p.actual === null || p.inYearTarget === null || !Number.isFinite(p.actual) || !Number.isFinite(p.inYearTarget)) return null;
  if (unit === "percent") return p.inYearTarget === 0 ? null : p.actual / p.inYearTarget - 1;
  return p.actual - p.inYearTarget;
}

/** Half the height of the axis: never less than a band that keeps noise from looking like a trend. */
export const MIN_BAND: Record<Target["unit"], number> = { percent: 0.02, points: 0.002, count: 10 };

/** Half range of a symmetric axis around zero: the largest distance plus 15 %, at least the unit's band. */
export function distanceHalfRange(unit: Target["unit"], distances: readonly number[]): number {
  return Math.max(MIN_BAND[unit], ...distances.map((d) => Math.abs(d) * 1.15));
}

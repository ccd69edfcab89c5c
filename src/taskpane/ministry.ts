/**
 * What the ministry view shows per Jobcenter and target: the distance to the target in the target's
 * unit (positive = better than agreed, whatever the direction) and, for count targets, the degree of
 * attainment (580 of 672 = 86,3 %). Pure; the pane's only place for these two figures.
 */
import type { TargetEvaluation } from "../domain/evaluation";

/** Change (percent, points) or level (count) minus the agreed value, signed so that ≥ 0 meets the target. */
export function distanceOf(ev: TargetEvaluation): number | null {
  const { target } = ev;
  const reached = target.unit === "count" ? ev.current : ev.change;
  if (reached === null || !Number.isFinite(reached)) return null;
  const d = target.direction === ">=" ? reached - target.value : target.value - reached;
  return target.unit === "count" ? d : Number(d.toPrecision(12));
}

/** Share of a count target reached so far (current ÷ agreed value); null for other units or without data. */
export function attainmentOf(ev: TargetEvaluation): number | null {
  if (ev.target.unit !== "count" || ev.current === null || ev.target.value <= 0) return null;
  return ev.current / ev.target.value;
}

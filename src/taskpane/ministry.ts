/**
 * What the ministry view shows per Jobcenter and target, read from the domain's evaluation and written
 * with the domain's formats: no arithmetic of its own, so the pane says what the CLI, the summary sheet
 * and the report say (docs/in-year-targets.md, "Abstand zum unterjährigen Ziel").
 */
import { formatDistance, formatLevel, type Lang } from "../domain/display";
import { formatPercent } from "../domain/numbers";
import type { TargetEvaluation } from "../domain/evaluation";

/**
 * "Abstand zum unterjährigen Ziel": the JFW minus the in-year target, in the indicator's unit, negative =
 * below it whatever the target's direction (for a "höchstens" target below is better). Null without data.
 */
export function distanceOf(ev: TargetEvaluation): number | null {
  return ev.distanceToInYearTarget ?? null;
}

/**
 * A Jobcenter's place when sorting by distance, worst first: the distance turned so that lower is worse
 * whatever the target's direction. "mindestens": below the target path is worse, so the distance itself;
 * "höchstens": above it is worse, so the distance negated (+14 before +4 before −6). Null without one.
 */
export function worseFirstKey(ev: TargetEvaluation): number | null {
  const d = distanceOf(ev);
  if (d === null) return null;
  return ev.target.direction === "<=" ? -d : d;
}

/** The distance as the CLI's table and the summary sheet show it: "−18", "−0,45 Pp.", "−6,0"; "–" without one. */
export function distanceText(ev: TargetEvaluation | null, lang: Lang): string {
  return ev ? formatDistance(ev.target.indicator, distanceOf(ev), lang) : "–";
}

/**
 * The degree of attainment of a "mindestens" count target (the domain's `attainment`) with the two levels
 * it divides, in the indicator's format: ["288", "612", "47,1 %"], ["7,20 %", "16,00 %", "45,0 %"]. Null
 * where the domain has none (other units, "höchstens", no data).
 */
export function attainmentParts(ev: TargetEvaluation, lang: Lang): [current: string, agreed: string, share: string] | null {
  if (ev.attainment == null || ev.current === null) return null;
  const code = ev.target.indicator;
  return [formatLevel(code, ev.current, lang), formatLevel(code, ev.target.value, lang), formatPercent(ev.attainment, 1, false, lang)];
}

/**
 * How figures are shown to a controller, in one place for the task pane, the CLI and the sheets:
 * German first, units explicit (per cent vs percentage points), one decimal for changes.
 */
import { INDICATORS, type IndicatorCode } from "./indicators";
import { formatNumberDe, formatPercent, formatPoints, roundHalfAway } from "./numbers";
import type { Status } from "./evaluation";
import type { Target, TargetUnit } from "./targets";
import { msg, text, type Lang } from "./messages";
import type { PublishedFigure } from "./rolling";

export type { Lang } from "./messages";

/** A JFW level: counts whole, euros whole with €, quotas and shares as per cent with two decimals, the gap in points. */
export function formatLevel(code: IndicatorCode, value: number | null, lang: Lang = "de"): string {
  if (value === null) return "–";
  const def = INDICATORS[code];
  if (code === "GAP") return formatPoints(value, 2, lang).replace(/^\+/, "");
  if (def.unit === "fraction") return formatPercent(value, 2, false, lang);
  if (def.unit === "euro") return `${formatNumberDe(value, 0, lang)} €`;
  return formatNumberDe(value, def.kind === "stock" ? 1 : 0, lang);
}

/** A change in the target's unit: "+1,9 %", "−0,1 Pp.", "+50". */
export function formatChange(unit: TargetUnit | "percent" | "points", value: number | null, lang: Lang = "de"): string {
  if (value === null) return "–";
  if (unit === "percent") return formatPercent(value, 1, true, lang);
  if (unit === "points") return formatPoints(value, 1, lang);
  return `${value > 0 ? "+" : ""}${formatNumberDe(value, 0, lang)}`;
}

/**
 * The decimals a target was written with (0.0025 → 2 for "0,25 %"), at least `min`, at most 4: a target
 * is shown as agreed, never rounded ("−0,25 %" stays "−0,25 %", "+0,1 Pp." stays "+0,1 Pp.").
 */
export function targetDecimals(value: number, scale: number, min: number): number {
  const x = Math.abs(value * scale);
  for (let d = min; d < 4; d++) if (Math.abs(roundHalfAway(x, d) - x) < 1e-9 * Math.max(1, x)) return d;
  return 4;
}

/**
 * The target as the agreement reads it, in its own precision: "≥ +1,9 %", "≤ −0,25 %", "≤ −0,1 Pp.";
 * a level (unit "count") says so: "Niveau ≥ 612", "Niveau ≥ 21,0 %" for a quota, "Niveau ≤ 2,0 Pp." for the gap.
 */
export function formatTarget(target: Pick<Target, "unit" | "direction" | "value" | "indicator">, lang: Lang = "de"): string {
  const sign = target.direction === ">=" ? "≥" : "≤";
  const v = target.value;
  if (target.unit === "percent") return `${sign} ${formatPercent(v, targetDecimals(v, 100, 1), true, lang)}`;
  if (target.unit === "points") return `${sign} ${formatPoints(v, targetDecimals(v, 100, 1), lang)}`;
  const level = msg("label.level", undefined, lang);
  const def = INDICATORS[target.indicator];
  if (target.indicator === "GAP") return `${level} ${sign} ${formatPoints(v, targetDecimals(v, 100, 1), lang).replace(/^\+/, "")}`;
  if (def.unit === "fraction") return `${level} ${sign} ${formatPercent(v, targetDecimals(v, 100, 1), false, lang)}`;
  return `${level} ${sign} ${formatNumberDe(v, targetDecimals(v, 1, 0), lang)}`;
}

/** The word for a status code: "nicht erreicht" / "not met". */
/**
 * The target as a sheet cell, in its own precision: the value in the cell's scale and an Excel number
 * format with the target's decimals ("−0,25 %" as -0.0025 with "+0.00%", "+0,1 Pp." as 0.1 with points).
 */
export function targetCell(target: Pick<Target, "unit" | "value" | "indicator">): { value: number; numberFormat: string } {
  const v = target.value;
  const d = (min: number, scale: number) => targetDecimals(v, scale, min);
  const zeros = (n: number) => (n > 0 ? `.${"0".repeat(n)}` : "");
  const signed = (f: string) => `+${f};-${f};${f}`;
  if (target.unit === "percent") return { value: v, numberFormat: signed(`0${zeros(d(1, 100))}%`) };
  if (target.unit === "points") return { value: v * 100, numberFormat: signed(`0${zeros(d(1, 100))}" Pp."`) };
  if (target.indicator === "GAP") return { value: v * 100, numberFormat: `0${zeros(d(1, 100))}" Pp."` };
  if (INDICATORS[target.indicator].unit === "fraction") return { value: v, numberFormat: `0${zeros(d(1, 100))}%` };
  return { value: v, numberFormat: `#,##0${zeros(d(0, 1))}` };
}

export function statusLabel(status: Status, lang: Lang = "de"): string {
  return msg(`status.${status}`, undefined, lang);
}

/** What a status means, for legends: "Ziel nicht erreicht (Dezember)". */
export function statusMeaning(status: Status, lang: Lang = "de"): string {
  return msg(`legend.${status}`, undefined, lang);
}

export function unitLabel(unit: TargetUnit, lang: Lang = "de"): string {
  return msg(`unit.${unit}`, undefined, lang);
}

export function indicatorName(code: IndicatorCode, lang: Lang = "de"): string {
  return msg("indicator.name", { code }, lang);
}

/** "Abstand zum unterjährigen Ziel" in the indicator's unit, signed: "+1", "+141,4", "−0,43 Pp.", "+1.234 €". */
export function formatDistance(code: IndicatorCode, value: number | null, lang: Lang = "de"): string {
  if (value === null) return "–";
  const def = INDICATORS[code];
  if (def.unit === "fraction") return formatPoints(value, 2, lang);
  const digits = def.kind === "stock" ? 1 : 0;
  const shown = formatNumberDe(value, digits, lang);
  return `${value > 0 && shown !== formatNumberDe(0, digits, lang) ? "+" : ""}${shown}${def.unit === "euro" ? " €" : ""}`;
}

/**
 * Why a published key figure has no value – series not in the workbook, blank months (named), or the
 * domain's reason (e.g. a zero a year earlier); null when it has one. The pane and the report say the same.
 */
export function publishedReason(f: PublishedFigure, lang: Lang): string | null {
  if (f.value !== null) return null;
  if (f.absent.length > 0) return msg("rolling.noSeries", { series: f.absent.map((c) => indicatorName(c, lang)).join(", ") }, lang);
  if (f.missing.length > 0) return msg("err.valuesMissing", { missing: f.missing }, lang);
  return f.problem ? text(f.problem.message, lang) : msg("rolling.monthsMissing", undefined, lang);
}

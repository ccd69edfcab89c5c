/**
 * The arithmetic kernels of the key figures, on plain arrays of monthly values. `null` is a missing
 * month and is reported, never treated as zero. Rates and changes are fractions (0.019 = 1.9 %);
 * percentage points too (0.001 = 0.1 pp).
 */
import { roundHalfAway } from "./numbers";
import { message, type Message } from "./messages";
import { fail, ok, type Result } from "./result";
import type { Direction, GapMode } from "./targets";

export type MonthValue = number | null;

/** A label for messages: a text (as the caller names the range) or a code of the catalogue. */
export type Label = string | Message;

/** Where a value stands, for messages: "Wert 3" or with the caller's label "Integrationen, Wert 3". */
export function position(label: Label | undefined, i: number): Message {
  return label ? message("label.valueOf", { label, index: i + 1 }) : message("label.value", { index: i + 1 });
}

/** Checks that every month is present; the error names the first gap. */
export function complete(values: readonly MonthValue[], label?: Label): Result<number[]> {
  if (values.length === 0) return fail("NA", "err.noValues", { what: label ?? message("label.range") });
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      return fail("NA", "err.valueMissing", { what: position(label, i) });
    }
    if (typeof v !== "number" || !Number.isFinite(v)) {
      return fail("VALUE", "err.notANumber", { what: position(label, i) });
    }
  }
  return ok(values as number[]);
}

export function sum(values: readonly MonthValue[], label?: Label): Result<number> {
  const c = complete(values, label);
  if (!c.ok) return c;
  let s = 0;
  for (const v of c.value) s += v;
  return ok(s);
}

export function mean(values: readonly MonthValue[], label?: Label): Result<number> {
  const s = sum(values, label);
  return s.ok ? ok(s.value / values.length) : s;
}

/** Two ranges over the same months; #VALUE! naming both lengths otherwise. */
export function sameLength(a: readonly unknown[], b: readonly unknown[], what: Label): Result<true> {
  return a.length === b.length ? ok(true) : fail("VALUE", "err.lengthsDiffer", { what, a: a.length, b: b.length });
}

/**
 * Integrationsquote: Σ integrations ÷ Ø eLb stock. The caller passes the lagged stock months
 * (Dec(y−1) … (m−1) for a JFW), one per integration month.
 */
export function quota(integrations: readonly MonthValue[], stock: readonly MonthValue[]): Result<number> {
  const len = sameLength(integrations, stock, message("label.integrationRate"));
  if (!len.ok) return len;
  const s = sum(integrations, message("label.integrations"));
  if (!s.ok) return s;
  const m = mean(stock, message("label.stock"));
  if (!m.ok) return m;
  if (m.value === 0) return fail("DIV0", "err.stockZero");
  return ok(s.value / m.value);
}

/** Relative change current ÷ previous − 1 (K1, K3, integrations …). */
export function relativeChange(current: number, previous: number): Result<number> {
  if (previous === 0) return fail("DIV0", "err.previousZero");
  return ok(current / previous - 1);
}

/** Difference in percentage points of two fractions (0.251 − 0.25 = 0.001 = 0.1 pp). */
export function pointChange(current: number, previous: number): number {
  return current - previous;
}

/** Gap of two quotas: men − women (signed, default) or the absolute distance. */
export function gap(quotaMen: number, quotaWomen: number, mode: GapMode = "signed"): number {
  const g = quotaMen - quotaWomen;
  return mode === "abs" ? Math.abs(g) : g;
}

/** Tolerance for comparisons: binary rounding (1019/1000 − 1 vs 0.019) must not flip a status. */
export function tolerance(a: number, b: number): number {
  return 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether `actual` meets `target` in `direction`, comparing unrounded values with a binary-rounding tolerance. */
export function meets(actual: number, target: number, direction: Direction): boolean {
  const eps = tolerance(actual, target);
  return direction === ">=" ? actual >= target - eps : actual <= target + eps;
}

/**
 * "knapp verfehlt": displayed with one decimal (per cent or points) the values tie, yet the unrounded
 * actual misses. `scale` is 100 for fractions shown as % or pp, 1 for counts.
 */
export function narrowlyMissed(actual: number, target: number, direction: Direction, scale = 100, decimals = 1): boolean {
  if (meets(actual, target, direction)) return false;
  // More than one displayed unit apart: the rounded values cannot tie (spares the rounding below).
  if (Math.abs(actual - target) * scale > 2 * 10 ** -decimals) return false;
  // Round as the display does (half away from zero): Math.round would send −0.35 to −0.3, not −0.4.
  return roundHalfAway(actual * scale, decimals) === roundHalfAway(target * scale, decimals);
}

/**
 * Seasonal forecast of a year's total: the months so far, scaled by the share the same months had in
 * the previous year's total (the previous year's monthly profile).
 */
export function forecastSeasonal(currentMonths: readonly MonthValue[], previousYear: readonly MonthValue[]): Result<number> {
  if (previousYear.length !== 12)
    return fail("VALUE", "err.forecastPreviousYear", { count: previousYear.length });
  if (currentMonths.length < 1 || currentMonths.length > 12)
    return fail("VALUE", "err.forecastMonths", { count: currentMonths.length });
  const cur = sum(currentMonths, message("label.currentYear"));
  if (!cur.ok) return cur;
  const prevAll = sum(previousYear, message("label.previousYear"));
  if (!prevAll.ok) return prevAll;
  const prevPart = sum(previousYear.slice(0, currentMonths.length), message("label.previousYear"));
  if (!prevPart.ok) return prevPart;
  if (prevPart.value === 0) return fail("DIV0", "err.forecastPreviousSumZero");
  return ok((cur.value * prevAll.value) / prevPart.value);
}

/** Linear forecast of a year's total: the average month so far × 12. */
export function forecastLinear(currentMonths: readonly MonthValue[]): Result<number> {
  if (currentMonths.length < 1 || currentMonths.length > 12)
    return fail("VALUE", "err.forecastMonths", { count: currentMonths.length });
  const cur = sum(currentMonths, message("label.currentYear"));
  return cur.ok ? ok((cur.value / currentMonths.length) * 12) : cur;
}

/** Integrations still needed to reach a year's target total: whole integrations, never negative. */
export function shortfall(targetTotal: number, currentMonths: readonly MonthValue[]): Result<number> {
  const cur = sum(currentMonths, message("label.currentYear"));
  if (!cur.ok) return cur;
  const missing = targetTotal - cur.value;
  return ok(missing <= tolerance(targetTotal, cur.value) ? 0 : Math.ceil(missing - tolerance(targetTotal, cur.value)));
}

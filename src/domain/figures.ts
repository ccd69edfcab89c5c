/**
 * The arithmetic kernels of the key figures, on plain arrays of monthly values. `null` is a missing
 * month and is reported, never treated as zero. Rates and changes are fractions (0.019 = 1.9 %);
 * percentage points too (0.001 = 0.1 pp).
 */
import { roundHalfAway } from "./numbers";
import { fail, ok, type Result } from "./result";
import type { Direction } from "./targets";

export type MonthValue = number | null;

/** Where a value stands, for messages: "Monat 3" or a caller-supplied label like "Integrationen, Monat 3". */
function position(label: string | undefined, i: number): { de: string; en: string } {
  return label ? { de: `${label}, Wert ${i + 1}`, en: `${label}, value ${i + 1}` } : { de: `Wert ${i + 1}`, en: `value ${i + 1}` };
}

/** Checks that every month is present; the error names the first gap. */
export function complete(values: readonly MonthValue[], label?: string): Result<number[]> {
  if (values.length === 0) return fail("NA", `${label ?? "Bereich"}: keine Werte`, `${label ?? "range"}: no values`);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      const p = position(label, i);
      return fail("NA", `${p.de} fehlt (leere Zelle ist keine Null)`, `${p.en} is missing (a blank cell is not zero)`);
    }
    if (typeof v !== "number" || !Number.isFinite(v)) {
      const p = position(label, i);
      return fail("VALUE", `${p.de} ist keine Zahl`, `${p.en} is not a number`);
    }
  }
  return ok(values as number[]);
}

export function sum(values: readonly MonthValue[], label?: string): Result<number> {
  const c = complete(values, label);
  if (!c.ok) return c;
  let s = 0;
  for (const v of c.value) s += v;
  return ok(s);
}

export function mean(values: readonly MonthValue[], label?: string): Result<number> {
  const s = sum(values, label);
  return s.ok ? ok(s.value / values.length) : s;
}

function sameLength(a: readonly unknown[], b: readonly unknown[], what: string, whatEn: string): Result<true> {
  return a.length === b.length
    ? ok(true)
    : fail(
        "VALUE",
        `${what}: Bereiche unterschiedlich lang (${a.length} und ${b.length} Werte)`,
        `${whatEn}: ranges differ in length (${a.length} and ${b.length} values)`,
      );
}

/**
 * Integrationsquote: Σ integrations ÷ Ø eLb stock. The caller passes the lagged stock months
 * (Dec(y−1) … (m−1) for a JFW), one per integration month.
 */
export function quota(integrations: readonly MonthValue[], stock: readonly MonthValue[]): Result<number> {
  const len = sameLength(integrations, stock, "Integrationsquote", "Integration rate");
  if (!len.ok) return len;
  const s = sum(integrations, "Integrationen");
  if (!s.ok) return s;
  const m = mean(stock, "Bestand");
  if (!m.ok) return m;
  if (m.value === 0) return fail("DIV0", "Integrationsquote: der durchschnittliche Bestand ist 0", "Integration rate: the average stock is 0");
  return ok(s.value / m.value);
}

/** Relative change current ÷ previous − 1 (K1, K3, integrations …). */
export function relativeChange(current: number, previous: number): Result<number> {
  if (previous === 0) return fail("DIV0", "Veränderung: der Vorjahreswert ist 0", "Change: the previous value is 0");
  return ok(current / previous - 1);
}

/** Difference in percentage points of two fractions (0.251 − 0.25 = 0.001 = 0.1 pp). */
export function pointChange(current: number, previous: number): number {
  return current - previous;
}

/** Gap of two quotas: men − women (signed, default) or the absolute distance. */
export function gap(quotaMen: number, quotaWomen: number, mode: "signed" | "abs" = "signed"): number {
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
    return fail(
      "VALUE",
      `Prognose: das Vorjahr braucht 12 Monate, gegeben ${previousYear.length}`,
      `Forecast: the previous year needs 12 months, got ${previousYear.length}`,
    );
  if (currentMonths.length < 1 || currentMonths.length > 12)
    return fail(
      "VALUE",
      `Prognose: 1 bis 12 Monate des laufenden Jahres erwartet, gegeben ${currentMonths.length}`,
      `Forecast: 1 to 12 months expected, got ${currentMonths.length}`,
    );
  const cur = sum(currentMonths, "laufendes Jahr");
  if (!cur.ok) return cur;
  const prevAll = sum(previousYear, "Vorjahr");
  if (!prevAll.ok) return prevAll;
  const prevPart = sum(previousYear.slice(0, currentMonths.length), "Vorjahr");
  if (!prevPart.ok) return prevPart;
  if (prevPart.value === 0) return fail("DIV0", "Prognose: die Vorjahresmonate summieren sich zu 0", "Forecast: the previous year's months sum to 0");
  return ok((cur.value * prevAll.value) / prevPart.value);
}

/** Linear forecast of a year's total: the average month so far × 12. */
export function forecastLinear(currentMonths: readonly MonthValue[]): Result<number> {
  if (currentMonths.length < 1 || currentMonths.length > 12)
    return fail(
      "VALUE",
      `Prognose: 1 bis 12 Monate des laufenden Jahres erwartet, gegeben ${currentMonths.length}`,
      `Forecast: 1 to 12 months expected, got ${currentMonths.length}`,
    );
  const cur = sum(currentMonths, "laufendes Jahr");
  return cur.ok ? ok((cur.value / currentMonths.length) * 12) : cur;
}

/** Integrations still needed to reach a year's target total: whole integrations, never negative. */
export function shortfall(targetTotal: number, currentMonths: readonly MonthValue[]): Result<number> {
  const cur = sum(currentMonths, "laufendes Jahr");
  if (!cur.ok) return cur;
  const missing = targetTotal - cur.value;
  return ok(missing <= tolerance(targetTotal, cur.value) ? 0 : Math.ceil(missing - tolerance(targetTotal, cur.value)));
}

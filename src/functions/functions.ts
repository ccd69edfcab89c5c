/**
 * The SGBII custom functions (`=SGBII.K2CHANGE(…)`, German Excel `=SGBII.K2VERÄNDERUNG(…)`).
 *
 * Each function is a thin wrapper over src/domain/figures.ts. The JSDoc below is English and produces
 * functions.json (custom-functions-metadata); functions-de.json comes from src/functions/translations-de.json
 * (scripts/build-functions-de.js). The metadata parser sees only top-level function declarations and
 * cannot resolve type aliases, so parameter types are written inline. The export name is the function
 * id in camel case (`k2Change` → id K2CHANGE).
 *
 * - Rates and changes are fractions (0.019 = 1.9 %, 0.001 = 0.1 percentage points): format cells as %.
 * - A blank cell is never zero: it gives #N/A naming the position. Caveat: desktop Excel may pass 0 for
 *   an empty cell (office-js #4702), which cannot be told from a typed 0 — see docs/functions.md.
 * - Omitted optional arguments arrive as `null`; TypeScript defaults would not apply, so none are used.
 * - Errors: #N/A missing value, #VALUE! text/wrong shape/unequal lengths/unknown option,
 *   #DIV/0! zero stock or zero previous year.
 */
import { forecastLinear, forecastSeasonal, gap, mean, meets, pointChange, quota, relativeChange, shortfall as figuresShortfall, sum } from "../domain/figures";
import { fail, ok, type Result } from "../domain/result";
import { evaluate } from "./excelErrors";
import { changeUnit, direction as parseDirection, forecastMethod, gapMode, jfwKind, type ChangeUnit } from "./options";
import { readMonths, readNumber, readOption } from "./rangeInput";

function equalLength(a: readonly unknown[], b: readonly unknown[], what: string, whatEn: string): Result<true> {
  return a.length === b.length
    ? ok(true)
    : fail(
        "VALUE",
        `${what}: Bereiche unterschiedlich lang (${a.length} und ${b.length} Werte) – gleiche Monate vergleichen`,
        `${whatEn}: ranges differ in length (${a.length} and ${b.length} values) – compare the same months`,
      );
}

function changeBy(current: number, previous: number, unit: ChangeUnit): Result<number> {
  return unit === "points" ? ok(pointChange(current, previous)) : relativeChange(current, previous);
}

/** A single value or a range summed (equal lengths on both sides); single values only for points. */
function changeOperands(current: unknown, previous: unknown, unit: ChangeUnit): Result<[number, number]> {
  const cur = readMonths(current, "aktuell");
  if (!cur.ok) return cur;
  const prev = readMonths(previous, "Vorjahr");
  if (!prev.ok) return prev;
  if (unit === "points" && (cur.value.length > 1 || prev.value.length > 1))
    return fail(
      "VALUE",
      "Veränderung in Prozentpunkten: je ein einzelner Wert (zwei Quoten) erwartet",
      "Change in percentage points: one value each (two rates) expected",
    );
  const len = equalLength(cur.value, prev.value, "Veränderung", "Change");
  if (!len.ok) return len;
  const c = sum(cur.value, "aktuell");
  if (!c.ok) return c;
  const p = sum(prev.value, "Vorjahr");
  if (!p.ok) return p;
  return ok([c.value, p.value]);
}

/**
 * Jahresfortschrittswert (year-to-date value) of monthly figures: the sum (flows such as integrations) or the average (stocks such as eLb or LZB). A blank month is #N/A, never zero.
 * @customfunction
 * @param values Monthly values January … reference month, one row or one column.
 * @param [kind] "sum" (default) or "avg" for the average ("Summe", "Durchschnitt" and "mittel" work too).
 * @returns The sum or the average of the months.
 */
export function jfw(values: any[][], kind?: string): number {
  return evaluate(() => {
    const k = jfwKind(readOption(kind));
    if (!k.ok) return k;
    const months = readMonths(values);
    if (!months.ok) return months;
    return k.value === "mean" ? mean(months.value) : sum(months.value);
  });
}

/**
 * Integration rate (K2): the sum of integrations divided by the average stock of eLb. Pass the stock lagged by one month (December of the previous year … the month before the reference month). The result is a fraction (0.268 = 26.8 %).
 * @customfunction
 * @param integrations Monthly integrations, one row or one column.
 * @param elb Monthly eLb stock of the month before each integration month, the same number of values.
 * @returns Σ integrations ÷ Ø eLb as a fraction.
 */
export function intQuote(integrations: any[][], elb: any[][]): number {
  return evaluate(() => {
    const ints = readMonths(integrations, "Integrationen");
    if (!ints.ok) return ints;
    const stock = readMonths(elb, "Bestand");
    if (!stock.ok) return stock;
    return quota(ints.value, stock.value);
  });
}

/**
 * Change of the integration rate K2 between the current and the previous year: relative (default, 0.001 = +0.1 %) or in percentage points ("pp", 0.001 = +0.1 pp). Compare the same months of both years.
 * @customfunction
 * @param int_current Integrations of the current year's months.
 * @param elb_current eLb stock of the current year, lagged by one month.
 * @param int_previous Integrations of the same months of the previous year.
 * @param elb_previous eLb stock of the previous year, lagged by one month.
 * @param [unit] "%" (relative change, default) or "pp" (percentage points).
 * @returns The change as a fraction.
 */
export function k2Change(int_current: any[][], elb_current: any[][], int_previous: any[][], elb_previous: any[][], unit?: string): number {
  return evaluate(() => {
    const u = changeUnit(readOption(unit));
    if (!u.ok) return u;
    const ic = readMonths(int_current, "Integrationen aktuell");
    if (!ic.ok) return ic;
    const ec = readMonths(elb_current, "Bestand aktuell");
    if (!ec.ok) return ec;
    const ip = readMonths(int_previous, "Integrationen Vorjahr");
    if (!ip.ok) return ip;
    const ep = readMonths(elb_previous, "Bestand Vorjahr");
    if (!ep.ok) return ep;
    const len = equalLength(ic.value, ip.value, "K2", "K2");
    if (!len.ok) return len;
    const qc = quota(ic.value, ec.value);
    if (!qc.ok) return qc;
    const qp = quota(ip.value, ep.value);
    if (!qp.ok) return qp;
    return changeBy(qc.value, qp.value, u.value);
  });
}

/**
 * K3: relative change of the average stock of long-term benefit recipients (LZB) against the same months of the previous year (−0.004 = −0.4 %).
 * @customfunction
 * @param lzb_current Monthly LZB stock of the current year.
 * @param lzb_previous Monthly LZB stock of the same months of the previous year.
 * @returns Ø current ÷ Ø previous − 1 as a fraction.
 */
export function k3Change(lzb_current: any[][], lzb_previous: any[][]): number {
  return evaluate(() => {
    const cur = readMonths(lzb_current, "LZB aktuell");
    if (!cur.ok) return cur;
    const prev = readMonths(lzb_previous, "LZB Vorjahr");
    if (!prev.ok) return prev;
    const len = equalLength(cur.value, prev.value, "K3", "K3");
    if (!len.ok) return len;
    const c = mean(cur.value, "LZB aktuell");
    if (!c.ok) return c;
    const p = mean(prev.value, "LZB Vorjahr");
    if (!p.ok) return p;
    return relativeChange(c.value, p.value);
  });
}

/**
 * Change against the previous year: relative (default, current ÷ previous − 1) or the difference in percentage points ("pp") of two rates. Each argument is a single value or a range of months (summed; both the same length).
 * @customfunction
 * @param current Current value, or the current year's months.
 * @param previous Previous year's value, or the same months of the previous year.
 * @param [unit] "%" (relative change, default) or "pp" (difference of two rates).
 * @returns The change as a fraction (0.019 = +1.9 %, 0.001 = +0.1 pp).
 */
export function change(current: any[][], previous: any[][], unit?: string): number {
  return evaluate(() => {
    const u = changeUnit(readOption(unit));
    if (!u.ok) return u;
    const operands = changeOperands(current, previous, u.value);
    if (!operands.ok) return operands;
    return changeBy(operands.value[0], operands.value[1], u.value);
  });
}

/**
 * Gap between the integration rates of men and women: men − women (default, signed) or the absolute distance ("abs").
 * @customfunction
 * @param quota_men Integration rate of men (a fraction).
 * @param quota_women Integration rate of women (a fraction).
 * @param [mode] "signed" (men − women, default) or "abs".
 * @returns The gap as a fraction (0.001 = 0.1 pp).
 */
export function genderGap(quota_men: any, quota_women: any, mode?: string): number {
  return evaluate(() => {
    const m = gapMode(readOption(mode));
    if (!m.ok) return m;
    const men = readNumber(quota_men, "Quote Männer");
    if (!men.ok) return men;
    const women = readNumber(quota_women, "Quote Frauen");
    if (!women.ok) return women;
    return ok(gap(men.value, women.value, m.value));
  });
}

/**
 * Whether a target is met, comparing unrounded values (binary rounding such as 0.019000000000000128 against 0.019 does not flip it).
 * @customfunction
 * @param actual The actual value (change, rate or count).
 * @param target The agreed target value.
 * @param [direction] ">=" (default), "<=", or an indicator code whose good direction applies ("K3" and "GAP" mean "<=", "INT" and "K2" mean ">=").
 * @returns TRUE when the target is met.
 */
export function targetMet(actual: any, target: any, direction?: string): boolean {
  return evaluate(() => {
    const d = parseDirection(readOption(direction));
    if (!d.ok) return d;
    const a = readNumber(actual, "Istwert");
    if (!a.ok) return a;
    const t = readNumber(target, "Zielwert");
    if (!t.ok) return t;
    return ok(meets(a.value, t.value, d.value));
  });
}

/**
 * Forecast of the year's total from the months so far: "seasonal" (default) scales them by the share the same months had in the previous year; "linear" takes the average month × 12 and ignores the previous year.
 * @customfunction
 * @param current_months The current year's months so far (January … reference month, 1 to 12 values).
 * @param previous_year_months The previous year's 12 months (used by "seasonal").
 * @param [method] "seasonal" (default) or "linear".
 * @returns The forecast total for December.
 */
export function forecast(current_months: any[][], previous_year_months: any[][], method?: string): number {
  return evaluate(() => {
    const m = forecastMethod(readOption(method));
    if (!m.ok) return m;
    const cur = readMonths(current_months, "laufendes Jahr");
    if (!cur.ok) return cur;
    if (m.value === "linear") return forecastLinear(cur.value);
    const prev = readMonths(previous_year_months, "Vorjahr");
    if (!prev.ok) return prev;
    return forecastSeasonal(cur.value, prev.value);
  });
}

/**
 * Integrations still needed to reach the year's target total: whole integrations, never negative.
 * @customfunction
 * @param target_total The target total for the year (e.g. previous year's integrations × 1.019).
 * @param current_months The current year's integrations so far.
 * @returns How many integrations are still missing (0 when the target is reached).
 */
export function shortfall(target_total: any, current_months: any[][]): number {
  return evaluate(() => {
    const t = readNumber(target_total, "Zielsumme");
    if (!t.ok) return t;
    const cur = readMonths(current_months, "laufendes Jahr");
    if (!cur.ok) return cur;
    return figuresShortfall(t.value, cur.value);
  });
}

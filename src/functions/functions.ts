/**
 * The SGBII custom functions (`=SGBII.K2CHANGE(…)`, the same name in German and English Excel).
 *
 * Each function declares its arguments once (src/functions/args.ts: kind, dimension, optional with the
 * option's default) and its body is only the arithmetic over src/domain/figures.ts; the adapter
 * `define` coerces the arguments and maps every failure to an Excel error. The JSDoc below is English
 * and produces functions.json (custom-functions-metadata); functions-de.json comes from
 * src/functions/translations-de.json (scripts/build-functions-de.js). The metadata parser sees only
 * top-level function declarations and cannot resolve type aliases, so the exported functions keep their
 * inline parameter types and only hand their arguments to the defined implementation. The export name
 * is the function id in camel case (`k2Change` → id K2CHANGE).
 *
 * - Rates and changes are fractions (0.019 = 1.9 %, 0.001 = 0.1 percentage points): format cells as %.
 * - A blank cell is never zero: it gives #N/A naming the position. Caveat: desktop Excel passes 0 for an
 *   empty cell (office-js #4702, #5262), which cannot be told from a typed 0 — formulas Zielmonitor
 *   writes guard with COUNTBLANK; docs/functions.md says how to guard your own.
 * - Errors: #N/A missing value, #VALUE! text/wrong shape/unequal lengths/unknown option,
 *   #DIV/0! zero stock or zero previous year.
 */
import { forecastLinear, forecastSeasonal, gap, mean, meets, pointChange, quota, relativeChange, shortfall as figuresShortfall, sum } from "../domain/figures";
import { message } from "../domain/messages";
import { fail, ok, type Result } from "../domain/result";
import { define, then } from "./args";
import { changeUnit, direction as parseDirection, forecastMethod, gapMode, jfwKind, type ChangeUnit } from "./options";

function changeBy(current: number, previous: number, unit: ChangeUnit): Result<number> {
  return unit === "points" ? ok(pointChange(current, previous)) : relativeChange(current, previous);
}

const JFW = define({ args: [{ kind: "months" }, { kind: "option", parse: jfwKind }] }, (months, kind) => (kind === "mean" ? mean(months) : sum(months)));

const INTQUOTE = define({ args: [{ kind: "months", label: message("label.integrations") }, { kind: "months", label: message("label.stock") }] }, (ints, stock) => quota(ints, stock));

const K2CHANGE = define(
  {
    args: [
      { kind: "months", label: message("label.integrationsCurrent") },
      { kind: "months", label: message("label.stockCurrent") },
      { kind: "months", label: message("label.integrationsPrevious") },
      { kind: "months", label: message("label.stockPrevious") },
      { kind: "option", parse: changeUnit },
    ],
    sameLength: [{ pair: [0, 2], what: "K2" }],
  },
  (ic, ec, ip, ep, unit) => then(quota(ic, ec), (qc) => then(quota(ip, ep), (qp) => changeBy(qc, qp, unit))),
);

const K3CHANGE = define(
  { args: [{ kind: "months", label: message("label.lzbCurrent") }, { kind: "months", label: message("label.lzbPrevious") }], sameLength: [{ pair: [0, 1], what: "K3" }] },
  (cur, prev) => then(mean(cur, "LZB aktuell"), (c) => then(mean(prev, "LZB Vorjahr"), (p) => relativeChange(c, p))),
);

const CHANGE = define(
  {
    args: [{ kind: "months", label: message("label.current") }, { kind: "months", label: message("label.previousYear") }, { kind: "option", parse: changeUnit }],
    sameLength: [{ pair: [0, 1], what: message("label.change") }],
  },
  (cur, prev, unit) =>
    unit === "points" && (cur.length > 1 || prev.length > 1)
      ? fail("VALUE", "err.pointsSingle")
      : then(sum(cur, "aktuell"), (c) => then(sum(prev, "Vorjahr"), (p) => changeBy(c, p, unit))),
);

const GENDERGAP = define(
  { args: [{ kind: "number", label: message("label.quotaMen") }, { kind: "number", label: message("label.quotaWomen") }, { kind: "option", parse: gapMode }] },
  (men, women, mode) => gap(men, women, mode),
);

const TARGETMET = define(
  { args: [{ kind: "number", label: message("label.actual") }, { kind: "number", label: message("label.target") }, { kind: "option", parse: parseDirection }] },
  (actual, target, dir) => meets(actual, target, dir),
);

const FORECAST = define(
  { args: [{ kind: "months", label: message("label.currentYear") }, { kind: "months", label: message("label.previousYear") }, { kind: "option", parse: forecastMethod }] },
  (cur, prev, method) => (method === "linear" ? forecastLinear(cur) : forecastSeasonal(cur, prev)),
);

const SHORTFALL = define({ args: [{ kind: "number", label: message("label.targetTotal") }, { kind: "months", label: message("label.currentYear") }] }, (target, cur) => figuresShortfall(target, cur));

/**
 * Jahresfortschrittswert (year-to-date value) of monthly figures: the sum (flows such as integrations) or the average (stocks such as eLb or LZB). A blank month is #N/A, never zero.
 * @customfunction
 * @param values Monthly values January … reference month, one row or one column.
 * @param [kind] "sum" (default) or "avg" for the average ("Summe", "Durchschnitt" and "mittel" work too).
 * @returns The sum or the average of the months.
 */
export function jfw(values: any[][], kind?: string): number {
  return JFW(values, kind);
}

/**
 * Integration rate (K2): the sum of integrations divided by the average stock of eLb. Pass the stock lagged by one month (December of the previous year … the month before the reference month). The result is a fraction (0.268 = 26.8 %).
 * @customfunction
 * @param integrations Monthly integrations, one row or one column.
 * @param elb Monthly eLb stock of the month before each integration month, the same number of values.
 * @returns Σ integrations ÷ Ø eLb as a fraction.
 */
export function intQuote(integrations: any[][], elb: any[][]): number {
  return INTQUOTE(integrations, elb);
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
  return K2CHANGE(int_current, elb_current, int_previous, elb_previous, unit);
}

/**
 * K3: relative change of the average stock of long-term benefit recipients (LZB) against the same months of the previous year (−0.004 = −0.4 %).
 * @customfunction
 * @param lzb_current Monthly LZB stock of the current year.
 * @param lzb_previous Monthly LZB stock of the same months of the previous year.
 * @returns Ø current ÷ Ø previous − 1 as a fraction.
 */
export function k3Change(lzb_current: any[][], lzb_previous: any[][]): number {
  return K3CHANGE(lzb_current, lzb_previous);
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
  return CHANGE(current, previous, unit);
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
  return GENDERGAP(quota_men, quota_women, mode);
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
  return TARGETMET(actual, target, direction);
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
  return FORECAST(current_months, previous_year_months, method);
}

/**
 * Integrations still needed to reach the year's target total: whole integrations, never negative.
 * @customfunction
 * @param target_total The target total for the year (e.g. previous year's integrations × 1.019).
 * @param current_months The current year's integrations so far.
 * @returns How many integrations are still missing (0 when the target is reached).
 */
export function shortfall(target_total: any, current_months: any[][]): number {
  return SHORTFALL(target_total, current_months);
}

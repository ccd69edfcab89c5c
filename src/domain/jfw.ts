/**
 * Jahresfortschrittswerte: the value of an indicator over January … month m of a year, formed per kind
 * (flows summed, stocks averaged, quotas Σ flow ÷ Ø stock lagged one month, shares Σ ÷ Σ, the gap as
 * the difference of two quotas). Every figure carries the months it lacked; with any missing it fails
 * with #N/A and names them – a blank month is never zero.
 */
import type { IndicatorData, MissingMonth } from "./evaluation";
import { gap, mean, quota, sum } from "./figures";
import { INDICATORS, type DataCode, type IndicatorCode } from "./indicators";
import { message, type Message } from "./messages";
import { fail, ok, type Result } from "./result";
import { missingError, seriesValues } from "./series";
import { runningTotals, spanLacks, spanTotal } from "./cumulative";
import { janTo, monthIndex, monthSpan } from "./monthSpan";
import { addMonths, type YearMonth } from "./yearMonth";
import type { GapMode } from "./targets";

/** A computed figure and the data months it lacked (empty when it could be computed). */
export type Figure = Result<number> & { missing: MissingMonth[] };

export interface JfwOptions {
  /** GAP only: men − women (default) or the absolute distance. */
  gapMode?: GapMode;
}

/** How an indicator's value over a span of months is formed from data codes. */
export type Formula =
  | { kind: "flow"; code: DataCode }
  | { kind: "stock"; code: DataCode }
  | { kind: "quota"; flow: DataCode; stock: DataCode }
  | { kind: "share"; part: DataCode; whole: DataCode }
  | { kind: "gap"; men: Formula; women: Formula; abs: boolean };

const formulas = new Map<string, Formula>();

/** How `code` is formed (shared and frozen: formed once per code and gap mode, asked for with every figure). */
export function formulaOf(code: IndicatorCode, gapMode: GapMode = "signed"): Formula {
  const key = gapMode === "abs" ? `${code}|abs` : code;
  let formula = formulas.get(key);
  if (!formula) {
    formula = Object.freeze(newFormula(code, gapMode));
    formulas.set(key, formula);
  }
  return formula;
}

function newFormula(code: IndicatorCode, gapMode: GapMode): Formula {
  switch (code) {
    case "K1":
      return { kind: "flow", code: "LLU" };
    case "K1E1":
      return { kind: "flow", code: "LUH" };
    case "K1E2":
      return { kind: "stock", code: "ELB" };
    case "K3":
      return { kind: "stock", code: "LZB" };
    case "K2":
      return { kind: "quota", flow: "INT", stock: "ELB" };
    case "K2_F":
      return { kind: "quota", flow: "INT_F", stock: "ELB_F" };
    case "K2_M":
      return { kind: "quota", flow: "INT_M", stock: "ELB_M" };
    case "K3E1":
      return { kind: "quota", flow: "INT_LZB", stock: "LZB" };
    case "BD_SHARE":
      return { kind: "share", part: "INT_BD", whole: "INT" };
    case "GAP":
      return { kind: "gap", men: formulaOf("K2_M"), women: formulaOf("K2_F"), abs: gapMode === "abs" };
    default:
      return INDICATORS[code].kind === "flow" ? { kind: "flow", code: code as DataCode } : { kind: "stock", code: code as DataCode };
  }
}

/** Data codes a formula reads. */
export function dataOf(formula: Formula): DataCode[] {
  switch (formula.kind) {
    case "flow":
    case "stock":
      return [formula.code];
    case "quota":
      return [formula.flow, formula.stock];
    case "share":
      return [formula.part, formula.whole];
    case "gap":
      return [...dataOf(formula.men), ...dataOf(formula.women)];
  }
}

/** The months before each of `months`: the stock months a quota divides by. */
export function laggedMonths(months: readonly YearMonth[]): readonly YearMonth[] {
  if (months.length === 0) return months;
  const first = monthIndex(months[0]);
  // The spans the engine uses are consecutive: shift them as a whole (cached); anything else month by month.
  if (monthIndex(months[months.length - 1]) === first + months.length - 1) return monthSpan(first - 1, months.length);
  return months.map((m) => addMonths(m, -1));
}

/** Shared by every complete figure (never mutated): a figure is formed thousands of times per evaluation. */
const NONE_MISSING: MissingMonth[] = Object.freeze([]) as unknown as MissingMonth[];

export function figure(result: Result<number>, missing: MissingMonth[] = NONE_MISSING): Figure {
  return result.ok ? { ok: true, value: result.value, missing } : { ok: false, error: result.error, missing };
}

/** The value of a figure, or null when it failed (for fields that show "no value"). */
export function valueOf(f: Result<number>): number | null {
  return f.ok ? f.value : null;
}

/** A figure that failed because of these missing months (the error names them). */
export function missingFigure(missing: MissingMonth[]): Figure {
  return figure({ ok: false, error: missingError(missing) }, missing);
}

function over(data: IndicatorData, code: DataCode, months: readonly YearMonth[], combine: typeof sum): Figure {
  const { values, missing } = seriesValues(data, code, months);
  return missing.length > 0 ? missingFigure(missing) : figure(combine(values));
}

/** numerator ÷ denominator with both figures' missing months; a zero denominator is #DIV/0!. */
export function divide(numerator: Figure, denominator: Figure, what: Message): Figure {
  const missing = [...numerator.missing, ...denominator.missing];
  if (missing.length > 0) return missingFigure(missing);
  if (!numerator.ok) return numerator;
  if (!denominator.ok) return denominator;
  if (denominator.value === 0) return figure(fail("DIV0", "err.denominatorZero", { what }));
  return figure(ok(numerator.value / denominator.value));
}

/**
 * The value of a formula for the flow months `months`: stocks over the same months, quotas over the
 * stock of the month before each of them (Dec(y−1) … (m−1) for a JFW).
 */
export function valueOver(data: IndicatorData, formula: Formula, months: readonly YearMonth[]): Figure {
  if (months.length > 0) {
    // Consecutive months (every JFW, rolling value and lagged stock): from cumulative sums, in constant time.
    const start = monthIndex(months[0]);
    if (monthIndex(months[months.length - 1]) === start + months.length - 1) {
      const fast = spanValue(data, formula, start, months.length);
      if (fast) return fast;
    }
  }
  return valueOverMonths(data, formula, months);
}

/** The value over `count` months from month index `start` when every month has data; null otherwise (the slow path names what is missing). */
export function spanValue(data: IndicatorData, formula: Formula, start: number, count: number): Figure | null {
  switch (formula.kind) {
    case "flow": {
      const total = spanTotal(data[formula.code], start, count);
      return total === null ? null : figure(ok(total));
    }
    case "stock": {
      const total = spanTotal(data[formula.code], start, count);
      return total === null ? null : figure(ok(total / count));
    }
    case "quota": {
      const flow = spanTotal(data[formula.flow], start, count);
      const stock = spanTotal(data[formula.stock], start - 1, count);
      if (flow === null || stock === null || stock === 0) return null;
      return figure(ok(flow / (stock / count)));
    }
    case "share": {
      const part = spanTotal(data[formula.part], start, count);
      const whole = spanTotal(data[formula.whole], start, count);
      if (part === null || whole === null || whole === 0) return null;
      return figure(ok(part / whole));
    }
    case "gap": {
      const men = spanValue(data, formula.men, start, count);
      const women = spanValue(data, formula.women, start, count);
      if (!men?.ok || !women?.ok) return null;
      return figure(ok(gap(men.value, women.value, formula.abs ? "abs" : "signed")));
    }
  }
}

/**
 * The Jahresfortschrittswerte of January … m of `year` for m = 1 … `upTo` at once: out[m] is the value
 * spanValue gives for that span, NaN where it gives null (a month missing, a zero denominator: jfw then
 * says why). out[0] is unused.
 */
/**
 * Whether the value of `formula` over `count` months from month index `start` lacks a month of data
 * (then it has none, and jfw would name the months); false when nothing is missing or the sums are off.
 */
export function formulaLacks(data: IndicatorData, formula: Formula, start: number, count: number): boolean {
  switch (formula.kind) {
    case "flow":
    case "stock":
      return spanLacks(data[formula.code], start, count);
    case "quota":
      return spanLacks(data[formula.flow], start, count) || spanLacks(data[formula.stock], start - 1, count);
    case "share":
      return spanLacks(data[formula.part], start, count) || spanLacks(data[formula.whole], start, count);
    case "gap":
      return formulaLacks(data, formula.men, start, count) || formulaLacks(data, formula.women, start, count);
  }
}

const UNKNOWN_YEAR: readonly number[] = [NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN];

export function yearValues(data: IndicatorData, formula: Formula, year: number, upTo: number): number[] {
  const start = year * 12;
  // A copy of an array of doubles is one allocation; an empty array would be reallocated as doubles arrive.
  const out = UNKNOWN_YEAR.slice(0, upTo + 1);
  switch (formula.kind) {
    case "flow": {
      const flow = runningTotals(data[formula.code], start);
      for (let m = 1; m <= upTo; m++) out[m] = flow[m];
      return out;
    }
    case "stock": {
      const stock = runningTotals(data[formula.code], start);
      for (let m = 1; m <= upTo; m++) out[m] = stock[m] / m;
      return out;
    }
    case "quota": {
      const flow = runningTotals(data[formula.flow], start);
      const stock = runningTotals(data[formula.stock], start - 1);
      for (let m = 1; m <= upTo; m++) out[m] = stock[m] === 0 ? NaN : flow[m] / (stock[m] / m);
      return out;
    }
    case "share": {
      const part = runningTotals(data[formula.part], start);
      const whole = runningTotals(data[formula.whole], start);
      for (let m = 1; m <= upTo; m++) out[m] = whole[m] === 0 ? NaN : part[m] / whole[m];
      return out;
    }
    case "gap": {
      const men = yearValues(data, formula.men, year, upTo);
      const women = yearValues(data, formula.women, year, upTo);
      const mode = formula.abs ? "abs" : "signed";
      for (let m = 1; m <= upTo; m++) out[m] = men[m] !== men[m] || women[m] !== women[m] ? NaN : gap(men[m], women[m], mode);
      return out;
    }
  }
}

/** The value over any list of months, month by month (names missing months and zero denominators). */
function valueOverMonths(data: IndicatorData, formula: Formula, months: readonly YearMonth[]): Figure {
  switch (formula.kind) {
    case "flow":
      return over(data, formula.code, months, sum);
    case "stock":
      return over(data, formula.code, months, mean);
    case "quota": {
      const flow = seriesValues(data, formula.flow, months);
      const stock = seriesValues(data, formula.stock, laggedMonths(months));
      const missing = [...flow.missing, ...stock.missing];
      return missing.length > 0 ? missingFigure(missing) : figure(quota(flow.values, stock.values));
    }
    case "share":
      return divide(
        over(data, formula.part, months, sum),
        over(data, formula.whole, months, sum),
        message("label.shareEndingNeed"),
      );
    case "gap": {
      const men = valueOverMonths(data, formula.men, months);
      const women = valueOverMonths(data, formula.women, months);
      const missing = [...men.missing, ...women.missing];
      if (missing.length > 0) return missingFigure(missing);
      if (!men.ok) return men;
      if (!women.ok) return women;
      return figure(ok(gap(men.value, women.value, formula.abs ? "abs" : "signed")));
    }
  }
}

/** Jahresfortschrittswert of `code` for January … `month` of `year` (a level: count, euro or fraction). */
export function jfw(data: IndicatorData, code: IndicatorCode, year: number, month: number, opts: JfwOptions = {}): Figure {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    return figure(fail("VALUE", "err.reportMonthRange", { month }));
  const formula = formulaOf(code, opts.gapMode);
  return spanValue(data, formula, year * 12, month) ?? valueOverMonths(data, formula, janTo(year, month));
}

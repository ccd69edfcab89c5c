/**
 * Jahresfortschrittswerte (January … month m of a year) and rolling 12-month values of every indicator,
 * from monthly series. Missing months are collected, never read as zero: a figure with missing months
 * has value null.
 */
import { INDICATORS, type DataCode, type IndicatorCode } from "./indicators";
import type { IndicatorData, MissingMonth } from "./evaluation";
import { addMonths, monthsEndingAt, monthsJanTo, type YearMonth } from "./yearMonth";

export interface Figure {
  value: number | null;
  missing: MissingMonth[];
}

/** How an indicator's value over a span of months is formed from data codes. */
export type Formula =
  | { kind: "flow"; code: DataCode }
  | { kind: "stock"; code: DataCode }
  | { kind: "quota"; flow: DataCode; stock: DataCode }
  | { kind: "share"; part: DataCode; whole: DataCode }
  | { kind: "gap"; men: Formula; women: Formula; abs: boolean };

export function formulaOf(code: IndicatorCode, gapMode: "signed" | "abs" = "signed"): Formula {
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
      return {
        kind: "gap",
        men: formulaOf("K2_M"),
        women: formulaOf("K2_F"),
        abs: gapMode === "abs",
      };
    default: {
      const def = INDICATORS[code];
      return def.kind === "flow" ? { kind: "flow", code: code as DataCode } : { kind: "stock", code: code as DataCode };
    }
  }
}

/** Values of a series for the given months; absent months are listed as missing. */
export function monthValues(data: IndicatorData, code: DataCode, months: readonly YearMonth[]): { values: (number | null)[]; missing: MissingMonth[] } {
  const series = data[code];
  const values: (number | null)[] = [];
  const missing: MissingMonth[] = [];
  for (const month of months) {
    const v = series?.get(month);
    if (v === undefined || v === null || !Number.isFinite(v)) {
      values.push(null);
      missing.push({ code, month });
    } else values.push(v);
  }
  return { values, missing };
}

function total(data: IndicatorData, code: DataCode, months: readonly YearMonth[]): Figure {
  const { values, missing } = monthValues(data, code, months);
  if (missing.length > 0) return { value: null, missing };
  let s = 0;
  for (const v of values) s += v as number;
  return { value: s, missing };
}

function average(data: IndicatorData, code: DataCode, months: readonly YearMonth[]): Figure {
  const t = total(data, code, months);
  return t.value === null ? t : { value: t.value / months.length, missing: [] };
}

function ratio(a: Figure, b: Figure): Figure {
  const missing = [...a.missing, ...b.missing];
  if (a.value === null || b.value === null || b.value === 0) return { value: null, missing };
  return { value: a.value / b.value, missing };
}

/**
 * The value of a formula for flow months `months` (stocks of the same months, quotas with the stock
 * lagged by one month: Σ flow over `months` ÷ Ø stock over the months before each of them).
 */
export function valueOver(data: IndicatorData, formula: Formula, months: readonly YearMonth[]): Figure {
  switch (formula.kind) {
    case "flow":
      return total(data, formula.code, months);
    case "stock":
      return average(data, formula.code, months);
    case "quota":
      return ratio(
        total(data, formula.flow, months),
        average(
          data,
          formula.stock,
          months.map((m) => addMonths(m, -1)),
        ),
      );
    case "share":
      return ratio(total(data, formula.part, months), total(data, formula.whole, months));
    case "gap": {
      const men = valueOver(data, formula.men, months);
      const women = valueOver(data, formula.women, months);
      const missing = [...men.missing, ...women.missing];
      if (men.value === null || women.value === null) return { value: null, missing };
      const g = men.value - women.value;
      return { value: formula.abs ? Math.abs(g) : g, missing };
    }
  }
}

/** Jahresfortschrittswert of `code` for January … `month` of `year`. */
export function jfw(data: IndicatorData, code: IndicatorCode, year: number, month: number, gapMode: "signed" | "abs" = "signed"): Figure {
  return valueOver(data, formulaOf(code, gapMode), monthsJanTo(year, month));
}

/**
 * The rolling value as BA Statistik publishes it for month m: quotas over the 12 months ending in m
 * (stock m−12 … m−1); K1, K1E1, K1E2, K3 and plain data codes as the month's value against the same
 * month a year earlier (a relative change); shares and the gap over the 12 months ending in m.
 */
export function rolling(data: IndicatorData, code: IndicatorCode, month: YearMonth): Figure {
  const formula = formulaOf(code);
  if (formula.kind === "flow" || formula.kind === "stock") {
    const now = monthValues(data, formula.code, [month]);
    const before = monthValues(data, formula.code, [addMonths(month, -12)]);
    const missing = [...now.missing, ...before.missing];
    if (missing.length > 0 || before.values[0] === 0) return { value: null, missing };
    return {
      value: (now.values[0] as number) / (before.values[0] as number) - 1,
      missing,
    };
  }
  return valueOver(data, formula, monthsEndingAt(month, 12));
}

/** Data codes a figure needs, for reporting what is missing. */
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

/**
 * Where the months' data cells form one contiguous range, the SGBII formula that recomputes a target's
 * figure from them, so an Excel user can audit it; the blank guard around every formula. Scales and
 * number formats are in `cellFormats.ts` (re-exported here).
 */
import type { TargetEvaluation } from "../../domain/evaluation";
import type { IndicatorCode } from "../../domain/indicators";
import { formulaOf, type Formula } from "../../domain/jfw";
import { addMonths, monthsJanTo, parseYearMonth, type YearMonth } from "../../domain/yearMonth";
import { quoteSheet, rangeAddress, referencesIn } from "../areas";
import type { DetectedSeries } from "../types";
import { levelDisplay } from "./cellFormats";

export { FMT, changeDisplay, distanceDisplay, levelDisplay, scaled, shown } from "./cellFormats";

/**
 * The formula with a native guard: #N/A when any cell it refers to is blank. Excel desktop passes an
 * empty cell to a custom function as 0 (the web passes null; office-js #4702, #5262) and native
 * arithmetic reads it as 0 too, so a blank month would otherwise become a zero. COUNTBLANK is Excel's
 * own and needs no add-in: `=IF(COUNTBLANK(r1)+COUNTBLANK(r2)>0,NA(),…)`.
 */
export function guardBlanks(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const refs = referencesIn(body);
  if (refs.length === 0) return formula;
  return `=IF(${refs.map((r) => `COUNTBLANK(${r})`).join("+")}>0,NA(),${body})`;
}

/** `'Sheet'!B30:B41` when the months' cells of a series lie in one contiguous row or column, else null. */
export function seriesRange(series: DetectedSeries | undefined, months: YearMonth[]): string | null {
  if (!series || months.length === 0) return null;
  const cells = months.map((m) => series.source.cells.get(m));
  if (cells.some((c) => c === undefined)) return null;
  const list = cells as { row: number; col: number; sheet?: string }[];
  if (list.some((c) => c.sheet !== list[0].sheet)) return null;
  const sameCol = list.every((c, i) => c.col === list[0].col && c.row === list[0].row + i);
  const sameRow = list.every((c, i) => c.row === list[0].row && c.col === list[0].col + i);
  if (!sameCol && !sameRow) return null;
  const last = list[list.length - 1];
  return `${quoteSheet(list[0].sheet ?? series.source.sheet, true)}!${rangeAddress(list[0].row, list[0].col, last.row, last.col)}`;
}

/** The formula expression (without "=") of a JFW from data cells, or null. */
function expression(formula: Formula, series: DetectedSeries[], months: YearMonth[]): string | null {
  const find = (code: string) => series.find((s) => s.code === code);
  switch (formula.kind) {
    case "flow": {
      const r = seriesRange(find(formula.code), months);
      return r && `SGBII.JFW(${r})`;
    }
    case "stock": {
      const r = seriesRange(find(formula.code), months);
      return r && `SGBII.JFW(${r},"avg")`;
    }
    case "quota": {
      const flow = seriesRange(find(formula.flow), months);
      const stock = seriesRange(
        find(formula.stock),
        months.map((m) => addMonths(m, -1)),
      );
      return flow && stock && `SGBII.INTQUOTE(${flow},${stock})`;
    }
    case "share": {
      const part = seriesRange(find(formula.part), months);
      const whole = seriesRange(find(formula.whole), months);
      return part && whole && `SGBII.JFW(${part})/SGBII.JFW(${whole})`;
    }
    case "gap": {
      const men = expression(formula.men, series, months);
      const women = expression(formula.women, series, months);
      return men && women && `SGBII.GENDERGAP(${men},${women}${formula.abs ? ',"abs"' : ""})`;
    }
  }
}

/** Formulas for the current and previous JFW of an indicator (display-scaled), or null where cells don't allow one. */
export function jfwFormulas(
  code: IndicatorCode,
  asOf: YearMonth,
  series: DetectedSeries[],
  gapMode: "signed" | "abs" = "signed",
): { current: string | null; previous: string | null } {
  const { year, month } = parseYearMonth(asOf);
  const formula = formulaOf(code, gapMode);
  const scale = levelDisplay(code).scale;
  const wrap = (e: string | null) => (e === null ? null : scale === 1 ? `=${e}` : `=${e}*${scale}`);
  return {
    current: wrap(expression(formula, series, monthsJanTo(year, month))),
    previous: wrap(expression(formula, series, monthsJanTo(year - 1, month))),
  };
}

/** Formula of the seasonal forecast and the shortfall for targets on integration flows, or null. */
export function flowFormulas(e: TargetEvaluation, series: DetectedSeries[]): { forecast: string | null; shortfall: string | null } {
  const formula = formulaOf(e.target.indicator);
  if (formula.kind !== "flow") return { forecast: null, shortfall: null };
  const { year, month } = parseYearMonth(e.asOf);
  const s = series.find((x) => x.code === formula.code);
  const cur = seriesRange(s, monthsJanTo(year, month));
  const prevYear = seriesRange(s, monthsJanTo(year - 1, 12));
  const forecast = cur && prevYear ? `=SGBII.FORECAST(${cur},${prevYear})` : null;
  let shortfall: string | null = null;
  if (cur && e.shortfall) {
    if (e.target.unit === "count") shortfall = `=SGBII.SHORTFALL(${e.target.value},${cur})`;
    else if (e.target.unit === "percent" && prevYear) shortfall = `=SGBII.SHORTFALL(SGBII.JFW(${prevYear})*(1+${e.target.value}),${cur})`;
  }
  return { forecast, shortfall };
}

/**
 * The change of a target recomputed directly from the data cells (display-scaled, with "="), or null
 * where the cells don't allow it: relative changes of flows (`SGBII.CHANGE` over the two years' months),
 * of the average stock for K3 (`SGBII.K3CHANGE`), of quotas (`SGBII.K2CHANGE` with the stock lagged one
 * month), and quota changes in points (`SGBII.K2CHANGE(…,"pp")*100`). The caller falls back to a formula
 * over the JFW cells beside it.
 */
export function changeFormula(e: TargetEvaluation, series: DetectedSeries[]): string | null {
  const formula = formulaOf(e.target.indicator, e.target.gapMode);
  const { year, month } = parseYearMonth(e.asOf);
  const cur = monthsJanTo(year, month);
  const prev = monthsJanTo(year - 1, month);
  const lag = (ms: YearMonth[]) => ms.map((m) => addMonths(m, -1));
  const find = (code: string) => series.find((s) => s.code === code);
  if (e.target.unit === "count") return null;
  if (formula.kind === "quota") {
    const ic = seriesRange(find(formula.flow), cur);
    const ec = seriesRange(find(formula.stock), lag(cur));
    const ip = seriesRange(find(formula.flow), prev);
    const ep = seriesRange(find(formula.stock), lag(prev));
    if (!ic || !ec || !ip || !ep) return null;
    return e.target.unit === "points" ? `=SGBII.K2CHANGE(${ic},${ec},${ip},${ep},"pp")*100` : `=SGBII.K2CHANGE(${ic},${ec},${ip},${ep})`;
  }
  if (e.target.unit !== "percent") return null;
  if (formula.kind === "flow") {
    const c = seriesRange(find(formula.code), cur);
    const p = seriesRange(find(formula.code), prev);
    return c && p ? `=SGBII.CHANGE(${c},${p})` : null;
  }
  if (formula.kind === "stock" && e.target.indicator === "K3") {
    const c = seriesRange(find(formula.code), cur);
    const p = seriesRange(find(formula.code), prev);
    return c && p ? `=SGBII.K3CHANGE(${c},${p})` : null;
  }
  return null;
}

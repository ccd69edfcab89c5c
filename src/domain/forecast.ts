/**
 * Forecasts of the December Jahresfortschrittswert (the year-end level) from January … month m.
 * - flows: seasonal = Σ so far × previous year's total ÷ previous year's Jan … m (its monthly profile);
 *   linear = Σ so far ÷ m × 12.
 * - stocks: seasonal = Ø so far × previous year's Ø of 12 months ÷ its Ø of the same months;
 *   linear = the least-squares line through the months so far, continued to December, and the year's
 *   mean of the known months and the continued ones.
 * - quotas: the flow total and the lagged stock mean (Dec(y−1) … Nov(y)) forecast as above, divided;
 *   shares: both flows; the gap: both quotas.
 * In December the forecast is the actual value.
 */
import type { IndicatorData } from "./evaluation";
import { forecastLinear, forecastSeasonal, gap, mean, sum } from "./figures";
import type { DataCode, IndicatorCode } from "./indicators";
import { divide, figure, formulaOf, missingFigure, type Figure, type Formula, type JfwOptions } from "./jfw";
import { message } from "./messages";
import { ok } from "./result";
import { seriesValues } from "./series";
import { spanTotal, spanValues } from "./cumulative";
import { janTo, monthIndex, monthSpan } from "./monthSpan";
import { ym, type YearMonth } from "./yearMonth";

export type ForecastMethod = "seasonal" | "linear";

/** A flow's total over the 12 months of `year`, from its first `month` months. */
export function forecastFlowTotal(data: IndicatorData, code: DataCode, year: number, month: number, method: ForecastMethod): Figure {
  const fast = scaledByProfile(data, code, year * 12, month, method);
  if (fast !== null) return figure(ok(fast));
  const cur = seriesValues(data, code, janTo(year, month));
  if (cur.missing.length > 0) return missingFigure(cur.missing);
  if (month === 12) return figure(sum(cur.values));
  if (method === "linear") return figure(forecastLinear(cur.values));
  const prev = seriesValues(data, code, janTo(year - 1, 12));
  if (prev.missing.length > 0) return missingFigure(prev.missing);
  return figure(forecastSeasonal(cur.values, prev.values));
}

/**
 * A stock's mean over the 12 months starting with `start`, of which the first `known` are available:
 * January … December for a stock's JFW, December … November for a quota's lagged stock.
 */
export function forecastStockMean(data: IndicatorData, code: DataCode, start: YearMonth, known: number, method: ForecastMethod): Figure {
  const first = monthIndex(start);
  if (method === "seasonal" || known === 12) {
    const fast = scaledByProfile(data, code, first, known, "seasonal");
    if (fast !== null) return figure(ok(fast / 12));
  }
  if (method === "linear" && known < 12) {
    // Every month there: the values straight from the series' buffer, not month by month from the map.
    const values = spanValues(data[code], first, known);
    if (values !== null) return figure(ok(trendMean(values, 12)));
  }
  const cur = seriesValues(data, code, monthSpan(first, known));
  if (cur.missing.length > 0) return missingFigure(cur.missing);
  if (known === 12) return figure(mean(cur.values));
  if (method === "linear") return figure(ok(trendMean(cur.values as number[], 12)));
  const prev = seriesValues(data, code, monthSpan(first - 12, 12));
  if (prev.missing.length > 0) return missingFigure(prev.missing);
  // The seasonal total of a stock scaled by the previous year's profile, divided by 12, is its mean.
  const total = forecastSeasonal(cur.values, prev.values);
  return figure(total.ok ? ok(total.value / 12) : total);
}

/**
 * From cumulative sums, when every month needed is there: the 12-month total of a flow (or 12 × the mean
 * of a stock) from the `known` months starting at month index `first`, linearly or by the previous 12
 * months' profile. Null when a month is missing or a sum is 0: the month-by-month path then says why.
 */
function scaledByProfile(data: IndicatorData, code: DataCode, first: number, known: number, method: ForecastMethod): number | null {
  if (known < 1 || known > 12) return null;
  const series = data[code];
  const cur = spanTotal(series, first, known);
  if (cur === null) return null;
  if (known === 12) return cur;
  if (method === "linear") return (cur / known) * 12;
  const prevAll = spanTotal(series, first - 12, 12);
  const prevPart = spanTotal(series, first - 12, known);
  if (prevAll === null || prevPart === null || prevPart === 0) return null;
  return (cur * prevAll) / prevPart;
}

/** Mean over `length` points: the known values, then the least-squares line through them continued. */
export function trendMean(known: readonly number[], length: number): number {
  const n = known.length;
  let sumY = 0;
  for (const v of known) sumY += v;
  const meanY = sumY / n;
  if (n < 2) return meanY; // one month gives no trend: held flat
  const meanX = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i + 1 - meanX) * (known[i] - meanY);
    sxx += (i + 1 - meanX) ** 2;
  }
  const slope = sxy / sxx;
  let total = sumY;
  for (let x = n + 1; x <= length; x++) total += meanY + slope * (x - meanX);
  return total / length;
}

function forecastFormula(data: IndicatorData, formula: Formula, year: number, month: number, method: ForecastMethod): Figure {
  switch (formula.kind) {
    case "flow":
      return forecastFlowTotal(data, formula.code, year, month, method);
    case "stock":
      return forecastStockMean(data, formula.code, ym(year, 1), month, method);
    case "quota":
      return divide(
        forecastFlowTotal(data, formula.flow, year, month, method),
        forecastStockMean(data, formula.stock, ym(year - 1, 12), month, method),
        message("label.forecastRate"),
      );
    case "share":
      return divide(
        forecastFlowTotal(data, formula.part, year, month, method),
        forecastFlowTotal(data, formula.whole, year, month, method),
        message("label.forecastShare"),
      );
    case "gap": {
      const men = forecastFormula(data, formula.men, year, month, method);
      const women = forecastFormula(data, formula.women, year, month, method);
      const missing = [...men.missing, ...women.missing];
      if (missing.length > 0) return missingFigure(missing);
      if (!men.ok) return men;
      if (!women.ok) return women;
      return figure(ok(gap(men.value, women.value, formula.abs ? "abs" : "signed")));
    }
  }
}

/** The December JFW of `code` forecast from January … `month` of `year`. */
export function forecastDecember(
  data: IndicatorData,
  code: IndicatorCode,
  year: number,
  month: number,
  method: ForecastMethod,
  opts: JfwOptions = {},
): Figure {
  return forecastFormula(data, formulaOf(code, opts.gapMode), year, month, method);
}

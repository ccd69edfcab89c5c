/**
 * Forecasts to December. The months still to come are projected per data code, then the December
 * Jahresfortschrittswert is computed from the projected year exactly like an actual one, so quotas,
 * shares and the gap are forecast consistently from their components.
 * - seasonal: a coming month = the same month of the previous year × (Σ months so far ÷ Σ the same months
 *   a year earlier) – the previous year's monthly profile; for flows the year total is then
 *   Σ so far × previous year total ÷ previous year's same months.
 * - linear: flows continue at the average month so far; stocks follow the least-squares trend of the
 *   months so far.
 */
import type { IndicatorData } from "./evaluation";
import type { DataCode, IndicatorCode } from "./indicators";
import { INDICATORS } from "./indicators";
import { dataOf, formulaOf, monthValues, valueOver } from "./jfw";
import { monthsJanTo, ym } from "./yearMonth";

export type ForecastMethod = "seasonal" | "linear";

/** The 12 months of `year` for one data code: actual Jan…month, projected after; null when it can't be projected. */
export function projectYear(data: IndicatorData, code: DataCode, year: number, month: number, method: ForecastMethod): number[] | null {
  const known = monthValues(data, code, monthsJanTo(year, month));
  if (known.missing.length > 0) return null;
  const current = known.values as number[];
  if (month === 12) return current;
  const out = [...current];
  if (method === "seasonal") {
    const prev = monthValues(data, code, monthsJanTo(year - 1, 12));
    if (prev.missing.length > 0) return null;
    const prevValues = prev.values as number[];
    let sumCur = 0;
    let sumPrev = 0;
    for (let i = 0; i < month; i++) {
      sumCur += current[i];
      sumPrev += prevValues[i];
    }
    if (sumPrev === 0) return null;
    const factor = sumCur / sumPrev;
    for (let k = month; k < 12; k++) out.push(prevValues[k] * factor);
    return out;
  }
  if (INDICATORS[code].kind === "flow" || month === 1) {
    const avg = current.reduce((a, b) => a + b, 0) / month;
    for (let k = month; k < 12; k++) out.push(INDICATORS[code].kind === "flow" ? avg : current[month - 1]);
    return out;
  }
  // Least-squares line through (1, v1) … (m, vm).
  const n = month;
  const meanX = (n + 1) / 2;
  const meanY = current.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i + 1 - meanX) * (current[i] - meanY);
    sxx += (i + 1 - meanX) ** 2;
  }
  const slope = sxy / sxx;
  for (let k = month; k < 12; k++) out.push(meanY + slope * (k + 1 - meanX));
  return out;
}

/** The data with the rest of `year` projected for the codes a figure needs; null when a code can't be projected. */
export function projectedData(data: IndicatorData, codes: readonly DataCode[], year: number, month: number, method: ForecastMethod): IndicatorData | null {
  const projected: IndicatorData = { ...data };
  for (const code of new Set(codes)) {
    const values = projectYear(data, code, year, month, method);
    if (!values) return null;
    const series = new Map(data[code] ?? []);
    values.forEach((v, i) => series.set(ym(year, i + 1), v));
    projected[code] = series;
  }
  return projected;
}

/** December Jahresfortschrittswert of `code` forecast from January … `month`; null when it can't be. */
export function forecastDecember(
  data: IndicatorData,
  code: IndicatorCode,
  year: number,
  month: number,
  method: ForecastMethod,
  gapMode: "signed" | "abs" = "signed",
): number | null {
  const formula = formulaOf(code, gapMode);
  const projected = projectedData(data, dataOf(formula), year, month, method);
  if (!projected) return null;
  return valueOver(projected, formula, monthsJanTo(year, 12)).value;
}

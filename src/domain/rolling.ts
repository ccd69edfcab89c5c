/**
 * Rolling monthly values as BA Statistik publishes them for month m (not Jahresfortschrittswerte):
 * - quotas (K2, K2_F, K2_M, K3E1): Σ flow of the 12 months ending in m ÷ Ø stock of months m−12 … m−1;
 * - K1, K1E1, K1E2, K3 (and a plain data code): the month's value ÷ the same month a year earlier − 1;
 * - the share of bedarfsdeckende Integrationen and the gap: over the 12 months ending in m.
 */
import type { IndicatorData } from "./evaluation";
import { relativeChange } from "./figures";
import { dataNeeded, type IndicatorCode } from "./indicators";
import { figure, formulaOf, missingFigure, valueOver, type Figure, type JfwOptions } from "./jfw";
import { endingAt, monthIndex, monthSpan } from "./monthSpan";
import type { YearMonth } from "./yearMonth";

export function rolling(data: IndicatorData, code: IndicatorCode, month: YearMonth, opts: JfwOptions = {}): Figure {
  const formula = formulaOf(code, opts.gapMode);
  if (formula.kind === "flow" || formula.kind === "stock") {
    // A single month is a one-month span: its value whether the code is a flow or a stock.
    const now = valueOver(data, formula, [month]);
    const yearBefore = valueOver(data, formula, monthSpan(monthIndex(month) - 12, 1));
    const missing = [...now.missing, ...yearBefore.missing];
    if (missing.length > 0) return missingFigure(missing);
    if (!now.ok) return now;
    if (!yearBefore.ok) return yearBefore;
    return figure(relativeChange(now.value, yearBefore.value));
  }
  return valueOver(data, formula, endingAt(month, 12));
}

/** The key figures BA Statistik and sgb2.info publish monthly, in their order. */
export const PUBLISHED_ROLLING = ["K1", "K1E1", "K1E2", "K2", "K2_F", "K2_M", "K3", "K3E1"] as const satisfies readonly IndicatorCode[];
export type PublishedCode = (typeof PUBLISHED_ROLLING)[number];

/**
 * The published rolling values for `month`, as fractions (K2 0.2043 = 20,43 %; K1 −0.012 = −1,2 % against
 * the same month a year earlier). Only key figures whose series the workbook holds; null where a month
 * they need is missing (never computed from a blank).
 */
export function publishedRolling(data: IndicatorData, month: YearMonth): Partial<Record<PublishedCode, number | null>> {
  const out: Partial<Record<PublishedCode, number | null>> = {};
  for (const code of PUBLISHED_ROLLING) {
    if (!dataNeeded(code).every((c) => data[c] !== undefined && data[c]!.size > 0)) continue;
    const f = rolling(data, code, month);
    out[code] = f.ok ? f.value : null;
  }
  return out;
}

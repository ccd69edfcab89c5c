/**
 * Rolling monthly values as BA Statistik publishes them for month m (not Jahresfortschrittswerte):
 * - quotas (K2, K2_F, K2_M, K3E1): Σ flow of the 12 months ending in m ÷ Ø stock of months m−12 … m−1;
 * - K1, K1E1, K1E2, K3 (and a plain data code): the month's value ÷ the same month a year earlier − 1;
 * - the share of bedarfsdeckende Integrationen and the gap: over the 12 months ending in m.
 */
import type { IndicatorData, MissingMonth } from "./evaluation";
import { relativeChange } from "./figures";
import { dataNeeded, INDICATORS, type DataCode, type IndicatorCode } from "./indicators";
import type { DomainError } from "./result";
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

/** One published key figure for a month: its value, the months it covers, and why it is missing. */
export interface PublishedFigure {
  code: PublishedCode;
  /**
   * "change": the month against the same month a year earlier (K1, K1E1, K1E2, K3), a relative change;
   * "quota": Σ integrations of the 12 months ending in the month ÷ Ø stock of the 12 months before each.
   */
  kind: "change" | "quota";
  /** A fraction (K2 0.2043 = 20,43 %, K1 −0.012 = −1,2 %); null when it cannot be computed (never 0 for a blank). */
  value: number | null;
  /** Change: the month compared (`to`) and the same month a year earlier (`from`); quota: the 12 months of integrations. */
  months: { from: YearMonth; to: YearMonth };
  /** Quota only: the months of the stock it divides by, one month earlier. */
  stockMonths?: { from: YearMonth; to: YearMonth };
  /** Data the workbook does not hold at all (no series, or an empty one). */
  absent: DataCode[];
  /** Months it needs that are blank. */
  missing: MissingMonth[];
  /** Why the value is null when no month is missing (e.g. a zero a year earlier). */
  problem?: DomainError;
}

/** Every published key figure for `month`, in BA's order, each with its months and the reason it is missing. */
export function publishedFigures(data: IndicatorData, month: YearMonth): PublishedFigure[] {
  const i = monthIndex(month);
  return PUBLISHED_ROLLING.map((code) => {
    const quota = INDICATORS[code].kind === "quota";
    const absent = dataNeeded(code).filter((c) => data[c] === undefined || data[c]!.size === 0);
    const f = absent.length > 0 ? null : rolling(data, code, month);
    const out: PublishedFigure = {
      code,
      kind: quota ? "quota" : "change",
      value: f && f.ok ? f.value : null,
      months: { from: monthSpan(quota ? i - 11 : i - 12, 1)[0], to: month },
      absent,
      missing: f ? f.missing : [],
    };
    if (quota) out.stockMonths = { from: monthSpan(i - 12, 1)[0], to: monthSpan(i - 1, 1)[0] };
    if (f && !f.ok && f.missing.length === 0) out.problem = f.error;
    return out;
  });
}

/**
 * The published rolling values for `month`, as fractions (K2 0.2043 = 20,43 %; K1 −0.012 = −1,2 % against
 * the same month a year earlier). Only key figures whose series the workbook holds; null where a month
 * they need is missing (never computed from a blank).
 */
export function publishedRolling(data: IndicatorData, month: YearMonth): Partial<Record<PublishedCode, number | null>> {
  const out: Partial<Record<PublishedCode, number | null>> = {};
  for (const f of publishedFigures(data, month)) if (f.absent.length === 0) out[f.code] = f.value;
  return out;
}

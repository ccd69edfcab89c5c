/**
 * How many more integrations are needed by December, for targets on integrations (INT, INT_F, INT_M,
 * INT_LZB) and on integration quotas (K2, K2_F, K2_M, K3E1). Other targets have no shortfall (null).
 */
import type { IndicatorData, TargetEvaluation } from "./evaluation";
import { shortfall } from "./figures";
import type { DataCode } from "./indicators";
import { formulaOf } from "./jfw";
import { forecastStockMean } from "./forecast";
import { spanTotal } from "./cumulative";
import type { MonthValue } from "./figures";
import { janTo } from "./monthSpan";
import { seriesValues } from "./series";
import type { Target } from "./targets";
import { ym } from "./yearMonth";

const INTEGRATION_FLOWS: ReadonlySet<DataCode> = new Set<DataCode>(["INT", "INT_F", "INT_M", "INT_LZB"]);

export type Shortfall = NonNullable<TargetEvaluation["shortfall"]>;

/** The target level for December: percent → previous December × (1 + value); points → + value; count → value. */
function decemberGoal(target: Target, previousDecember: number | null): number | null {
  if (target.unit === "count") return target.value;
  if (previousDecember === null) return null;
  return target.unit === "percent" ? previousDecember * (1 + target.value) : previousDecember + target.value;
}

/**
 * `previousDecember` is the previous year's December JFW of the target's indicator (a total for a flow,
 * a quota for a quota). Whole integrations, never negative; per remaining month (null in December).
 */
export function integrationShortfall(data: IndicatorData, target: Target, year: number, month: number, previousDecember: number | null): Shortfall | null {
  if (target.direction !== ">=") return null;
  const formula = formulaOf(target.indicator);
  let flow: DataCode;
  let needed: number | null;
  if (formula.kind === "flow" && INTEGRATION_FLOWS.has(formula.code)) {
    flow = formula.code;
    // Points on a count of integrations has no meaning.
    needed = target.unit === "points" ? null : decemberGoal(target, previousDecember);
  } else if (formula.kind === "quota" && INTEGRATION_FLOWS.has(formula.flow)) {
    flow = formula.flow;
    const goalQuota = decemberGoal(target, previousDecember);
    // The December quota divides by the mean stock Dec(y−1) … Nov(y): forecast it seasonally, or linearly
    // when the previous year lacks months.
    const start = ym(year - 1, 12);
    let stock = forecastStockMean(data, formula.stock, start, month, "seasonal");
    if (!stock.ok) stock = forecastStockMean(data, formula.stock, start, month, "linear");
    needed = goalQuota === null || !stock.ok ? null : goalQuota * stock.value;
  } else return null;
  if (needed === null) return null;
  let soFar: MonthValue[];
  const fast = spanTotal(data[flow], year * 12, month);
  if (fast !== null) soFar = [fast];
  else {
    const months = seriesValues(data, flow, janTo(year, month));
    if (months.missing.length > 0) return null; // a month of this year is missing: nothing sound to say
    soFar = months.values;
  }
  const total = shortfall(needed, soFar);
  if (!total.ok) return null;
  const remaining = 12 - month;
  return { total: total.value, perMonth: remaining > 0 ? total.value / remaining : null };
}

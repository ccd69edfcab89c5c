/**
 * Evaluating an agreement's targets for a report month: JFW against the same months of the previous
 * year, the change in the target's unit, the status, the in-year target path, forecasts and shortfall.
 */
import type { Evaluation, IndicatorData, MissingMonth, MonitoringEvaluation, PathPoint, Status, TargetEvaluation } from "./evaluation";
import { meets, narrowlyMissed, shortfall as shortfallOf } from "./figures";
import { forecastDecember, projectedData } from "./forecast";
import { INDICATORS } from "./indicators";
import { formulaOf, jfw, valueOver } from "./jfw";
import type { MonitoringItem, Target, TargetSet } from "./targets";
import { addMonths, monthsJanTo, parseYearMonth, ym, type YearMonth } from "./yearMonth";

/** Change of a level in the target's unit: relative for "percent", difference for "points" and "count". */
export function changeIn(unit: Target["unit"], current: number, previous: number): number | null {
  if (unit === "percent") return previous === 0 ? null : current / previous - 1;
  return current - previous;
}

/** The level the JFW should reach in a month whose previous-year JFW is `previousAtMonth`. */
export function inYearTargetLevel(target: Target, previousAtMonth: number | null, previousShare: number | null): number | null {
  switch (target.unit) {
    case "percent":
      return previousAtMonth === null ? null : previousAtMonth * (1 + target.value);
    case "points":
      return previousAtMonth === null ? null : previousAtMonth + target.value;
    case "count":
      // Flows accumulate: by month m the agreed total times last year's share reached by m.
      return INDICATORS[target.indicator].kind === "flow" ? (previousShare === null ? null : target.value * previousShare) : target.value;
  }
}

function uniqueMissing(list: MissingMonth[]): MissingMonth[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const key = `${m.code}|${m.month}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const INTEGRATION_FLOWS = new Set(["INT", "INT_F", "INT_M", "INT_LZB"]);

/** Integrations still needed by December, for targets on integrations or on an integration quota. */
function shortfallFor(data: IndicatorData, target: Target, year: number, month: number, previousDecember: number | null): TargetEvaluation["shortfall"] {
  const formula = formulaOf(target.indicator);
  const remaining = 12 - month;
  const result = (total: number) => ({
    total,
    perMonth: remaining > 0 ? total / remaining : null,
  });
  if (formula.kind === "flow" && INTEGRATION_FLOWS.has(formula.code)) {
    const goal = target.unit === "count" ? target.value : target.unit === "percent" && previousDecember !== null ? previousDecember * (1 + target.value) : null;
    if (goal === null) return null;
    const r = shortfallOf(
      goal,
      monthsJanTo(year, month).map((m) => data[formula.code]?.get(m) ?? null),
    );
    return r.ok ? result(r.value) : null;
  }
  if (formula.kind === "quota" && target.unit !== "count" && previousDecember !== null) {
    const goalQuota = target.unit === "percent" ? previousDecember * (1 + target.value) : previousDecember + target.value;
    // The December quota divides by the average stock Dec(y−1) … Nov(y): project the stock seasonally.
    const projected = projectedData(data, [formula.stock], year, month, "seasonal");
    if (!projected) return null;
    const stock = valueOver(
      projected,
      { kind: "stock", code: formula.stock },
      monthsJanTo(year, 12).map((m) => addMonths(m, -1)),
    ).value;
    if (stock === null) return null;
    const r = shortfallOf(
      goalQuota * stock,
      monthsJanTo(year, month).map((m) => data[formula.flow]?.get(m) ?? null),
    );
    return r.ok ? result(r.value) : null;
  }
  return null;
}

export function evaluateTarget(data: IndicatorData, target: Target, asOf: YearMonth): TargetEvaluation {
  const { year, month } = parseYearMonth(asOf);
  const gapMode = target.gapMode ?? "signed";
  const cur = jfw(data, target.indicator, year, month, gapMode);
  const prev = jfw(data, target.indicator, year - 1, month, gapMode);
  // The previous year's JFW of every month, computed once: it gives both the in-year path and the profile.
  const prevByMonth = Array.from({ length: 12 }, (_, i) => (i + 1 === month ? prev.value : jfw(data, target.indicator, year - 1, i + 1, gapMode).value));
  const prevDec = prevByMonth[11];
  const previousShare = (m: number) => {
    const p = prevByMonth[m - 1];
    return p === null || prevDec === null || prevDec === 0 ? null : p / prevDec;
  };

  const path: PathPoint[] = [];
  for (let m = 1; m <= month; m++) {
    path.push({
      month: ym(year, m),
      actual: m === month ? cur.value : jfw(data, target.indicator, year, m, gapMode).value,
      inYearTarget: inYearTargetLevel(target, prevByMonth[m - 1], previousShare(m)),
    });
  }
  const inYearTarget = path[path.length - 1].inYearTarget;
  const change = cur.value !== null && prev.value !== null ? changeIn(target.unit, cur.value, prev.value) : null;

  let met: boolean | null = null;
  let narrow = false;
  if (target.unit === "count") {
    if (cur.value !== null && inYearTarget !== null) {
      met = meets(cur.value, inYearTarget, target.direction);
      narrow = narrowlyMissed(cur.value, inYearTarget, target.direction, 1, 0);
    }
  } else if (change !== null) {
    met = meets(change, target.value, target.direction);
    narrow = narrowlyMissed(change, target.value, target.direction, 100, 1);
  }
  const status: Status = met === null ? "keine Daten" : month === 12 ? (met ? "erreicht" : "nicht erreicht") : met ? "auf Kurs" : "gefährdet";

  return {
    target,
    asOf,
    current: cur.value,
    previous: prev.value,
    change,
    met,
    status,
    narrowlyMissed: narrow,
    inYearTarget,
    forecast: {
      seasonal: forecastDecember(data, target.indicator, year, month, "seasonal", gapMode),
      linear: forecastDecember(data, target.indicator, year, month, "linear", gapMode),
    },
    shortfall: met === null ? null : shortfallFor(data, target, year, month, prevDec),
    path,
    missing: uniqueMissing([...cur.missing, ...prev.missing]),
  };
}

export function evaluateMonitoring(data: IndicatorData, item: MonitoringItem, asOf: YearMonth): MonitoringEvaluation {
  const { year, month } = parseYearMonth(asOf);
  const cur = jfw(data, item.indicator, year, month);
  const prev = jfw(data, item.indicator, year - 1, month);
  const points = INDICATORS[item.indicator].kind === "share" || INDICATORS[item.indicator].kind === "quota" || item.indicator === "GAP";
  const changeUnit = points ? "points" : "percent";
  return {
    item,
    asOf,
    current: cur.value,
    previous: prev.value,
    change: cur.value !== null && prev.value !== null ? changeIn(changeUnit, cur.value, prev.value) : null,
    changeUnit,
    missing: uniqueMissing([...cur.missing, ...prev.missing]),
  };
}

export function evaluate(data: IndicatorData, set: TargetSet, asOf: YearMonth): Evaluation {
  return {
    asOf,
    targets: set.targets.map((t) => evaluateTarget(data, t, asOf)),
    monitoring: set.monitoring.map((m) => evaluateMonitoring(data, m, asOf)),
  };
}

/**
 * The latest month of `year` (default: the agreement's year) for which every target has its data, this
 * year's and the previous year's same months; null when there is none.
 */
export function latestCompleteMonth(data: IndicatorData, set: TargetSet, year: number = set.year): YearMonth | null {
  const codes = set.targets.length > 0 ? set.targets.map((t) => t.indicator) : set.monitoring.map((m) => m.indicator);
  if (codes.length === 0) return null;
  for (let month = 12; month >= 1; month--) {
    const complete = codes.every((code) => {
      const formula = formulaOf(code);
      return (
        valueOver(data, formula, monthsJanTo(year, month)).missing.length === 0 && valueOver(data, formula, monthsJanTo(year - 1, month)).missing.length === 0
      );
    });
    if (complete) return monthsJanTo(year, month)[month - 1];
  }
  return null;
}

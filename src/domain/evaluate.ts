/**
 * Evaluating an agreement for a report month: each target's JFW against the same months of the
 * previous year, the change in the target's unit, the status, the in-year target path, forecasts and
 * the shortfall; monitoring items shown without a judgement.
 */
import { changeIn, followsProfile, inYearTargetLevel, monitoringChangeUnit } from "./changes";
import type { Evaluation, IndicatorData, MissingMonth, MonitoringEvaluation, PathPoint, Status, TargetEvaluation } from "./evaluation";
import { meets, narrowlyMissed } from "./figures";
import { forecastDecember } from "./forecast";
import { INDICATORS, type IndicatorCode } from "./indicators";
import { formulaLacks, formulaOf, jfw, valueOf, yearValues, type JfwOptions } from "./jfw";
import type { DomainError, Result } from "./result";
import { missingError, uniqueMissing } from "./series";
import { integrationShortfall } from "./shortfall";
import type { MonitoringItem, Target, TargetSet } from "./targets";
import { janTo, monthIndex } from "./monthSpan";
import { YearFigures } from "./yearFigures";
import { ym, type YearMonth } from "./yearMonth";

/** Year and month of a report month (through the cached index: this runs for every target and month). */
function yearAndMonth(asOf: YearMonth): { year: number; month: number } {
  const i = monthIndex(asOf);
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/** A target spread over the year by last year's profile needs last year's December JFW (docs/in-year-targets.md). */
function needsPreviousTotal(target: Target, month: number): boolean {
  return month < 12 && followsProfile(target);
}

/** part ÷ total, null without either or with a zero total. */
function ratio(part: number | null, total: number | null): number | null {
  return part === null || total === null || total === 0 ? null : part / total;
}

/**
 * The previous year's profile: the share of its December JFW reached by month m. The gap's own JFW can
 * be near zero or change sign, so it takes the profile of the two quotas it is the difference of.
 */
class Profile {
  private readonly men: YearFigures | null;
  private readonly women: YearFigures | null;

  constructor(
    data: IndicatorData,
    target: Target,
    year: number,
    private readonly previous: YearFigures,
  ) {
    const gap = INDICATORS[target.indicator].kind === "gap";
    this.men = gap ? new YearFigures(data, "K2_M", year - 1, NO_OPTIONS) : null;
    this.women = gap ? new YearFigures(data, "K2_F", year - 1, NO_OPTIONS) : null;
  }

  share(m: number): number | null {
    if (!this.men || !this.women) return ratio(this.previous.value(m), this.previous.value(12));
    return ratio(this.both(m), this.both(12));
  }

  private both(m: number): number | null {
    const a = this.men!.value(m);
    const b = this.women!.value(m);
    return a === null || b === null ? null : a + b;
  }
}

const NO_OPTIONS: JfwOptions = Object.freeze({});

function statusOf(met: boolean | null, month: number): Status {
  if (met === null) return "noData";
  if (month === 12) return met ? "met" : "missed";
  return met ? "onTrack" : "atRisk";
}

/** The reason a figure is null: the missing months if any, else the first failed computation. */
function problemOf(missing: MissingMonth[], results: readonly (Result<number> | null)[]): DomainError | undefined {
  if (missing.length > 0) return missingError(missing);
  for (const r of results) if (r && !r.ok) return r.error;
  return undefined;
}

export function evaluateTarget(data: IndicatorData, target: Target, asOf: YearMonth): TargetEvaluation {
  const { year, month } = yearAndMonth(asOf);
  const opts: JfwOptions = { gapMode: target.gapMode ?? "signed" };
  const now = new YearFigures(data, target.indicator, year, opts);
  const before = new YearFigures(data, target.indicator, year - 1, opts);
  const current = now.figure(month);
  const previous = before.figure(month);

  const profile = new Profile(data, target, year, before);
  const profiled = followsProfile(target);

  const months = janTo(year, month);
  const path: PathPoint[] = new Array(month);
  for (let m = 1; m <= month; m++)
    path[m - 1] = {
      month: months[m - 1],
      actual: now.value(m),
      inYearTarget: inYearTargetLevel(target, m, before.value(m), m < 12 && profiled ? profile.share(m) : null),
    };
  const inYearTarget = path[month - 1].inYearTarget;

  const change = current.ok && previous.ok ? changeIn(target.unit, current.value, previous.value) : null;
  let met: boolean | null = null;
  let narrow = false;
  if (target.unit === "count") {
    // A count target judges the level; rates are displayed in per cent with one decimal, counts whole.
    const [scale, decimals] = INDICATORS[target.indicator].unit === "fraction" ? [100, 1] : [1, 0];
    if (current.ok && inYearTarget !== null) {
      met = meets(current.value, inYearTarget, target.direction);
      narrow = narrowlyMissed(current.value, inYearTarget, target.direction, scale, decimals);
    }
  } else if (needsPreviousTotal(target, month)) {
    // Points on a quota or the gap before December: the year's points are spread by last year's profile,
    // so the JFW is judged against that in-year level (docs/in-year-targets.md), not the full points.
    if (current.ok && inYearTarget !== null) {
      met = meets(current.value, inYearTarget, target.direction);
      narrow = narrowlyMissed(current.value, inYearTarget, target.direction, 100, 2);
    }
  } else if (change?.ok) {
    met = meets(change.value, target.value, target.direction);
    narrow = narrowlyMissed(change.value, target.value, target.direction, 100, 1);
  }

  const missing = uniqueMissing([...current.missing, ...previous.missing, ...(needsPreviousTotal(target, month) ? before.figure(12).missing : [])]);
  const problem = problemOf(missing, [current, previous, change]);
  const evaluation: TargetEvaluation = {
    target,
    asOf,
    current: valueOf(current),
    previous: valueOf(previous),
    change: change ? valueOf(change) : null,
    met,
    status: statusOf(met, month),
    narrowlyMissed: narrow,
    inYearTarget,
    distanceToInYearTarget: current.ok && inYearTarget !== null ? current.value - inYearTarget : null,
    distanceToTarget:
      target.unit === "count"
        ? current.ok && inYearTarget !== null
          ? current.value - inYearTarget
          : null
        : change?.ok
          ? change.value - target.value
          : null,
    attainment: target.unit === "count" && target.direction === ">=" && current.ok && target.value !== 0 ? current.value / target.value : null,
    forecast: {
      seasonal: valueOf(forecastDecember(data, target.indicator, year, month, "seasonal", opts)),
      linear: valueOf(forecastDecember(data, target.indicator, year, month, "linear", opts)),
    },
    shortfall: met === null ? null : integrationShortfall(data, target, year, month, target.unit === "count" ? null : before.value(12)),
    path,
    missing,
  };
  if (problem) evaluation.problem = problem;
  return evaluation;
}

export function evaluateMonitoring(data: IndicatorData, item: MonitoringItem, asOf: YearMonth): MonitoringEvaluation {
  const { year, month } = yearAndMonth(asOf);
  const current = jfw(data, item.indicator, year, month);
  const previous = jfw(data, item.indicator, year - 1, month);
  const changeUnit = monitoringChangeUnit(INDICATORS[item.indicator].kind);
  const change = current.ok && previous.ok ? changeIn(changeUnit, current.value, previous.value) : null;
  const missing = uniqueMissing([...current.missing, ...previous.missing]);
  const problem = problemOf(missing, [current, previous, change]);
  const evaluation: MonitoringEvaluation = {
    item,
    asOf,
    current: valueOf(current),
    previous: valueOf(previous),
    change: change ? valueOf(change) : null,
    changeUnit,
    missing,
  };
  if (problem) evaluation.problem = problem;
  return evaluation;
}

export function evaluate(data: IndicatorData, set: TargetSet, asOf: YearMonth): Evaluation {
  return {
    asOf,
    targets: set.targets.map((t) => evaluateTarget(data, t, asOf)),
    monitoring: set.monitoring.map((m) => evaluateMonitoring(data, m, asOf)),
  };
}

/** Whether the JFW of `code` at `month` of `year` lacks no month (it may still fail, e.g. on a zero stock). */
function completeAt(data: IndicatorData, code: IndicatorCode, fast: number[], year: number, month: number, opts: JfwOptions): boolean {
  const v = fast[month];
  if (v === v) return true;
  if (formulaLacks(data, formulaOf(code, opts.gapMode), year * 12, month)) return false;
  return jfw(data, code, year, month, opts).missing.length === 0;
}

/** Whether every month a target's status at `month` depends on is present. */
function targetComplete(data: IndicatorData, target: Target, year: number, month: number, now: number[], before: number[]): boolean {
  const opts: JfwOptions = { gapMode: target.gapMode ?? "signed" };
  return (
    completeAt(data, target.indicator, now, year, month, opts) &&
    completeAt(data, target.indicator, before, year - 1, month, opts) &&
    (!needsPreviousTotal(target, month) || completeAt(data, target.indicator, before, year - 1, 12, opts))
  );
}

/**
 * The latest month of `year` (default: the agreement's year) for which every target has its data: the
 * months of this year and the previous year's same months, the lagged December stock of quotas, and for
 * count targets on flows the previous year's total. An agreement without targets uses its monitoring
 * items. Null when no month is complete.
 */
export function latestCompleteMonth(data: IndicatorData, set: TargetSet, year: number = set.year): YearMonth | null {
  const targets: Target[] =
    set.targets.length > 0
      ? set.targets
      : set.monitoring.map((m) => ({ id: m.id, goal: "I", indicator: m.indicator, unit: "percent", direction: ">=", value: 0, wording: m.wording }));
  if (targets.length === 0) return null;
  // Each target's twelve JFWs of both years at once; jfw is asked only where one of them has no value.
  const values = targets.map((t) => {
    const formula = formulaOf(t.indicator, t.gapMode ?? "signed");
    return { now: yearValues(data, formula, year, 12), before: yearValues(data, formula, year - 1, 12) };
  });
  for (let month = 12; month >= 1; month--) if (targets.every((t, i) => targetComplete(data, t, year, month, values[i].now, values[i].before))) return ym(year, month);
  return null;
}

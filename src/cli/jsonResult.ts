/** The one JSON document `zielmonitor evaluate --json` prints. Numbers are fractions like the custom functions. */
import { statusLabel } from "../domain/display";
import type { Evaluation, Status, Vintage } from "../domain/evaluation";
import type { YearMonth } from "../domain/yearMonth";
import type { EvaluatedJobcenter } from "../workbook/host";
import type { Problem } from "../workbook/types";
import { text } from "../domain/messages";

export interface JsonTarget {
  id: string;
  goal: string;
  indicator: string;
  wording: string;
  current: number | null;
  previous: number | null;
  change: number | null;
  target: number;
  unit: string;
  direction: string;
  met: boolean | null;
  /** A code: met, onTrack, atRisk, missed, noData (see README). */
  status: Status;
  /** The status as a word in the output language: "nicht erreicht" / "not met". */
  statusText: string;
  narrowlyMissed: boolean;
  inYearTarget: number | null;
  /** Year-end level by the seasonal method (the previous year's monthly profile). */
  forecast: number | null;
  forecastMethod: "seasonal";
  forecastLinear: number | null;
  /** "Abstand zum unterjährigen Ziel": JFW − in-year level, in the indicator's unit (fraction for quotas); negative = below. */
  distanceToInYearTarget: number | null;
  /** Distance to the target in the target's unit: change − target (fractions), or for counts the level − in-year level. */
  distanceToTarget: number | null;
  /** Count targets: JFW ÷ the year's agreed level (580 of 672 = 0.863). */
  attainment: number | null;
  /** "Restbedarf bis Dezember": integrations still needed by December to reach the year's target; null where not about integrations. */
  remainingToDecember: number | null;
  /** The same per remaining month (null in December). */
  remainingPerMonth: number | null;
  missing: { code: string; month: YearMonth }[];
}

export interface JsonMonitoring {
  id: string;
  indicator: string;
  wording: string;
  current: number | null;
  previous: number | null;
  change: number | null;
  unit: string;
  missing: { code: string; month: YearMonth }[];
}

export interface JsonResult {
  asOf: YearMonth | null;
  vintage: Vintage;
  /**
   * All Jobcenters together (workbooks of several): the JFW of the summed data – flows and stocks summed,
   * quotas Σ integrations ÷ Σ average stock – and its change, not judged; null for one Jobcenter.
   */
  all: { asOf: YearMonth; rolling: NonNullable<Evaluation["rolling"]>; figures: JsonMonitoring[] } | null;
  jobcenters: {
    key: string;
    name: string;
    asOf: YearMonth;
    /** Whose agreement judged this Jobcenter (the key of its target set); null: no agreement, figures only. */
    targetsFor: string | null;
    /** The published rolling key figures for the report month, fractions (K2 0.2043 = 20,43 %). */
    rolling: NonNullable<Evaluation["rolling"]>;
    targets: JsonTarget[];
    monitoring: JsonMonitoring[];
  }[];
  problems: {
    severity: string;
    sheet: string | null;
    cell: string | null;
    message: string;
  }[];
}

function monitoringJson(m: Evaluation["monitoring"][number]): JsonMonitoring {
  return {
    id: m.item.id,
    indicator: m.item.indicator,
    wording: m.item.wording,
    current: m.current,
    previous: m.previous,
    change: m.change,
    unit: m.changeUnit,
    missing: m.missing,
  };
}

export function buildJsonResult(
  asOf: YearMonth | null,
  vintage: Vintage,
  jobcenters: EvaluatedJobcenter[],
  problems: Problem[],
  lang: "de" | "en",
  aggregate: Evaluation | null = null,
): JsonResult {
  return {
    asOf,
    vintage,
    jobcenters: jobcenters.map(({ jobcenter, evaluation, targetsFor }) => ({
      key: jobcenter.key,
      name: jobcenter.name,
      asOf: evaluation.asOf,
      targetsFor: targetsFor === undefined ? jobcenter.key : targetsFor,
      rolling: evaluation.rolling ?? {},
      targets: evaluation.targets.map((e) => ({
        id: e.target.id,
        goal: e.target.goal,
        indicator: e.target.indicator,
        wording: e.target.wording,
        current: e.current,
        previous: e.previous,
        change: e.change,
        target: e.target.value,
        unit: e.target.unit,
        direction: e.target.direction,
        met: e.met,
        status: e.status,
        statusText: statusLabel(e.status, lang),
        narrowlyMissed: e.narrowlyMissed,
        inYearTarget: e.inYearTarget,
        forecast: e.forecast.seasonal,
        forecastMethod: "seasonal" as const,
        forecastLinear: e.forecast.linear,
        distanceToInYearTarget: e.distanceToInYearTarget ?? null,
        distanceToTarget: e.distanceToTarget ?? null,
        attainment: e.attainment ?? null,
        remainingToDecember: e.shortfall ? e.shortfall.total : null,
        remainingPerMonth: e.shortfall ? e.shortfall.perMonth : null,
        missing: e.missing,
      })),
      monitoring: evaluation.monitoring.map(monitoringJson),
    })),
    all: aggregate ? { asOf: aggregate.asOf, rolling: aggregate.rolling ?? {}, figures: aggregate.monitoring.map(monitoringJson) } : null,
    problems: problems.map((p) => ({
      severity: p.severity,
      sheet: p.sheet ?? null,
      cell: p.cell ?? null,
      message: text(p.message, lang),
    })),
  };
}

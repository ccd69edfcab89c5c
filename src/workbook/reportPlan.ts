/**
 * The one report plan: from a detection, the target sets and the user's choices (CLI flags or the pane's
 * selections) it decides which Jobcenters are judged against which agreement, the vintage, the months
 * that carry data, the report month and every warning. The CLI and the task pane both call it, so the same
 * file gives the same month, vintage and warnings in both. Pure: no host, no file.
 *
 * The default report month is the latest month of the target year in which every target of every
 * Jobcenter with an agreement can be judged (the earliest of the Jobcenters' latest complete months).
 */
import { latestCompleteMonth } from "../domain/evaluate";
import { keyMonths } from "../domain/cumulative";
import type { IndicatorData, MonthlySeries, Vintage } from "../domain/evaluation";
import type { TargetSet } from "../domain/targets";
import { parseYearMonth, type YearMonth } from "../domain/yearMonth";
import { seriesOfJobcenter, toIndicatorData, vintagesOf } from "./detect";
import { assignAgreements, type TargetsChoice } from "./targetsFor";
import { mixedVintages } from "./vintageMix";
import type { DetectedSeries, Detection, Jobcenter, Problem } from "./types";
import { message, type Message } from "../domain/messages";

export type { TargetsChoice } from "./targetsFor";

/** What the user chose; anything left out is decided by the plan. */
export interface ReportChoices {
  month?: YearMonth | null;
  vintage?: Vintage | null;
}

/** What the plan needs of the engine; the pane passes its own (tests fake it), the CLI the real one. */
export interface PlanEngine {
  toData(detection: Detection, jobcenterKey: string, vintage: Vintage): IndicatorData;
  latestCompleteMonth(data: IndicatorData, set: TargetSet, year?: number): YearMonth | null;
}

export const REAL_PLAN_ENGINE: PlanEngine = {
  toData: toIndicatorData,
  latestCompleteMonth: (data, set, year) => latestCompleteMonth(data, set, year),
};

export interface PlannedJobcenter {
  jobcenter: Jobcenter;
  /** The key whose agreement is applied ("05358"; "" for a workbook-wide set); null: no agreement. */
  targetsFor: string | null;
  /** The agreement applied; null: "keine Zielvereinbarung" – its figures are shown, never judged. */
  targetSet: TargetSet | null;
  data: IndicatorData;
  /** The series in the chosen vintage (with their cells). */
  series: DetectedSeries[];
  /** Latest month of the target year in which all its targets can be judged. */
  latestComplete: YearMonth | null;
}

export interface ReportPlan {
  /** The target year (of the agreements). */
  year: number;
  /** Vintages the workbook distinguishes (empty: none named) and the one used. */
  vintages: Vintage[];
  vintage: Vintage;
  jobcenters: PlannedJobcenter[];
  /** Months of the target year that carry any data in the chosen vintage, oldest first (what a user can choose). */
  months: YearMonth[];
  /** The month the plan proposes without a choice. */
  defaultMonth: YearMonth | null;
  /** The month evaluated; null when nothing can be evaluated (then `problems` says why, with an error). */
  asOf: YearMonth | null;
  /** Every series the evaluation reads, over all Jobcenters, in the chosen vintage. */
  seriesUsed: DetectedSeries[];
  /** The detection's problems followed by the plan's own warnings and errors. */
  problems: Problem[];
}

/** Jobcenters of a detection; a workbook that names none still holds one (key ""). */
export function jobcentersOf(detection: Detection): Jobcenter[] {
  return detection.jobcenters.length > 0 ? detection.jobcenters : [{ key: "", name: "" }];
}

/** Series of one Jobcenter in one vintage; a series without a vintage serves every vintage. */
export function seriesOf(detection: Detection, jobcenterKey: string, vintage: Vintage): DetectedSeries[] {
  return seriesOfJobcenter(detection, jobcenterKey).filter((s) => s.vintage === null || s.vintage === vintage);
}

/** Months (of `year`, or any) that are keys of a series of the data, oldest first. */
function monthsWithData(data: readonly IndicatorData[], year: number | null): YearMonth[] {
  const series: MonthlySeries[] = [];
  for (const d of data) for (const s of Object.values(d)) if (s) series.push(s);
  return year === null ? keyMonths(series) : keyMonths(series, year * 12, year * 12 + 11);
}

function warning(said: Message): Problem {
  return { severity: "warning", message: said };
}

function error(said: Message): Problem {
  return { severity: "error", message: said };
}

function chooseVintage(vintages: Vintage[], sets: TargetSet[], choice: Vintage | null | undefined, problems: Problem[]): Vintage {
  if (choice) {
    if (vintages.length > 0 && !vintages.includes(choice))
      problems.push(
        warning(message("plan.vintageAbsent", { vintage: choice, present: vintages.join(", ") })),
      );
    return choice;
  }
  const named = [...new Set(sets.map((s) => s.vintage).filter((v): v is Vintage => v !== undefined))];
  if (named.length > 1)
    problems.push(
      warning(message("plan.vintagesDiffer", { named: named.join(", "), chosen: named[0] })),
    );
  const preferred: Vintage = named[0] ?? "t-0";
  return vintages.length === 0 || vintages.includes(preferred) ? preferred : vintages[0];
}

export function reportPlan(detection: Detection, targets: TargetsChoice, choices: ReportChoices = {}, engine: PlanEngine = REAL_PLAN_ENGINE): ReportPlan {
  const problems: Problem[] = [...detection.problems];
  const jobcenterList = jobcentersOf(detection);
  const assigned = assignAgreements(targets, jobcenterList, problems);
  const sets = assigned.map((a) => a.targetSet).filter((s): s is TargetSet => s !== null);
  const years = [...new Set(sets.map((s) => s.year))].sort();
  const year = years.length > 0 ? years[years.length - 1] : allSets(targets)[0]?.year ?? new Date().getFullYear();
  if (years.length > 1)
    problems.push(
      warning(message("plan.yearsDiffer", { years: years.join(", "), year })),
    );
  const vintages = vintagesOf(detection);
  const vintage = chooseVintage(vintages, sets, choices.vintage, problems);

  const jobcenters: PlannedJobcenter[] = assigned.map(({ jobcenter, targetSet, targetsFor }) => {
    const data = engine.toData(detection, jobcenter.key, vintage);
    return {
      jobcenter,
      targetsFor,
      targetSet,
      data,
      series: seriesOf(detection, jobcenter.key, vintage),
      latestComplete: targetSet ? engine.latestCompleteMonth(data, targetSet, year) : null,
    };
  });
  const seriesUsed = jobcenters.flatMap((j) => j.series);
  const base = { year, vintages, vintage, jobcenters, seriesUsed, problems };

  const mix = mixedVintages(seriesUsed, detection.series, vintage);
  if (mix) {
    problems.push(mix);
    return { ...base, months: [], defaultMonth: null, asOf: null };
  }

  const months = monthsWithData(
    jobcenters.map((j) => j.data),
    year,
  );
  const judged = jobcenters.filter((j) => j.targetSet !== null);
  const latest = judged.map((j) => j.latestComplete);
  let defaultMonth: YearMonth | null = null;
  if (judged.length > 0 && latest.every((m): m is YearMonth => m !== null)) {
    defaultMonth = [...latest].sort()[0];
    const later = judged.filter((j) => j.latestComplete! > defaultMonth!);
    if (later.length > 0)
      problems.push(
        warning(message("plan.latestJudgeable", { month: defaultMonth, later: later.map(nameOf).join(", ") })),
      );
  } else if (months.length > 0) {
    // No month in which every target can be judged: the latest month in which the most can, missing values named one by one.
    const best = mostJudgeable(judged, months, year, engine);
    defaultMonth = best.month;
    const lacking = judged.filter((j) => j.latestComplete === null);
    const who = lacking.length > 0 && jobcenters.length > 1 ? lacking.map(nameOf).join(", ") : "";
    problems.push(warning(message("plan.noCompleteMonth", { year, who, vintage, month: defaultMonth, judgeable: best.judgeable, total: best.total })));
  }

  let asOf: YearMonth | null = defaultMonth;
  if (choices.month) {
    const chosen = choices.month;
    const hasData = monthsWithData(
      jobcenters.map((j) => j.data),
      null,
    ).includes(chosen);
    if (!hasData) {
      problems.push(
        error(message("plan.noDataFor", { month: chosen, vintage, year, first: months[0] ?? null, last: months[months.length - 1] ?? null })),
      );
      return { ...base, months, defaultMonth, asOf: null };
    }
    asOf = chosen;
    if (parseYearMonth(chosen).year !== year)
      problems.push(
        warning(message("plan.outsideYear", { month: chosen, year })),
      );
  }
  if (asOf === null)
    problems.push(
      error(message("plan.noData", { year, vintage })),
    );
  return { ...base, months, defaultMonth, asOf };
}

/** The latest month in which the most targets (over all Jobcenters) can be judged; the latest month with data when none can. */
function mostJudgeable(judged: PlannedJobcenter[], months: YearMonth[], year: number, engine: PlanEngine): { month: YearMonth; judgeable: number; total: number } {
  const latestPerTarget: (YearMonth | null)[] = [];
  for (const j of judged)
    for (const t of j.targetSet!.targets) latestPerTarget.push(engine.latestCompleteMonth(j.data, { ...j.targetSet!, targets: [t] }, year));
  let best = { month: months[months.length - 1], judgeable: 0, total: latestPerTarget.length };
  for (const month of months) {
    const judgeable = latestPerTarget.filter((m) => m !== null && m >= month).length;
    if (judgeable > 0 && judgeable >= best.judgeable) best = { month, judgeable, total: latestPerTarget.length };
  }
  return best;
}

function nameOf(j: PlannedJobcenter): string {
  return j.jobcenter.name || j.jobcenter.key;
}

function allSets(targets: TargetsChoice): TargetSet[] {
  return targets.kind === "single" ? [targets.set] : Object.values(targets.sets);
}

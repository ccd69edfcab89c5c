/**
 * From a workbook to results: detect the indicators, make the report plan (src/workbook/reportPlan.ts –
 * month, vintage, which agreement judges which Jobcenter), then evaluate every Jobcenter. Shared by the
 * CLI and the task pane, so both say the same about the same file. Missing months become problems naming
 * the sheet and cell where the figure should be.
 */
import { cellAddress } from "./areas";
import { aggregateData } from "../domain/aggregate";
import { evaluate } from "../domain/evaluate";
import type { Evaluation, IndicatorData, Vintage } from "../domain/evaluation";
import { indicatorName } from "../domain/display";
import { publishedRolling } from "../domain/rolling";
import type { MonitoringItem, TargetSet } from "../domain/targets";
import type { YearMonth } from "../domain/yearMonth";
import type { DashReading } from "./cells";
import { detectIndicators } from "./detect";
import type { Mapping } from "./mapping";
import type { EvaluatedJobcenter } from "./host";
import { reportPlan, type PlannedJobcenter, type ReportPlan, type TargetsChoice } from "./reportPlan";
import type { Detection, Problem, WorkbookData } from "./types";
import { message } from "../domain/messages";

export { jobcentersOf, seriesOf } from "./reportPlan";

export interface EvaluateWorkbookOptions {
  mapping?: Mapping;
  /** What `-` means in a hand-kept workbook (detection option; default "missing"; BA exports always read it as 0). */
  dash?: DashReading;
  /** Report month; default: the plan's (the latest month in which every target can be judged). */
  month?: YearMonth;
  /** Default: the agreement's vintage, else t-0. */
  vintage?: Vintage;
}

export interface WorkbookResults {
  detection: Detection;
  plan: ReportPlan;
  /** The agreement for the outputs' titles (year, Jobcenter): the first one applied; each Jobcenter's own is in the plan. */
  targetSet: TargetSet;
  vintage: Vintage;
  /** The report month used; null when nothing is evaluable (then an error in `problems` says why). */
  asOf: YearMonth | null;
  jobcenters: EvaluatedJobcenter[];
  /** All Jobcenters together (several only): the targeted and monitored figures of the summed data, not judged. */
  aggregate: Evaluation | null;
  problems: Problem[];
}

/** Problems for the months an evaluation lacks, each pointing at the cell (or range) where it belongs. */
function missingProblems(jc: EvaluatedJobcenter): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const who = jc.jobcenter.name || jc.jobcenter.key;
  for (const t of jc.evaluation.targets) {
    for (const m of t.missing) {
      const key = `${m.code}|${m.month}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const series = jc.series.find((s) => s.code === m.code);
      const cell = series?.source.cells.get(m.month);
      if (!series) {
        problems.push({
          severity: "error",
          message: message("eval.seriesNotFound", { who, code: m.code, target: t.target.id }),
        });
        // One message per code is enough when the whole series is absent.
        for (const other of t.missing) if (other.code === m.code) seen.add(`${other.code}|${other.month}`);
        continue;
      }
      problems.push({
        severity: "warning",
        sheet: cell?.sheet ?? series.source.sheet,
        cell: cell ? cellAddress(cell.row, cell.col) : series.source.range,
        message: message("eval.monthMissing", { who, code: m.code, month: m.month, target: t.target.id }),
      });
    }
  }
  return problems;
}

/** A target set or, per Jobcenter, several; a plain set is one for the workbook. */
function asChoice(targets: TargetSet | TargetsChoice): TargetsChoice {
  return "kind" in targets ? targets : { kind: "single", set: targets };
}

/**
 * What a Jobcenter without an agreement is shown: every indicator the agreements of the workbook target
 * or monitor, as monitoring (figures and changes, no status).
 */
function figuresOnly(plan: ReportPlan): TargetSet {
  // Once per plan: every Jobcenter without an agreement asks for it, and it looks at every Jobcenter.
  let set = figuresOnlyOf.get(plan);
  if (!set) {
    set = figuresOnlyOfPlan(plan);
    figuresOnlyOf.set(plan, set);
  }
  return set;
}

const figuresOnlyOf = new WeakMap<ReportPlan, TargetSet>();

function figuresOnlyOfPlan(plan: ReportPlan): TargetSet {
  const monitoring: MonitoringItem[] = [];
  const seen = new Set<string>();
  for (const j of plan.jobcenters) {
    if (!j.targetSet) continue;
    for (const item of [...j.targetSet.targets.map((t) => ({ id: t.id, indicator: t.indicator, wording: t.wording })), ...j.targetSet.monitoring]) {
      if (seen.has(item.indicator)) continue;
      seen.add(item.indicator);
      monitoring.push({ id: item.id, indicator: item.indicator, wording: indicatorName(item.indicator) });
    }
  }
  return { year: plan.year, targets: [], monitoring };
}

/** One planned Jobcenter at the plan's month: its agreement's targets, or figures only; with the published rolling values. */
export function evaluatePlanned(
  plan: ReportPlan,
  planned: PlannedJobcenter,
  asOf: YearMonth,
  evaluateFn: (data: IndicatorData, set: TargetSet, asOf: YearMonth) => Evaluation = evaluate,
): EvaluatedJobcenter {
  const evaluation = evaluateFn(planned.data, planned.targetSet ?? figuresOnly(plan), asOf);
  return {
    jobcenter: planned.jobcenter,
    evaluation: { ...evaluation, rolling: publishedRolling(planned.data, asOf) },
    series: planned.series,
    targetsFor: planned.targetsFor,
  };
}

/** The summed data of every Jobcenter, evaluated for its figures (flows and stocks summed, quotas Σ ÷ Σ); null for one Jobcenter. */
export function aggregateOf(plan: ReportPlan, asOf: YearMonth): Evaluation | null {
  if (plan.jobcenters.length < 2) return null;
  const data = aggregateData(plan.jobcenters.map((j) => j.data));
  return { ...evaluate(data, figuresOnly(plan), asOf), rolling: publishedRolling(data, asOf) };
}

export function evaluateDetection(
  detection: Detection,
  targets: TargetSet | TargetsChoice,
  options: Omit<EvaluateWorkbookOptions, "mapping" | "dash"> = {},
): WorkbookResults {
  const plan = reportPlan(detection, asChoice(targets), { month: options.month, vintage: options.vintage });
  const { asOf, vintage } = plan;
  const problems = [...plan.problems];
  const targetSet = plan.jobcenters.find((j) => j.targetSet)?.targetSet ?? figuresOnly(plan);
  if (asOf === null) return { detection, plan, targetSet, vintage, asOf: null, jobcenters: [], aggregate: null, problems };
  const jobcenters = plan.jobcenters.map((p) => evaluatePlanned(plan, p, asOf));
  // A loop, not push(...): the list grows with the data and a spread of it can overflow the stack.
  for (const jc of jobcenters) for (const p of missingProblems(jc)) problems.push(p);
  return { detection, plan, targetSet, vintage, asOf, jobcenters, aggregate: aggregateOf(plan, asOf), problems };
}

export function evaluateWorkbook(workbook: WorkbookData, targets: TargetSet | TargetsChoice, options: EvaluateWorkbookOptions = {}): WorkbookResults {
  const detection = detectIndicators(workbook, { mapping: options.mapping, dash: options.dash });
  return evaluateDetection(detection, targets, options);
}

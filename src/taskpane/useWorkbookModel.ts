/**
 * The pane's state: the reading of the workbook (useWorkbookRead.ts) and what its figures are – detect
 * the indicators (with the saved mapping), evaluate the chosen Jobcenter at the chosen month and vintage.
 * Changing month, vintage or Jobcenter only re-evaluates from memoised data; `reload` ("Aktualisieren")
 * and changed cells in the workbook read it again, keeping the user's choices. The figures' part
 * (`useWorkbookFigures`) loads with the engine once there is a workbook (components/WorkbookView.tsx).
 */
import { useCallback, useMemo, useState } from "react";
import type { Evaluation, Vintage } from "../domain/evaluation";
import type { TargetSet } from "../domain/targets";
import type { YearMonth } from "../domain/yearMonth";
import type { ResultsInput, WorkbookHost } from "../workbook/host";
import type { DetectedSeries, Detection, Jobcenter } from "../workbook/types";
import { targetsChoice, withTargetSets } from "./agreements";
import type { Engine } from "./engine";
import { detectorMapping } from "./mapping";
import type { Mapping } from "../workbook/mapping";
import { buildResultsInput } from "./model";
import { reportPlan, type ReportPlan } from "../workbook/reportPlan";
import { aggregateOf, evaluatePlanned } from "../workbook/evaluateWorkbook";
import { useWorkbookRead, type WorkbookRead } from "./useWorkbookRead";

export type { Phase } from "./useWorkbookRead";

export interface JobcenterResult {
  jobcenter: Jobcenter;
  /** Its evaluation; for a Jobcenter without agreement only its figures (monitoring, no targets). */
  evaluation: Evaluation | null;
  series: DetectedSeries[];
  /** Whether an agreement judges it (else it is never judged: "keine Zielvereinbarung"). */
  hasAgreement?: boolean;
  /** Whose agreement judged it (a Jobcenter key); null: none. */
  targetsFor?: string | null;
}

/** The reading and what its figures are: everything the pane shows about the workbook. */
export interface WorkbookModel extends WorkbookRead {
  detection: Detection | null;
  /** The report plan (month, vintage, agreements per Jobcenter, warnings) shared with the CLI. */
  plan: ReportPlan | null;
  /** The agreement of the selected Jobcenter; null when it has none. */
  targetSet: TargetSet | null;
  /** Saves (null: removes) the agreement of the selected Jobcenter; the others keep theirs. */
  saveTargets(set: TargetSet | null): Promise<void>;
  /** Copies the selected Jobcenter's agreement to the given Jobcenters (on the user's request). */
  copyTargetsTo(keys: string[]): Promise<void>;
  /** The year in view: the agreement's, else the plan's. */
  year: number | null;
  /** Figures of the selected Jobcenter where it has no agreement (monitoring only, never judged). */
  figures: Evaluation | null;
  jobcenters: Jobcenter[];
  jobcenterKey: string;
  setJobcenterKey(key: string): void;
  vintages: Vintage[];
  vintage: Vintage;
  setVintage(v: Vintage): void;
  months: YearMonth[];
  asOf: YearMonth | null;
  setAsOf(m: YearMonth): void;
  evaluation: Evaluation | null;
  /** Every Jobcenter at the chosen month and vintage (evaluated only when there are several). */
  all: JobcenterResult[];
  /** All Jobcenters together (flows and stocks summed, quotas Σ ÷ Σ), the domain's figures, never judged; null for one Jobcenter. */
  aggregate?: Evaluation | null;
  resultsInput(): ResultsInput | null;
}

/** Reads the workbook and works out its figures (the pane's whole state, as tests and the preview use it). */
export function useWorkbookModel(host: WorkbookHost, engine: Engine): WorkbookModel {
  return useWorkbookFigures(useWorkbookRead(host), engine);
}

/** What the figures of a read workbook are; memoised, so a new month only re-evaluates. */
export function useWorkbookFigures(read: WorkbookRead, engine: Engine): WorkbookModel {
  const { workbook, mapping, dash, stored, storeTargets } = read;
  const [jobcenterChoice, setJobcenterKey] = useState<string | null>(null);
  const [vintageChoice, setVintage] = useState<Vintage | null>(null);
  const [asOfChoice, setAsOf] = useState<YearMonth | null>(null);

  // Only the complete series reach the detector: a half-chosen entry must not trigger a re-detection.
  const detectorKey = JSON.stringify(detectorMapping(mapping));
  const forDetector = useMemo(() => JSON.parse(detectorKey) as Mapping | null, [detectorKey]);
  const detection = useMemo<Detection | null>(() => (workbook ? engine.detect(workbook, forDetector, dash) : null), [engine, workbook, forDetector, dash]);
  // Month, vintage and warnings come from the one report plan the CLI uses too (src/workbook/reportPlan.ts).
  const plan = useMemo(() => {
    if (!detection) return null;
    const targets = targetsChoice(stored);
    const chosen = reportPlan(detection, targets, { month: asOfChoice, vintage: vintageChoice }, engine);
    // A month chosen earlier that this data no longer has: back to the plan's own choice.
    return chosen.asOf === null && asOfChoice ? reportPlan(detection, targets, { vintage: vintageChoice }, engine) : chosen;
  }, [engine, detection, stored, asOfChoice, vintageChoice]);
  const jobcenters = useMemo(() => plan?.jobcenters.map((j) => j.jobcenter) ?? [], [plan]);
  const vintages = plan?.vintages ?? [];
  const jobcenterKey = jobcenterChoice !== null && jobcenters.some((j) => j.key === jobcenterChoice) ? jobcenterChoice : (jobcenters[0]?.key ?? "");
  const months = plan?.months ?? [];
  const asOf = plan?.asOf ?? null;
  const selected = plan?.jobcenters.find((j) => j.jobcenter.key === jobcenterKey) ?? null;
  const targetSet = selected?.targetSet ?? null;
  const vintage: Vintage = plan?.vintage ?? targetSet?.vintage ?? "t-0";
  const year = targetSet?.year ?? (asOf ? Number(asOf.slice(0, 4)) : null);

  // the selected Jobcenter: judged by its own agreement, or only its figures without one
  const planned = useMemo(
    () => (plan && selected && asOf ? evaluatePlanned(plan, selected, asOf, engine.evaluate).evaluation : null),
    [engine, plan, selected, asOf],
  );
  const evaluation = selected?.targetSet ? planned : null;
  const figures = selected && !selected.targetSet ? planned : null;

  const all = useMemo<JobcenterResult[]>(() => {
    if (!plan || !asOf) return [];
    return plan.jobcenters.map((p) => {
      const own = { jobcenter: p.jobcenter, series: p.series, hasAgreement: p.targetSet !== null, targetsFor: p.targetsFor };
      if (p === selected) return { ...own, evaluation: planned };
      if (plan.jobcenters.length < 2) return { ...own, evaluation: null };
      return { ...own, evaluation: evaluatePlanned(plan, p, asOf, engine.evaluate).evaluation };
    });
  }, [engine, plan, selected, asOf, planned]);
  const aggregate = useMemo(() => (plan && asOf ? aggregateOf(plan, asOf) : null), [plan, asOf]);

  // what the plan applies now, per key: a change to one Jobcenter leaves every other as it was judged
  const applied = useMemo(() => Object.fromEntries((plan?.jobcenters ?? []).map((p) => [p.jobcenter.key, p.targetSet])), [plan]);
  const saveTargets = useCallback((set: TargetSet | null) => storeTargets(withTargetSets(applied, { [jobcenterKey]: set })), [storeTargets, applied, jobcenterKey]);
  const copyTargetsTo = useCallback(
    (keys: string[]) => storeTargets(withTargetSets(applied, Object.fromEntries(keys.filter((k) => k !== jobcenterKey).map((k) => [k, targetSet])))),
    [storeTargets, applied, jobcenterKey, targetSet],
  );

  const resultsInput = useCallback((): ResultsInput | null => {
    if (!asOf) return null;
    const evaluated = all.filter((r): r is JobcenterResult & { evaluation: Evaluation } => r.evaluation !== null);
    const set = targetSet ?? all.map((r) => applied[r.jobcenter.key]).find((x): x is TargetSet => Boolean(x));
    if (evaluated.length === 0 || !set) return null;
    return buildResultsInput(asOf, vintage, set, evaluated);
  }, [all, asOf, vintage, targetSet, applied]);


  return {
    ...read,
    detection,
    plan,
    targetSet,
    saveTargets,
    copyTargetsTo,
    year,
    figures,
    jobcenters,
    jobcenterKey,
    setJobcenterKey,
    vintages,
    vintage,
    setVintage,
    months,
    asOf,
    setAsOf,
    evaluation,
    all,
    aggregate,
    resultsInput,
  };
}

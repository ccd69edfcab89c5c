/**
 * The pane's state: read the workbook once the pane is shown (with progress), detect the indicators
 * (with the saved mapping), evaluate the chosen Jobcenter at the chosen month and vintage. Changing
 * month, vintage or Jobcenter only re-evaluates from memoised data; `reload` ("Aktualisieren") and
 * changed cells in the workbook (host.onDataChanged) read it again, keeping the user's choices.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Evaluation, Vintage } from "../domain/evaluation";
import { DUEREN_2023, type TargetSet } from "../domain/targets";
import type { YearMonth } from "../domain/yearMonth";
import type { ResultsInput, WorkbookHost } from "../workbook/host";
import type { DetectedSeries, Detection, Jobcenter, WorkbookData } from "../workbook/types";
import type { Engine } from "./engine";
import { detectorMapping, storedMappingFrom, type StoredMapping } from "./mapping";
import type { Mapping } from "../workbook/mapping";
import { MAPPING_KEY, TARGETS_KEY, buildResultsInput } from "./model";
import { reportPlan, type ReportPlan } from "../workbook/reportPlan";
import { evaluatePlanned } from "../workbook/evaluateWorkbook";

export type Phase = "loading" | "ready" | "error";

export interface JobcenterResult {
  jobcenter: Jobcenter;
  evaluation: Evaluation | null;
  series: DetectedSeries[];
}

export interface WorkbookModel {
  phase: Phase;
  progress: { fraction: number; label: string };
  error: string | null;
  workbook: WorkbookData | null;
  detection: Detection | null;
  /** The report plan (month, vintage, agreements per Jobcenter, warnings) shared with the CLI. */
  plan: ReportPlan | null;
  mapping: StoredMapping | null;
  saveMapping(mapping: StoredMapping | null): Promise<void>;
  targetSet: TargetSet;
  saveTargets(set: TargetSet): Promise<void>;
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
  resultsInput(): ResultsInput | null;
  reload(): void;
  /** When the figures shown were read (null before the first read). */
  readAt: Date | null;
  /** A re-read is under way while the last figures stay shown. */
  refreshing: boolean;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function useWorkbookModel(host: WorkbookHost, engine: Engine): WorkbookModel {
  const [phase, setPhase] = useState<Phase>("loading");
  const [progress, setProgress] = useState({ fraction: 0, label: "" });
  const [error, setError] = useState<string | null>(null);
  const [workbook, setWorkbook] = useState<WorkbookData | null>(null);
  const [mapping, setMapping] = useState<StoredMapping | null>(null);
  const [targetSet, setTargetSet] = useState<TargetSet>(DUEREN_2023);
  const [jobcenterChoice, setJobcenterKey] = useState<string | null>(null);
  const [vintageChoice, setVintage] = useState<Vintage | null>(null);
  const [asOfChoice, setAsOf] = useState<YearMonth | null>(null);
  const [readCount, setReadCount] = useState(0);
  const [readAt, setReadAt] = useState<Date | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const hasData = useRef(false);
  useEffect(() => {
    let cancelled = false;
    // A re-read keeps the figures (and the user's month, vintage and Jobcenter) on screen until it is done.
    if (!hasData.current) setPhase("loading");
    setRefreshing(true);
    setError(null);
    setProgress({ fraction: 0, label: "" });
    (async () => {
      // Excel may load this page only to calculate SGBII formulas: read nothing until the pane is shown
      // (or the user asks: "Aktualisieren" reads at once).
      if (readCount === 0) await host.whenShown?.();
      if (cancelled) return;
      const [savedMapping, savedTargets] = await Promise.all([host.loadSetting<unknown>(MAPPING_KEY), host.loadSetting<TargetSet>(TARGETS_KEY)]);
      const wb = await host.readWorkbook((fraction, label) => {
        if (!cancelled) setProgress({ fraction, label });
      });
      if (cancelled) return;
      setMapping(storedMappingFrom(savedMapping));
      if (savedTargets && Array.isArray(savedTargets.targets)) setTargetSet({ ...savedTargets, monitoring: savedTargets.monitoring ?? [] });
      setWorkbook(wb);
      hasData.current = true;
      setReadAt(new Date());
      setRefreshing(false);
      setPhase("ready");
    })().catch((e: unknown) => {
      if (cancelled) return;
      setError(errorText(e));
      setRefreshing(false);
      setPhase("error");
    });
    return () => {
      cancelled = true;
    };
  }, [host, readCount]);

  // Figures typed into the workbook (a new month) are read again, debounced by the host.
  useEffect(() => {
    if (!readAt || !host.onDataChanged) return;
    let active = true;
    let off: (() => Promise<void>) | undefined;
    host
      .onDataChanged(() => setReadCount((n) => n + 1))
      .then((unsubscribe) => {
        if (active) off = unsubscribe;
        else void unsubscribe();
      })
      .catch(() => undefined);
    return () => {
      active = false;
      void off?.();
    };
  }, [host, readAt]);

  // Only the complete series reach the detector: a half-chosen entry must not trigger a re-detection.
  const detectorKey = JSON.stringify(detectorMapping(mapping));
  const forDetector = useMemo(() => JSON.parse(detectorKey) as Mapping | null, [detectorKey]);
  const detection = useMemo<Detection | null>(() => (workbook ? engine.detect(workbook, forDetector) : null), [engine, workbook, forDetector]);
  // Month, vintage and warnings come from the one report plan the CLI uses too (src/workbook/reportPlan.ts).
  const plan = useMemo(() => {
    if (!detection) return null;
    const targets = { kind: "single" as const, set: targetSet };
    const chosen = reportPlan(detection, targets, { month: asOfChoice, vintage: vintageChoice }, engine);
    // A month chosen earlier that this data no longer has: back to the plan's own choice.
    return chosen.asOf === null && asOfChoice ? reportPlan(detection, targets, { vintage: vintageChoice }, engine) : chosen;
  }, [engine, detection, targetSet, asOfChoice, vintageChoice]);
  const jobcenters = useMemo(() => plan?.jobcenters.map((j) => j.jobcenter) ?? [], [plan]);
  const vintages = plan?.vintages ?? [];
  const vintage: Vintage = plan?.vintage ?? targetSet.vintage ?? "t-0";
  const jobcenterKey = jobcenterChoice !== null && jobcenters.some((j) => j.key === jobcenterChoice) ? jobcenterChoice : (jobcenters[0]?.key ?? "");
  const months = plan?.months ?? [];
  const asOf = plan?.asOf ?? null;
  const selected = plan?.jobcenters.find((j) => j.jobcenter.key === jobcenterKey) ?? null;

  const evaluation = useMemo(
    () => (plan && selected && asOf ? evaluatePlanned(plan, selected, asOf, engine.evaluate).evaluation : null),
    [engine, plan, selected, asOf],
  );

  const all = useMemo<JobcenterResult[]>(() => {
    if (!plan || !asOf) return [];
    return plan.jobcenters.map((p) => {
      if (p === selected) return { jobcenter: p.jobcenter, evaluation, series: p.series };
      if (plan.jobcenters.length < 2) return { jobcenter: p.jobcenter, evaluation: null, series: p.series };
      return { jobcenter: p.jobcenter, evaluation: evaluatePlanned(plan, p, asOf, engine.evaluate).evaluation, series: p.series };
    });
  }, [engine, plan, selected, asOf, evaluation]);

  const saveMapping = useCallback(
    async (m: StoredMapping | null) => {
      setMapping(m);
      await host.saveSetting(MAPPING_KEY, m);
    },
    [host],
  );

  const saveTargets = useCallback(
    async (set: TargetSet) => {
      setTargetSet(set);
      await host.saveSetting(TARGETS_KEY, set);
    },
    [host],
  );

  const resultsInput = useCallback((): ResultsInput | null => {
    if (!asOf) return null;
    const evaluated = all.filter((r): r is JobcenterResult & { evaluation: Evaluation } => r.evaluation !== null);
    if (evaluated.length === 0) return null;
    return buildResultsInput(asOf, vintage, targetSet, evaluated);
  }, [all, asOf, vintage, targetSet]);

  const reload = useCallback(() => setReadCount((n) => n + 1), []);

  return {
    phase,
    progress,
    error,
    workbook,
    detection,
    plan,
    mapping,
    saveMapping,
    targetSet,
    saveTargets,
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
    resultsInput,
    reload,
    readAt,
    refreshing,
  };
}

/**
 * The pane's state: read the workbook once (with progress), detect the indicators (with the saved
 * mapping), evaluate the chosen Jobcenter at the chosen month and vintage. Changing month, vintage or
 * Jobcenter only re-evaluates from memoised data; only `reload` reads the workbook again.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Evaluation, IndicatorData, Vintage } from "../domain/evaluation";
import { DUEREN_2023, type TargetSet } from "../domain/targets";
import type { YearMonth } from "../domain/yearMonth";
import type { ResultsInput, WorkbookHost } from "../workbook/host";
import type { DetectedSeries, Detection, Jobcenter, WorkbookData } from "../workbook/types";
import type { Engine } from "./engine";
import { detectorMapping, storedMappingFrom, type StoredMapping } from "./mapping";
import type { Mapping } from "../workbook/mapping";
import { MAPPING_KEY, TARGETS_KEY, buildResultsInput, jobcentersOf, reportMonths, seriesFor, vintagesOf } from "./model";

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
  useEffect(() => {
    let cancelled = false;
    setPhase("loading");
    setError(null);
    setProgress({ fraction: 0, label: "" });
    (async () => {
      const [savedMapping, savedTargets] = await Promise.all([host.loadSetting<unknown>(MAPPING_KEY), host.loadSetting<TargetSet>(TARGETS_KEY)]);
      const wb = await host.readWorkbook((fraction, label) => {
        if (!cancelled) setProgress({ fraction, label });
      });
      if (cancelled) return;
      setMapping(storedMappingFrom(savedMapping));
      if (savedTargets && Array.isArray(savedTargets.targets)) setTargetSet({ ...savedTargets, monitoring: savedTargets.monitoring ?? [] });
      setWorkbook(wb);
      setPhase("ready");
    })().catch((e: unknown) => {
      if (cancelled) return;
      setError(errorText(e));
      setPhase("error");
    });
    return () => {
      cancelled = true;
    };
  }, [host, readCount]);

  // Only the complete series reach the detector: a half-chosen entry must not trigger a re-detection.
  const detectorKey = JSON.stringify(detectorMapping(mapping));
  const forDetector = useMemo(() => JSON.parse(detectorKey) as Mapping | null, [detectorKey]);
  const detection = useMemo<Detection | null>(() => (workbook ? engine.detect(workbook, forDetector) : null), [engine, workbook, forDetector]);
  const jobcenters = useMemo(() => (detection ? jobcentersOf(detection) : []), [detection]);
  const vintages = useMemo(() => (detection ? vintagesOf(detection) : []), [detection]);

  const jobcenterKey = jobcenterChoice !== null && jobcenters.some((j) => j.key === jobcenterChoice) ? jobcenterChoice : (jobcenters[0]?.key ?? "");
  const preferredVintage: Vintage = targetSet.vintage ?? "t-0";
  const vintage: Vintage =
    vintageChoice && (vintages.length === 0 || vintages.includes(vintageChoice))
      ? vintageChoice
      : vintages.length === 0 || vintages.includes(preferredVintage)
        ? preferredVintage
        : vintages[0];

  /** IndicatorData per Jobcenter for the chosen vintage, memoised on detection and vintage. */
  const dataByJobcenter = useMemo(() => {
    const out = new Map<string, IndicatorData>();
    if (!detection) return out;
    for (const jc of jobcenters) out.set(jc.key, engine.toData(detection, jc.key, vintage));
    return out;
  }, [engine, detection, jobcenters, vintage]);

  const data = dataByJobcenter.get(jobcenterKey) ?? null;
  const latest = useMemo(() => (data ? engine.latestCompleteMonth(data, targetSet, targetSet.year) : null), [engine, data, targetSet]);
  const months = useMemo(() => (data ? reportMonths(data, targetSet.year, latest) : []), [data, targetSet.year, latest]);
  const asOf = asOfChoice && months.includes(asOfChoice) ? asOfChoice : (latest ?? months[months.length - 1] ?? null);

  const evaluation = useMemo(() => (data && asOf ? engine.evaluate(data, targetSet, asOf) : null), [engine, data, targetSet, asOf]);

  const all = useMemo<JobcenterResult[]>(() => {
    if (!detection || !asOf) return [];
    return jobcenters.map((jc) => {
      const series = seriesFor(detection, jc.key, vintage);
      if (jc.key === jobcenterKey) return { jobcenter: jc, evaluation, series };
      if (jobcenters.length < 2) return { jobcenter: jc, evaluation: null, series };
      const d = dataByJobcenter.get(jc.key);
      return { jobcenter: jc, evaluation: d ? engine.evaluate(d, targetSet, asOf) : null, series };
    });
  }, [engine, detection, jobcenters, jobcenterKey, vintage, dataByJobcenter, targetSet, asOf, evaluation]);

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
  };
}

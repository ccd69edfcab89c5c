/**
 * The pane's state: read the workbook once the pane is shown (with progress), detect the indicators
 * (with the saved mapping), evaluate the chosen Jobcenter at the chosen month and vintage. Changing
 * month, vintage or Jobcenter only re-evaluates from memoised data; `reload` ("Aktualisieren") and
 * changed cells in the workbook (host.onDataChanged) read it again, keeping the user's choices.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Evaluation, Vintage } from "../domain/evaluation";
import type { TargetSet } from "../domain/targets";
import type { YearMonth } from "../domain/yearMonth";
import type { ResultsInput, WorkbookHost } from "../workbook/host";
import type { DetectedSeries, Detection, Jobcenter, WorkbookData } from "../workbook/types";
import { storedTargetsFrom, storedTargetsToSetting, targetsChoice, withTargetSets, type StoredTargets } from "./agreements";
import { errorText, text, type Message } from "../domain/messages";
import type { Engine } from "./engine";
import { useI18n } from "./i18n";
import { detectorMapping, storedMappingFrom, type StoredMapping } from "./mapping";
import type { Mapping } from "../workbook/mapping";
import { DASH_KEY, MAPPING_KEY, TARGETS_KEY, buildResultsInput } from "./model";
import { reportPlan, type ReportPlan } from "../workbook/reportPlan";
import { aggregateOf, evaluatePlanned } from "../workbook/evaluateWorkbook";

export type Phase = "loading" | "ready" | "error";

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

export interface WorkbookModel {
  phase: Phase;
  /** How far the read is, and what it reads (in the pane's language). */
  progress: { fraction: number; label: string };
  /** Why the read failed, in the pane's language. */
  error: string | null;
  workbook: WorkbookData | null;
  detection: Detection | null;
  /** The report plan (month, vintage, agreements per Jobcenter, warnings) shared with the CLI. */
  plan: ReportPlan | null;
  mapping: StoredMapping | null;
  /** How `-` in hand-kept tables is read ("missing": no value; "zero": 0), saved in the workbook. */
  dash: "zero" | "missing";
  setDash(reading: "zero" | "missing"): Promise<void>;
  saveMapping(mapping: StoredMapping | null): Promise<void>;
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
  reload(): void;
  /** When the figures shown were read (null before the first read). */
  readAt: Date | null;
  /** A re-read is under way while the last figures stay shown. */
  refreshing: boolean;
}

export function useWorkbookModel(host: WorkbookHost, engine: Engine): WorkbookModel {
  const [phase, setPhase] = useState<Phase>("loading");
  const [progress, setProgress] = useState<{ fraction: number; label: Message | null }>({ fraction: 0, label: null });
  // what failed, kept as thrown: its text follows the pane's language (also when it changes later)
  const [error, setError] = useState<{ thrown: unknown } | null>(null);
  const { lang } = useI18n();
  const [workbook, setWorkbook] = useState<WorkbookData | null>(null);
  const [mapping, setMapping] = useState<StoredMapping | null>(null);
  const [dash, setDashState] = useState<"zero" | "missing">("missing");
  const [stored, setStored] = useState<StoredTargets>(() => storedTargetsFrom(null));
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
    setProgress({ fraction: 0, label: null });
    (async () => {
      // Excel may load this page only to calculate SGBII formulas: read nothing until the pane is shown
      // (or the user asks: "Aktualisieren" reads at once).
      if (readCount === 0) await host.whenShown?.();
      if (cancelled) return;
      const [savedMapping, savedTargets] = await Promise.all([host.loadSetting<unknown>(MAPPING_KEY), host.loadSetting<unknown>(TARGETS_KEY)]);
      const wb = await host.readWorkbook((fraction, label) => {
        if (!cancelled) setProgress({ fraction, label });
      });
      if (cancelled) return;
      setMapping(storedMappingFrom(savedMapping));
      setStored(storedTargetsFrom(savedTargets));
      setDashState((await host.loadSetting<string>(DASH_KEY)) === "zero" ? "zero" : "missing");
      setWorkbook(wb);
      hasData.current = true;
      setReadAt(new Date());
      setRefreshing(false);
      setPhase("ready");
    })().catch((e: unknown) => {
      if (cancelled) return;
      setError({ thrown: e });
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

  const setDash = useCallback(
    async (reading: "zero" | "missing") => {
      setDashState(reading);
      await host.saveSetting(DASH_KEY, reading);
    },
    [host],
  );

  const saveMapping = useCallback(
    async (m: StoredMapping | null) => {
      setMapping(m);
      await host.saveSetting(MAPPING_KEY, m);
    },
    [host],
  );

  const store = useCallback(
    async (next: StoredTargets) => {
      setStored(next);
      await host.saveSetting(TARGETS_KEY, storedTargetsToSetting(next));
    },
    [host],
  );
  // what the plan applies now, per key: a change to one Jobcenter leaves every other as it was judged
  const applied = useMemo(() => Object.fromEntries((plan?.jobcenters ?? []).map((p) => [p.jobcenter.key, p.targetSet])), [plan]);
  const saveTargets = useCallback((set: TargetSet | null) => store(withTargetSets(applied, { [jobcenterKey]: set })), [store, applied, jobcenterKey]);
  const copyTargetsTo = useCallback(
    (keys: string[]) => store(withTargetSets(applied, Object.fromEntries(keys.filter((k) => k !== jobcenterKey).map((k) => [k, targetSet])))),
    [store, applied, jobcenterKey, targetSet],
  );

  const resultsInput = useCallback((): ResultsInput | null => {
    if (!asOf) return null;
    const evaluated = all.filter((r): r is JobcenterResult & { evaluation: Evaluation } => r.evaluation !== null);
    const set = targetSet ?? all.map((r) => applied[r.jobcenter.key]).find((x): x is TargetSet => Boolean(x));
    if (evaluated.length === 0 || !set) return null;
    return buildResultsInput(asOf, vintage, set, evaluated);
  }, [all, asOf, vintage, targetSet, applied]);

  const reload = useCallback(() => setReadCount((n) => n + 1), []);

  return {
    phase,
    progress: { fraction: progress.fraction, label: progress.label ? text(progress.label, lang) : "" },
    error: error && errorText(error.thrown, lang),
    workbook,
    detection,
    plan,
    mapping,
    dash,
    setDash,
    saveMapping,
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
    reload,
    readAt,
    refreshing,
  };
}

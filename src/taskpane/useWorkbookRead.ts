/**
 * The pane's reading of the workbook, all the first paint needs: read once the pane is shown (with
 * progress), keep the saved mapping, agreements and reading of "-", read again on "Aktualisieren" and
 * on changed cells (host.onDataChanged). What the figures are – detection, plan, evaluations – is
 * worked out from this by `useWorkbookFigures` (useWorkbookModel.ts), which loads with the engine once
 * there is a workbook to work on.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookHost } from "../workbook/host";
import type { WorkbookData } from "../workbook/types";
import { storedTargetsFrom, storedTargetsToSetting, type StoredTargets } from "./agreements";
import { errorText, text, type Message } from "../domain/messages";
import { useI18n } from "./i18n";
import { storedMappingFrom, type StoredMapping } from "./mapping";
import { DASH_KEY, MAPPING_KEY, TARGETS_KEY } from "./model";

export type Phase = "loading" | "ready" | "error";

export interface WorkbookRead {
  phase: Phase;
  /** How far the read is, and what it reads (in the pane's language). */
  progress: { fraction: number; label: string };
  /** Why the read failed, in the pane's language. */
  error: string | null;
  workbook: WorkbookData | null;
  mapping: StoredMapping | null;
  /** How `-` in hand-kept tables is read ("missing": no value; "zero": 0), saved in the workbook. */
  dash: "zero" | "missing";
  setDash(reading: "zero" | "missing"): Promise<void>;
  saveMapping(mapping: StoredMapping | null): Promise<void>;
  /** The agreements as saved in the workbook (one for all, or one per Jobcenter). */
  stored: StoredTargets;
  /** Saves the agreements (all of them, as `withTargetSets` built them). */
  storeTargets(next: StoredTargets): Promise<void>;
  reload(): void;
  /** When the figures shown were read (null before the first read). */
  readAt: Date | null;
  /** A re-read is under way while the last figures stay shown. */
  refreshing: boolean;
}

export function useWorkbookRead(host: WorkbookHost): WorkbookRead {
  const [phase, setPhase] = useState<Phase>("loading");
  const [progress, setProgress] = useState<{ fraction: number; label: Message | null }>({ fraction: 0, label: null });
  // what failed, kept as thrown: its text follows the pane's language (also when it changes later)
  const [error, setError] = useState<{ thrown: unknown } | null>(null);
  const { lang } = useI18n();
  const [workbook, setWorkbook] = useState<WorkbookData | null>(null);
  const [mapping, setMapping] = useState<StoredMapping | null>(null);
  const [dash, setDashState] = useState<"zero" | "missing">("missing");
  const [stored, setStored] = useState<StoredTargets>(() => storedTargetsFrom(null));
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

  const storeTargets = useCallback(
    async (next: StoredTargets) => {
      setStored(next);
      await host.saveSetting(TARGETS_KEY, storedTargetsToSetting(next));
    },
    [host],
  );

  const reload = useCallback(() => setReadCount((n) => n + 1), []);

  return {
    phase,
    progress: { fraction: progress.fraction, label: progress.label ? text(progress.label, lang) : "" },
    error: error && errorText(error.thrown, lang),
    workbook,
    mapping,
    dash,
    setDash,
    saveMapping,
    stored,
    storeTargets,
    reload,
    readAt,
    refreshing,
  };
}

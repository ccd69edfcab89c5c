/** @jest-environment jsdom */
/**
 * The pane's model hook on its own (renderHook), on a fake host and a fake engine: reads once, keeps one
 * agreement per Jobcenter, never judges a Jobcenter without agreement, saves and copies agreements
 * through the host, re-evaluates on month and Jobcenter without reading again.
 */
jest.mock("../../src/taskpane/engine", () => ({ realEngine: {} }));

import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { message } from "../../src/domain/messages";
import { ZielmonitorExcelError } from "../../src/excel/errors";
import { I18nContext } from "../../src/taskpane/i18n";
import { de } from "../../src/taskpane/i18nDe";
import { en } from "../../src/taskpane/i18nEn";

// the pane loads one dictionary at a time; the test has both at hand
const DICTIONARIES = { de, en };
import type { Evaluation, IndicatorData } from "../../src/domain/evaluation";
import { DUEREN_2023, type TargetSet } from "../../src/domain/targets";
import { addMonths, type YearMonth } from "../../src/domain/yearMonth";
import type { Engine } from "../../src/taskpane/engine";
import { useWorkbookModel } from "../../src/taskpane/useWorkbookModel";
import type { DetectedSeries } from "../../src/workbook/types";
import { FakeHost } from "./fixtures";

const JC = [
  { key: "A", name: "Jobcenter A" },
  { key: "B", name: "Jobcenter B" },
];

function series(jobcenter: string): DetectedSeries {
  const values = new Map<YearMonth, number>();
  for (let m: YearMonth = "2022-01"; m <= "2023-05"; m = addMonths(m, 1)) values.set(m, jobcenter === "A" ? 100 : 200);
  return { code: "INT", jobcenter, vintage: "t-0", values, source: { sheet: "S", range: "B2:B18", labelCell: "B1", label: "INT", cells: new Map() } };
}

/** Records which set each Jobcenter's data was evaluated with (by its first target id or "figures"). */
function fakeEngine() {
  const evaluated: { jobcenterValue: number; set: string; asOf: YearMonth }[] = [];
  const dashes: (string | undefined)[] = [];
  const engine: Engine = {
    detect: (_wb, _mapping, dash) => (dashes.push(dash), { jobcenters: JC, series: JC.map((j) => series(j.key)), problems: [] }),
    toData: (detection, key) => {
      const s = detection.series.find((x) => x.jobcenter === key);
      const data: IndicatorData = s ? { INT: s.values } : {};
      return data;
    },
    latestCompleteMonth: (data) => [...(data.INT?.keys() ?? [])].sort().pop() ?? null,
    evaluate: (data, set: TargetSet, asOf): Evaluation => {
      evaluated.push({ jobcenterValue: data.INT?.get("2023-01") ?? -1, set: set.targets[0]?.id ?? "figures", asOf });
      return { asOf, targets: [], monitoring: [] };
    },
    parseAgreement: () => {
      throw new Error("not used");
    },
  };
  return { engine, evaluated, dashes };
}

const ONLY_III: TargetSet = { year: 2023, targets: [DUEREN_2023.targets.find((t) => t.id === "III.1")!], monitoring: [] };

async function open(host: FakeHost) {
  const { engine, evaluated, dashes } = fakeEngine();
  const hook = renderHook(() => useWorkbookModel(host, engine));
  await waitFor(() => expect(hook.result.current.phase).toBe("ready"));
  return { ...hook, evaluated, dashes };
}

describe("useWorkbookModel", () => {
  it("reads once and opens the first Jobcenter at its latest complete month, with the Düren preset when nothing is saved", async () => {
    const host = new FakeHost();
    const { result } = await open(host);
    expect(host.readCount).toBe(1);
    expect(result.current.jobcenters.map((j) => j.key)).toEqual(["A", "B"]);
    expect(result.current.jobcenterKey).toBe("A");
    expect(result.current.asOf).toBe("2023-05");
    expect(result.current.targetSet).toEqual(DUEREN_2023);
    expect(result.current.all.map((r) => r.hasAgreement)).toEqual([true, true]);
  });

  it("judges each Jobcenter by its own agreement and one without agreement by none", async () => {
    const host = new FakeHost();
    host.settings.set("zielmonitor.targets", { jobcenters: { A: ONLY_III } });
    const { result, evaluated } = await open(host);
    expect(result.current.targetSet).toEqual(ONLY_III);
    expect(result.current.evaluation).not.toBeNull();
    const b = result.current.all.find((r) => r.jobcenter.key === "B");
    expect(b?.hasAgreement).toBe(false);
    expect(b?.targetsFor).toBeNull();
    // B (value 200) was never evaluated against A's targets: only its figures, from a set without targets
    expect(b?.evaluation?.targets ?? []).toEqual([]);
    expect(new Set(evaluated.filter((e) => e.jobcenterValue === 200).map((e) => e.set))).toEqual(new Set(["figures"]));
    act(() => result.current.setJobcenterKey("B"));
    expect(result.current.targetSet).toBeNull();
    expect(result.current.evaluation).toBeNull();
    // its figures are shown, from a set without targets, in the year of its data
    expect(result.current.figures).not.toBeNull();
    expect(result.current.year).toBe(2023);
    expect(new Set(evaluated.filter((e) => e.jobcenterValue === 200).map((e) => e.set))).toEqual(new Set(["figures"]));
    expect(host.readCount).toBe(1);
  });

  it("saves the selected Jobcenter's agreement without changing another's, and copies on request", async () => {
    const host = new FakeHost();
    host.settings.set("zielmonitor.targets", DUEREN_2023);
    const { result } = await open(host);
    act(() => result.current.setJobcenterKey("B"));
    await act(() => result.current.saveTargets(ONLY_III));
    // the single set became one per Jobcenter: A keeps Düren's, B has its own
    expect(host.settings.get("zielmonitor.targets")).toEqual({ jobcenters: { A: DUEREN_2023, B: ONLY_III } });
    await act(() => result.current.saveTargets(null));
    expect(host.settings.get("zielmonitor.targets")).toEqual({ jobcenters: { A: DUEREN_2023 } });
    expect(result.current.targetSet).toBeNull();
    act(() => result.current.setJobcenterKey("A"));
    await act(() => result.current.copyTargetsTo(["B"]));
    expect(host.settings.get("zielmonitor.targets")).toEqual({ jobcenters: { A: DUEREN_2023, B: DUEREN_2023 } });
  });

  it("re-evaluates on another month without reading again", async () => {
    const host = new FakeHost();
    const { result, evaluated } = await open(host);
    act(() => result.current.setAsOf("2023-02"));
    expect(result.current.asOf).toBe("2023-02");
    expect(evaluated.some((e) => e.asOf === "2023-02")).toBe(true);
    expect(host.readCount).toBe(1);
  });

  it("reads '-' in hand-kept tables as no value until the user switches, then detects again and saves the choice", async () => {
    const host = new FakeHost();
    const { result, dashes } = await open(host);
    expect(result.current.dash).toBe("missing");
    expect(dashes[dashes.length - 1]).toBe("missing");
    await act(() => result.current.setDash("zero"));
    expect(dashes[dashes.length - 1]).toBe("zero");
    expect(host.settings.get("zielmonitor.dash")).toBe("zero");
    expect(host.readCount).toBe(1);
  });

  it("says why the read failed in the pane's language, not as 'de / en', and follows a switch of language", async () => {
    const host = new FakeHost();
    host.readWorkbook = async () => {
      throw new ZielmonitorExcelError(message("excel.sheetGone", { sheet: "Daten", address: "A1:C9" }));
    };
    let lang: "de" | "en" = "en";
    const wrapper = ({ children }: { children: ReactNode }) => <I18nContext.Provider value={{ lang, t: DICTIONARIES[lang], setLang: () => undefined }}>{children}</I18nContext.Provider>;
    const { result, rerender } = renderHook(() => useWorkbookModel(host, fakeEngine().engine), { wrapper });
    await waitFor(() => expect(result.current.phase).toBe("error"));
    expect(result.current.error).toBe('Sheet "Daten" (range A1:C9) no longer exists – please re-read the workbook. Nothing was highlighted.');
    lang = "de";
    rerender();
    expect(result.current.error).toBe("Blatt „Daten“ (Bereich A1:C9) gibt es nicht mehr – bitte die Arbeitsmappe neu einlesen. Es wurde nichts hervorgehoben.");
  });

  it("shows what is being read in the pane's language, following a switch of language", async () => {
    const host = new FakeHost();
    host.readWorkbook = (onProgress) => {
      onProgress?.(0.05, message("progress.sheets"));
      return new Promise(() => undefined); // still reading
    };
    let lang: "de" | "en" = "en";
    const wrapper = ({ children }: { children: ReactNode }) => <I18nContext.Provider value={{ lang, t: DICTIONARIES[lang], setLang: () => undefined }}>{children}</I18nContext.Provider>;
    const { result, rerender } = renderHook(() => useWorkbookModel(host, fakeEngine().engine), { wrapper });
    await waitFor(() => expect(result.current.progress).toEqual({ fraction: 0.05, label: "Sheets" }));
    lang = "de";
    rerender();
    expect(result.current.progress.label).toBe("Blätter");
  });
});

/** @jest-environment jsdom */
/**
 * The whole pane against a fake host and a fake engine: reads once, re-evaluates on month, vintage and
 * Jobcenter without re-reading, saves mapping and targets through the host, hands outputs the chosen
 * month and vintage. (The real engine and detector run in the e2e test.)
 */
jest.mock("../../src/taskpane/engine", () => ({ realEngine: {} }));

import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Evaluation, IndicatorData, Vintage } from "../../src/domain/evaluation";
import { DUEREN_2023, type TargetSet } from "../../src/domain/targets";
import { addMonths, monthsJanTo, parseYearMonth, type YearMonth } from "../../src/domain/yearMonth";
import { App } from "../../src/taskpane/components/App";
import type { Engine } from "../../src/taskpane/engine";
import type { ResultsInput } from "../../src/workbook/host";
import type { DetectedSeries, Detection, WorkbookData } from "../../src/workbook/types";
import { FakeHost, handEvaluation, renderInRoot } from "./fixtures";
import { message } from "../../src/domain/messages";

const JC = [
  { key: "05358", name: "Kreis Düren" },
  { key: "05334", name: "StädteRegion Aachen" },
];

/** INT per month: Düren 200 + month, Aachen 300 + month; t-3 is 10 above t-0. Data until Juli 2023. */
function series(jobcenter: string, vintage: Vintage): DetectedSeries {
  const values = new Map<YearMonth, number>();
  for (let m: YearMonth = "2022-01"; m <= "2023-07"; m = addMonths(m, 1)) {
    values.set(m, (jobcenter === "05358" ? 200 : 300) + parseYearMonth(m).month + (vintage === "t-3" ? 10 : 0));
  }
  return {
    code: "INT",
    jobcenter,
    vintage,
    values,
    source: { sheet: "Integrationen", range: "C5:C23", labelCell: "C4", label: "Integrationen", cells: new Map() },
  };
}

function fakeEngine() {
  const calls = { detect: [] as unknown[], evaluate: [] as YearMonth[] };
  const engine: Engine = {
    detect: (_wb, mapping) => {
      calls.detect.push(mapping);
      const detection: Detection = {
        jobcenters: JC,
        series: JC.flatMap((j) => [series(j.key, "t-0"), series(j.key, "t-3")]),
        problems: [{ severity: "error", sheet: "eLb", cell: "D12", message: message("eval.monthMissing", { who: "", code: "ELB", month: "2023-05", target: "II.2" }) }],
      };
      return detection;
    },
    toData: (detection, key, vintage) => {
      const s = detection.series.find((x) => x.jobcenter === key && x.vintage === vintage);
      const data: IndicatorData = s ? { INT: s.values } : {};
      return data;
    },
    latestCompleteMonth: (data) => [...(data.INT?.keys() ?? [])].sort().pop() ?? null,
    evaluate: (data, set: TargetSet, asOf): Evaluation => {
      calls.evaluate.push(asOf);
      const base = handEvaluation();
      const { year, month } = parseYearMonth(asOf);
      const sum = (y: number) => monthsJanTo(y, month).reduce((a, m) => a + (data.INT?.get(m) ?? 0), 0);
      const cur = sum(year);
      const prev = sum(year - 1) * 0.99;
      const targets = base.targets
        .filter((t) => set.targets.some((x) => x.id === t.target.id))
        .map((t) =>
          t.target.id === "II.1"
            ? {
                ...t,
                asOf,
                current: cur,
                previous: prev,
                change: cur / prev - 1,
                status: data.INT?.get("2023-01") === 211 ? ("missed" as const) : ("onTrack" as const),
              }
            : { ...t, asOf },
        );
      return { asOf, targets, monitoring: [] };
    },
    parseAgreement: () => ({ targets: [], monitoring: [], year: null, jobcenter: null, notUnderstood: [] }),
  };
  return { engine, calls };
}

const WB: WorkbookData = { fileName: "test.xlsx", sheets: [{ name: "Integrationen", origin: { row: 0, col: 0 }, values: [["x"]] }] };

function comboboxes() {
  return {
    month: screen.getByRole("combobox", { name: "Berichtsmonat" }),
    vintage: screen.getByRole("combobox", { name: /^Wartezeit/ }),
    jobcenter: screen.getByRole("combobox", { name: "Jobcenter" }),
  };
}

/** Picks an option by its text: native selects (report controls) by a change event, Fluent dropdowns by clicks. */
function choose(combobox: HTMLElement, option: string): void {
  if (combobox instanceof HTMLSelectElement) {
    const wanted = within(combobox).getByRole("option", { name: option }) as HTMLOptionElement;
    fireEvent.change(combobox, { target: { value: wanted.value } });
    return;
  }
  fireEvent.click(combobox);
  fireEvent.click(screen.getByRole("option", { name: option }));
}

/** The text of a native select's chosen option. */
function shown(select: HTMLElement): string {
  return (select as HTMLSelectElement).selectedOptions[0]?.textContent ?? "";
}

function currentOf(id: string): string {
  return screen.getByTestId(`target-${id}`).querySelector('[data-field="current"]')?.textContent ?? "";
}

async function openApp(host = new FakeHost(WB)) {
  const { engine, calls } = fakeEngine();
  renderInRoot(<App host={host} engine={engine} />);
  await screen.findByTestId("summary");
  return { host, calls };
}

describe("App", () => {
  it("reads once, opens at the latest complete month and re-evaluates on month change without re-reading", async () => {
    const { host, calls } = await openApp();
    expect(host.readCount).toBe(1);
    const { month } = comboboxes();
    expect(shown(month)).toBe("Juli 2023");
    // Düren t-0: Σ (200 + m), m = 1 … 7 = 1.428
    expect(currentOf("II.1")).toBe("1.428");
    expect(screen.getByTestId("target-II.1").querySelector('[data-field="current"]')?.parentElement?.textContent).toContain("JFW Juli 2023");
    choose(month, "März 2023");
    await waitFor(() => expect(currentOf("II.1")).toBe("606"));
    expect(calls.evaluate).toContain("2023-03");
    expect(host.readCount).toBe(1);
  });

  it("switches vintage and Jobcenter; the ministry table shows every Jobcenter", async () => {
    // One agreement that names no Jobcenter holds for every Jobcenter of the workbook (Düren's names Düren only).
    const shared = new FakeHost(WB);
    shared.settings.set("zielmonitor.targets", { ...DUEREN_2023, jobcenter: undefined });
    const { host } = await openApp(shared);
    choose(comboboxes().vintage, "t-3");
    // + 10 per month
    await waitFor(() => expect(currentOf("II.1")).toBe("1.498"));
    choose(comboboxes().jobcenter, "StädteRegion Aachen (05334)");
    await waitFor(() => expect(currentOf("II.1")).toBe("2.198"));
    const table = await screen.findByTestId("ministry-table");
    // the row for all Jobcenters together stays on top, above the sortable rows
    const all = within(table).getAllByRole("row")[1];
    expect(all.getAttribute("data-testid")).toBe("ministry-row-__all__");
    expect(within(all).getAllByRole("cell").map((c) => c.textContent)).toEqual(["Alle Jobcenter zusammen", "–", "–"]);
    // summed, never judged: t-3 Jan–Jul 2023 Düren 7 × 210 + 28 = 1.498, Aachen 7 × 310 + 28 = 2.198, together 3.696;
    // 2022 has the same monthly values, so the change is zero
    fireEvent.click(within(all).getByRole("button", { name: "Alle Jobcenter zusammen" }));
    const details = await screen.findByTestId("ministry-details-__all__");
    expect(details.querySelector('[data-field="jfw"]')?.textContent).toBe("3.696");
    expect(details.querySelector('[data-field="change"]')?.textContent).toMatch(/^±?0,0 %$/);
    fireEvent.click(within(all).getByRole("button", { name: "Alle Jobcenter zusammen" }));
    const rows = within(table).getAllByRole("row").slice(2);
    expect(rows.map((r) => within(r).getAllByRole("cell")[0].textContent).sort()).toEqual(["Kreis Düren (05358)", "StädteRegion Aachen (05334)"]);
    // Düren in t-3 starts with 211 in January: the fake engine calls that "nicht erreicht"
    const statusOf = (name: string) => rows.find((r) => r.textContent?.includes(name))?.querySelector("[data-status]")?.getAttribute("data-status");
    expect(statusOf("Kreis Düren")).toBe("missed");
    expect(statusOf("StädteRegion Aachen")).toBe("onTrack");
    // sorting by status puts the worst first, clicking again reverses
    fireEvent.click(within(table).getByRole("button", { name: "Status" }));
    let first = within(table).getAllByRole("row")[2];
    expect(within(first).getAllByRole("cell")[0].textContent).toBe("Kreis Düren (05358)");
    fireEvent.click(within(table).getByRole("button", { name: "Status" }));
    first = within(table).getAllByRole("row")[2];
    expect(within(first).getAllByRole("cell")[0].textContent).toBe("StädteRegion Aachen (05334)");
    expect(host.readCount).toBe(1);
  });

  it("shows detection errors with a link to the cell", async () => {
    const { host } = await openApp();
    expect(screen.getByText(/1 × Fehler: Erwerbsfähige Leistungsberechtigte \(eLb\) für Mai 2023 fehlt/)).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Daten" }));
    // the Daten tab loads on demand
    fireEvent.click(await screen.findByRole("button", { name: "Anzeigen: eLb!D12" }));
    await waitFor(() => expect(host.callsOf("goTo")).toEqual([["eLb", "D12"]]));
  });

  it("says so when Excel could mark only the first of several areas, or could not show the place", async () => {
    const { host } = await openApp();
    fireEvent.click(screen.getByRole("tab", { name: "Daten" }));
    host.goToResult = {
      selected: [{ sheet: "Kennzahlen", row: 2, col: 1, rows: 1, cols: 12 }],
      omitted: [{ sheet: "Kennzahlen", row: 7, col: 1, rows: 1, cols: 12 }],
      singleArea: true,
    };
    fireEvent.click(screen.getByRole("button", { name: "Anzeigen: eLb!D12" }));
    await waitFor(() =>
      expect(screen.getByTestId("goto-note").textContent).toBe(
        "Diese Excel-Version kann nur einen Bereich markieren: markiert ist Kennzahlen!B3:M3, nicht markiert Kennzahlen!B8:M8.",
      ),
    );
    host.goToResult = { selected: [], omitted: [{ sheet: "Andere Daten", row: 0, col: 0, rows: 2, cols: 1 }], singleArea: false };
    fireEvent.click(screen.getByRole("button", { name: "Anzeigen: eLb!D12" }));
    await waitFor(() =>
      expect(screen.getByTestId("goto-note").textContent).toBe("Weitere Zellen stehen auf anderen Blättern und sind nicht markiert: 'Andere Daten'!A1:A2."),
    );
    host.goTo = async () => {
      throw new Error("Blatt „eLb“ gibt es nicht.");
    };
    fireEvent.click(screen.getByRole("button", { name: "Anzeigen: eLb!D12" }));
    await waitFor(() => expect(screen.getByTestId("goto-note").textContent).toBe("eLb!D12 lässt sich nicht anzeigen: Blatt „eLb“ gibt es nicht."));
  });

  it("saves a mapping taken from the selection, with the vintage the user chose, and detects again without re-reading", async () => {
    const { host, calls } = await openApp();
    expect(calls.detect).toEqual([null]);
    fireEvent.click(screen.getByRole("tab", { name: "Daten" }));
    const lzb = "Langzeitleistungsbeziehende (LZB) (K3, K3E1)";
    fireEvent.click(await screen.findByRole("button", { name: `Zuordnen: ${lzb}` }));
    host.selection = { sheet: "Eigene", address: "A2:A20" };
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: `Auswahl übernehmen: Monate für ${lzb}` }));
    });
    host.selection = { sheet: "Eigene", address: "B2:B20" };
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: `Auswahl übernehmen: Werte für ${lzb}` }));
    });
    // the sheet "Eigene" names no vintage: asked, and saving waits for the answer
    expect(screen.getByTestId("mapping-message").textContent).toContain("bitte t-0 oder t-3 wählen");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Speichern" }));
    });
    expect(host.callsOf("saveSetting").filter(([k]) => k === "zielmonitor.mapping")).toEqual([]);
    expect(calls.detect).toHaveLength(1);
    fireEvent.click(screen.getByRole("radio", { name: "t-3 (endgültig)" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Speichern" }));
    });
    const mapping = { version: 1, series: [{ code: "LZB", sheet: "Eigene", months: "A2:A20", values: "B2:B20", vintage: "t-3" }] };
    expect(host.callsOf("saveSetting").filter(([k]) => k === "zielmonitor.mapping")).toEqual([["zielmonitor.mapping", mapping]]);
    expect(calls.detect).toEqual([null, mapping]);
    expect(host.readCount).toBe(1);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Erkennung zurücksetzen" }));
    });
    expect(host.callsOf("saveSetting").pop()).toEqual(["zielmonitor.mapping", null]);
    expect(calls.detect).toEqual([null, mapping, null]);
  });

  it("shows the plan's refusal to mix vintages next to the mapping, and counts it among the errors", async () => {
    const host = new FakeHost(WB);
    const mapping = { version: 1, series: [{ code: "INT", sheet: "Integrationen t-3", months: "A2:A20", values: "B2:B20", vintage: "t-3" }] };
    host.settings.set("zielmonitor.mapping", mapping);
    // the detector reads the mapped integrations as t-3; the agreement asks for t-0
    const mappedT3: DetectedSeries = { ...series("05358", "t-3"), source: { ...series("05358", "t-3").source, sheet: "Integrationen t-3", range: "B2:B20", mapped: true } };
    const { engine } = fakeEngine();
    renderInRoot(<App host={host} engine={{ ...engine, detect: (wb, m, dash) => ({ ...engine.detect(wb, m, dash), series: [series("05334", "t-0"), mappedT3] }) }} />);
    // nothing evaluated: the summary says why
    await screen.findByRole("tab", { name: "Daten" });
    const said =
      "Wartezeiten gemischt: ausgewertet wird t-0, aber Integrationen (Blatt „Integrationen t-3“, B2:B20: t-3) stammt aus einer anderen Wartezeit. " +
      "Tragen Sie in der Zuordnung die Wartezeit der Reihe ein oder wählen Sie die Wartezeit t-3.";
    expect(screen.getByText(/2 × Fehler:/)).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "Daten" }));
    expect((await screen.findByTestId("mapping-mixed")).textContent).toBe(said);
  });

  it("ignores a saved mapping that is not valid", async () => {
    const host = new FakeHost(WB);
    host.settings.set("zielmonitor.mapping", { series: "kaputt" });
    const { calls } = await openApp(host);
    expect(calls.detect).toEqual([null]);
  });

  it("asks again for the vintage of a mapping saved without one, and does not use it meanwhile", async () => {
    const host = new FakeHost(WB);
    host.settings.set("zielmonitor.mapping", { version: 1, series: [{ code: "LZB", sheet: "Eigene t-3", months: "A2:A20", values: "B2:B20" }] });
    const { calls } = await openApp(host);
    expect(calls.detect).toEqual([null]);
    fireEvent.click(screen.getByRole("tab", { name: "Daten" }));
    const row = await screen.findByTestId("mapping-LZB");
    expect(row.textContent).toContain("Wartezeit fehlt – bitte wählen; bis dahin wird die Zuordnung nicht verwendet.");
  });

  it("uses the mapping and targets saved in the workbook", async () => {
    const host = new FakeHost(WB);
    const mapping = { version: 1, series: [{ code: "LZB", sheet: "Eigene", months: "A2:A20", values: "B2:B20", vintage: "t-0" }] };
    host.settings.set("zielmonitor.mapping", mapping);
    const only: TargetSet = { year: 2023, targets: [handEvaluation().targets[3].target], monitoring: [] };
    host.settings.set("zielmonitor.targets", only);
    const { calls } = await openApp(host);
    expect(calls.detect[calls.detect.length - 1]).toEqual(mapping);
    expect(screen.getByTestId("target-III.1")).toBeTruthy();
    expect(screen.queryByTestId("target-II.1")).toBeNull();
  });

  it("saves edited targets through the host", async () => {
    const { host } = await openApp();
    fireEvent.click(screen.getByRole("tab", { name: "Ziele" }));
    const remove = await screen.findByRole("button", { name: "Entfernen II.2" });
    await act(async () => {
      fireEvent.click(remove);
    });
    const saved = host.callsOf("saveSetting").filter(([k]) => k === "zielmonitor.targets");
    // two Jobcenters: the change is Düren's own; the preset names Kreis Düren, so Aachen had no
    // agreement before and has none after
    const perJobcenter = (saved[0][1] as { jobcenters: Record<string, TargetSet> }).jobcenters;
    expect(perJobcenter["05358"].targets.map((t) => t.id)).toEqual(["II.1", "II.3", "III.1", "III.2"]);
    expect(Object.keys(perJobcenter)).toEqual(["05358"]);
    fireEvent.click(screen.getByRole("tab", { name: "Zielerreichung" }));
    expect(screen.queryByTestId("target-II.2")).toBeNull();
  });

  it("hands the outputs the chosen month, vintage and every Jobcenter", async () => {
    const { host } = await openApp();
    choose(comboboxes().month, "Mai 2023");
    choose(comboboxes().vintage, "t-3");
    fireEvent.click(screen.getByRole("tab", { name: "Ausgabe" }));
    const report = await screen.findByRole("button", { name: "Bericht Steuerungsdialog erstellen" });
    await act(async () => {
      fireEvent.click(report);
    });
    const [input] = host.callsOf("writeReport")[0] as [ResultsInput];
    expect(input.asOf).toBe("2023-05");
    expect(input.vintage).toBe("t-3");
    expect(input.jobcenters.map((j) => j.jobcenter.key)).toEqual(["05358", "05334"]);
    expect(input.jobcenters.every((j) => j.evaluation.asOf === "2023-05")).toBe(true);
    expect(input.jobcenters[0].series.every((s) => s.vintage === "t-3" && s.jobcenter === "05358")).toBe(true);
    // the sheets in the pane's language
    expect(input.lang).toBe("de");
  });

  it("switches the whole pane to English and back", async () => {
    await openApp();
    // the button is named by what it shows (the other language), in that language
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("tab", { name: "Achievement" })).toBeTruthy();
    expect(shown(screen.getByRole("combobox", { name: "Report month" }))).toBe("July 2023");
    expect(currentOf("II.1")).toBe("1,428");
    fireEvent.click(screen.getByRole("button", { name: "Deutsch" }));
    expect(screen.getByRole("tab", { name: "Zielerreichung" })).toBeTruthy();
  });

  it("reports a workbook that cannot be read, and reads again on request", async () => {
    const host = new FakeHost(WB);
    const original = host.readWorkbook.bind(host);
    let fail = true;
    host.readWorkbook = async (p) => {
      if (fail) {
        host.readCount++;
        throw new Error("Datei beschädigt");
      }
      return original(p);
    };
    const { engine } = fakeEngine();
    renderInRoot(<App host={host} engine={engine} />);
    expect(await screen.findByText(/Die Arbeitsmappe konnte nicht gelesen werden\. Datei beschädigt/)).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole("button", { name: "Neu einlesen" }));
    await screen.findByTestId("summary");
    expect(host.readCount).toBe(2);
  });
});

/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { MappingEditor } from "../../src/taskpane/components/MappingEditor";
import { ProblemsList } from "../../src/taskpane/components/ProblemsList";
import { DetectionPanel } from "../../src/taskpane/components/DetectionPanel";
import { ActionsPanel } from "../../src/taskpane/components/ActionsPanel";
import type { ManualEntry } from "../../src/taskpane/mapping";
import type { DetectedSeries, Problem } from "../../src/workbook/types";
import { DUEREN_2023 } from "../../src/domain/targets";
import { FakeHost, handEvaluation, renderInRoot } from "./fixtures";
import { message } from "../../src/domain/messages";
import { detectIndicators } from "../../src/workbook/detect";
import { ZielmonitorExcelError } from "../../src/excel/errors";

const intSeries: DetectedSeries = {
  code: "INT",
  jobcenter: "05358",
  vintage: "t-0",
  values: new Map([["2023-01", 210]]),
  source: { sheet: "Integrationen", range: "C5:C40", labelCell: "C4", label: "Integrationen", cells: new Map([["2023-01", { row: 4, col: 2 }]]) },
};

function MappingHarness({ host, saves, initial = [], vintageAt }: { host: FakeHost; saves: ManualEntry[][]; initial?: ManualEntry[]; vintageAt?: (sheet: string, values: string) => "t-0" | "t-3" | null }) {
  const [entries, setEntries] = useState<ManualEntry[]>(initial);
  return (
    <MappingEditor
      host={host}
      detected={[intSeries]}
      entries={entries}
      onSave={async (next) => {
        saves.push(next);
        setEntries(next);
      }}
      onReset={async () => {
        saves.push([]);
        setEntries([]);
      }}
      onGoTo={(s, r) => void host.goTo(s, r)}
      vintageAt={vintageAt}
    />
  );
}

const LZB = "Langzeitleistungsbeziehende (LZB) (K3, K3E1)";
const INT = "Integrationen (K2)";
const takeButtons = () => screen.queryAllByRole("button", { name: /^Auswahl übernehmen/ });

async function click(el: HTMLElement) {
  await act(async () => {
    fireEvent.click(el);
  });
}

describe("MappingEditor", () => {
  it("labels each row by its German name first, the code second", () => {
    renderInRoot(<MappingHarness host={new FakeHost()} saves={[]} />);
    const row = screen.getByTestId("mapping-INT");
    expect(row.textContent?.startsWith("Integrationen (K2)INT")).toBe(true);
    expect(screen.getByTestId("mapping-LZB").textContent?.startsWith(`${LZB}LZB`)).toBe(true);
    // a data code that feeds no key figure: its name alone
    expect(screen.getByTestId("mapping-BG").textContent?.startsWith("BedarfsgemeinschaftenBG")).toBe(true);
  });

  it("has no 'Auswahl übernehmen' until a row is edited, then exactly one, in that row", async () => {
    renderInRoot(<MappingHarness host={new FakeHost()} saves={[]} />);
    expect(takeButtons()).toHaveLength(0);
    await click(screen.getByRole("button", { name: `Zuordnen: ${INT}` }));
    expect(takeButtons()).toHaveLength(1);
    expect(within(screen.getByTestId("mapping-INT")).getAllByRole("button", { name: /^Auswahl übernehmen/ })).toHaveLength(1);
    // the other rows wait
    expect((screen.getByRole("button", { name: `Zuordnen: ${LZB}` }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("takes months, then values and the vintage read from the sheet, saves once, and hands the focus back", async () => {
    const host = new FakeHost();
    const saves: ManualEntry[][] = [];
    const asked: string[] = [];
    renderInRoot(<MappingHarness host={host} saves={saves} vintageAt={(sheet, values) => (asked.push(`${sheet}!${values}`), sheet.endsWith("t-3") ? "t-3" : null)} />);
    const edit = screen.getByRole("button", { name: `Zuordnen: ${LZB}` });
    edit.focus();
    await click(edit);
    const take = screen.getByRole("button", { name: `Auswahl übernehmen: Monate für ${LZB}` });
    expect(document.activeElement).toBe(take);
    host.selection = { sheet: "Eigene t-3", address: "A3:A14" };
    await click(take);
    expect(screen.getByTestId("mapping-message").textContent).toBe("Bereich Eigene t-3!A3:A14 übernommen.");
    // the next step is the values; the same one button, focus kept
    const takeValues = screen.getByRole("button", { name: `Auswahl übernehmen: Werte für ${LZB}` });
    expect(document.activeElement).toBe(takeValues);
    host.selection = { sheet: "Eigene t-3", address: "D3:D14" };
    await click(takeValues);
    expect(asked).toEqual(["Eigene t-3!D3:D14"]);
    expect(screen.getByTestId("mapping-message").textContent).toBe("Bereich Eigene t-3!D3:D14 übernommen. Wartezeit t-3 am Blatt oder an der Überschrift erkannt.");
    expect((screen.getByRole("radio", { name: "t-3 (endgültig)" }) as HTMLInputElement).checked).toBe(true);
    expect(saves).toEqual([]);
    await click(screen.getByRole("button", { name: "Speichern" }));
    expect(saves).toEqual([[{ code: "LZB", sheet: "Eigene t-3", months: "A3:A14", values: "D3:D14", vintage: "t-3" }]]);
    expect(screen.getByTestId("mapping-status").textContent).toBe("Zuordnung gespeichert.");
    expect(takeButtons()).toHaveLength(0);
    const again = screen.getByRole("button", { name: `Bearbeiten: ${LZB}` });
    expect(document.activeElement).toBe(again);
    expect(screen.getByTestId("mapping-LZB").querySelector('[data-field="LZB-manual"]')?.textContent).toBe("manuell: Monate Eigene t-3!A3:A14 · Werte Eigene t-3!D3:D14 · t-3");
  });

  it("asks for the vintage where the sheet names none, and saves only once it is chosen", async () => {
    const host = new FakeHost();
    const saves: ManualEntry[][] = [];
    renderInRoot(<MappingHarness host={host} saves={saves} vintageAt={() => null} />);
    await click(screen.getByRole("button", { name: `Zuordnen: ${INT}` }));
    host.selection = { sheet: "Eigene", address: "A3:A14" };
    await click(screen.getByRole("button", { name: `Auswahl übernehmen: Monate für ${INT}` }));
    host.selection = { sheet: "Eigene", address: "B3:B14" };
    await click(screen.getByRole("button", { name: `Auswahl übernehmen: Werte für ${INT}` }));
    const radios = screen.getAllByRole("radio").filter((r) => /^t-[03]/.test(r.getAttribute("value") ?? ""));
    expect(radios.map((r) => (r as HTMLInputElement).checked)).toEqual([false, false]);
    await click(screen.getByRole("button", { name: "Speichern" }));
    expect(saves).toEqual([]);
    expect(screen.getByTestId("mapping-message").textContent).toBe("Bitte die Wartezeit wählen (t-0 oder t-3), dann speichern.");
    // the focus goes to the question
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "t-0 (vorläufig)" }));
    await click(screen.getByRole("radio", { name: "t-0 (vorläufig)" }));
    await click(screen.getByRole("button", { name: "Speichern" }));
    expect(saves).toEqual([[{ code: "INT", sheet: "Eigene", months: "A3:A14", values: "B3:B14", vintage: "t-0" }]]);
  });

  it("cancels the edit on Esc: nothing saved, the focus back on the row's button, said in the live region", async () => {
    const host = new FakeHost();
    const saves: ManualEntry[][] = [];
    renderInRoot(<MappingHarness host={host} saves={saves} />);
    const edit = screen.getByRole("button", { name: `Zuordnen: ${INT}` });
    await click(edit);
    host.selection = { sheet: "Eigene", address: "A3:A14" };
    const take = screen.getByRole("button", { name: `Auswahl übernehmen: Monate für ${INT}` });
    await click(take);
    fireEvent.keyDown(take, { key: "Escape" });
    await waitFor(() => expect(takeButtons()).toHaveLength(0));
    expect(saves).toEqual([]);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: `Zuordnen: ${INT}` }));
    const live = screen.getByTestId("mapping-status");
    expect(live.getAttribute("aria-live")).toBe("polite");
    expect(live.textContent).toBe("Bearbeitung abgebrochen, nichts geändert.");
  });

  it("refuses values on another sheet than the months", async () => {
    const host = new FakeHost();
    renderInRoot(<MappingHarness host={host} saves={[]} />);
    await click(screen.getByRole("button", { name: `Zuordnen: ${INT}` }));
    host.selection = { sheet: "A", address: "A1:A12" };
    await click(screen.getByRole("button", { name: `Auswahl übernehmen: Monate für ${INT}` }));
    host.selection = { sheet: "B", address: "B1:B12" };
    await click(screen.getByRole("button", { name: `Auswahl übernehmen: Werte für ${INT}` }));
    expect(screen.getByTestId("mapping-message").textContent).toBe("Monate und Werte müssen auf demselben Blatt liegen.");
    expect(screen.getByTestId("mapping-form-INT").textContent).toContain("Werte: nicht gesetzt");
  });

  it("refuses ranges of different length before saving, in the catalogue's words", async () => {
    const host = new FakeHost();
    const saves: ManualEntry[][] = [];
    renderInRoot(<MappingHarness host={host} saves={saves} vintageAt={() => "t-0"} />);
    await click(screen.getByRole("button", { name: `Zuordnen: ${INT}` }));
    host.selection = { sheet: "A", address: "A1:A12" };
    await click(screen.getByRole("button", { name: `Auswahl übernehmen: Monate für ${INT}` }));
    host.selection = { sheet: "A", address: "B1:B11" };
    await click(screen.getByRole("button", { name: `Auswahl übernehmen: Werte für ${INT}` }));
    await click(screen.getByRole("button", { name: "Speichern" }));
    expect(saves).toEqual([]);
    expect(screen.getByTestId("mapping-message").textContent).toBe("Zuordnung, Eintrag 1: Monate (12) und Werte (11) sind unterschiedlich lang");
  });

  it("shows a saved mapping that lacks its vintage as to be asked, and removes a mapping", async () => {
    const host = new FakeHost();
    const saves: ManualEntry[][] = [];
    renderInRoot(<MappingHarness host={host} saves={saves} initial={[{ code: "LZB", sheet: "X", months: "A1:A3", values: "B1:B3" }]} vintageAt={() => "t-3"} />);
    expect(screen.getByTestId("mapping-LZB").textContent).toContain("Wartezeit fehlt – bitte wählen");
    await click(screen.getByRole("button", { name: `Bearbeiten: ${LZB}` }));
    // not guessed from the place either: nothing is checked until the user says
    expect(screen.getAllByRole("radio").filter((r) => (r as HTMLInputElement).checked && /^t-/.test(r.getAttribute("value") ?? ""))).toEqual([]);
    await click(screen.getByRole("button", { name: `Entfernen: Zuordnung ${LZB}` }));
    expect(saves).toEqual([[]]);
    expect(screen.getByTestId("mapping-status").textContent).toBe("Zuordnung entfernt.");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: `Zuordnen: ${LZB}` }));
  });

  it("says so when nothing is selected, and resets the detection", async () => {
    const host = new FakeHost();
    const saves: ManualEntry[][] = [];
    renderInRoot(<MappingHarness host={host} saves={saves} initial={[{ code: "ELB", sheet: "X", months: "A2:A13", values: "B2:B13", vintage: "t-0" }]} />);
    await click(screen.getByRole("button", { name: /^Bearbeiten: Erwerbsfähige/ }));
    await click(screen.getByRole("button", { name: /^Auswahl übernehmen: Monate/ }));
    expect(screen.getByTestId("mapping-message").textContent).toBe("Keine Auswahl in der Tabelle.");
    fireEvent.keyDown(screen.getByTestId("mapping-form-ELB"), { key: "Escape" });
    await click(screen.getByRole("button", { name: "Erkennung zurücksetzen" }));
    expect(saves).toEqual([[]]);
    expect(screen.getByTestId("mapping-status").textContent).toBe("Zuordnung gelöscht; es gilt wieder die Erkennung.");
    expect(document.activeElement?.textContent).toBe("Zuordnung der Daten");
  });

  it("shows the detected source and goes there on click", () => {
    const host = new FakeHost();
    renderInRoot(<MappingHarness host={host} saves={[]} />);
    fireEvent.click(within(screen.getByTestId("mapping-INT")).getByText("Integrationen!C5:C40 (t-0)"));
    expect(host.callsOf("goTo")).toEqual([["Integrationen", "C5:C40"]]);
  });

  it("Anzeigen selects exactly a transposed series' rows, not the block around them", () => {
    const host = new FakeHost();
    const areas = [
      { sheet: "Kennzahlen", row: 4, col: 1, rows: 1, cols: 12 },
      { sheet: "Kennzahlen", row: 21, col: 1, rows: 1, cols: 12 },
    ];
    const transposed: DetectedSeries = { ...intSeries, source: { ...intSeries.source, sheet: "Kennzahlen", range: "B5:M22", areas } };
    renderInRoot(<MappingEditor host={host} detected={[transposed]} entries={[]} onSave={async () => undefined} onReset={async () => undefined} onGoTo={(s, w) => void host.goTo(s, w)} />);
    fireEvent.click(within(screen.getByTestId("mapping-INT")).getByText("Kennzahlen!B5:M5,B22:M22 (t-0)"));
    expect(host.callsOf("goTo")).toEqual([["Kennzahlen", areas]]);
  });

  it("shows a failed save in the pane's language only, not as 'de / en'", async () => {
    const failing = new ZielmonitorExcelError(message("excel.settingNotStored", { key: "zielmonitor.mapping" }));
    for (const lang of ["de", "en"] as const) {
      const view = renderInRoot(
        <MappingEditor host={new FakeHost()} detected={[]} entries={[{ code: "INT", sheet: "Daten", months: "A2:A13", values: "B2:B13", vintage: "t-0" }]} onSave={async () => Promise.reject(failing)} onReset={async () => undefined} onGoTo={() => undefined} />,
        lang,
      );
      await click(screen.getByRole("button", { name: lang === "de" ? `Bearbeiten: ${INT}` : "Edit: Integrations (K2)" }));
      await click(screen.getByRole("button", { name: lang === "de" ? /^Entfernen/ : /^Remove/ }));
      expect(screen.getByTestId("mapping-message").textContent).toBe(
        lang === "de"
          ? "Die Einstellung „zielmonitor.mapping“ ließ sich nicht in der Arbeitsmappe speichern (beim Zurücklesen abweichend)."
          : 'The setting "zielmonitor.mapping" could not be stored in the workbook (it read back differently).',
      );
      view.unmount();
    }
  });

  it("speaks English in English: label first, one 'Use selection' in the edited row", async () => {
    renderInRoot(<MappingHarness host={new FakeHost()} saves={[]} />, "en");
    expect(screen.getByTestId("mapping-INT").textContent?.startsWith("Integrations (K2)INT")).toBe(true);
    await click(screen.getByRole("button", { name: "Map: Integrations (K2)" }));
    expect(screen.getAllByRole("button", { name: /^Use selection/ }).map((b) => b.getAttribute("aria-label"))).toEqual(["Use selection: Months for Integrations (K2)"]);
    expect(screen.getByRole("radiogroup", { name: "Vintage of these values" })).toBeTruthy();
  });

  it("shows the report plan's refusal to mix vintages beside the mapping", () => {
    renderInRoot(
      <MappingEditor host={new FakeHost()} detected={[]} entries={[]} onSave={async () => undefined} onReset={async () => undefined} onGoTo={() => undefined} mixed="Wartezeiten gemischt: …" />,
    );
    expect(screen.getByTestId("mapping-mixed").textContent).toBe("Wartezeiten gemischt: …");
    expect(screen.getByTestId("mapping-mixed-region").getAttribute("aria-live")).toBe("polite");
  });
});

describe("DetectionPanel", () => {
  it("links each found series to its range and lists missing codes", () => {
    const goTo = jest.fn();
    renderInRoot(<DetectionPanel series={[intSeries]} missing={["LZB", "INT_LZB"]} onGoTo={goTo} />);
    fireEvent.click(screen.getByText("Integrationen!C5:C40"));
    expect(goTo).toHaveBeenCalledWith("Integrationen", "C5:C40");
    expect(screen.getByTestId("missing-series").textContent).toBe("LZBINT_LZB");
  });

  it("links a series of a transposed table to exactly its rows, not the block around them", () => {
    const goTo = jest.fn();
    const areas = [
      { sheet: "Kennzahlen", row: 4, col: 1, rows: 1, cols: 12 },
      { sheet: "Kennzahlen", row: 21, col: 1, rows: 1, cols: 12 },
      { sheet: "Kennzahlen 2023", row: 4, col: 1, rows: 1, cols: 12 },
    ];
    const transposed: DetectedSeries = { ...intSeries, source: { ...intSeries.source, sheet: "Kennzahlen", range: "B5:M22", areas } };
    renderInRoot(<DetectionPanel series={[transposed]} missing={[]} onGoTo={goTo} />);
    fireEvent.click(screen.getByText("Kennzahlen!B5:M5,B22:M22,'Kennzahlen 2023'!B5:M5"));
    expect(goTo).toHaveBeenCalledWith("Kennzahlen", areas);
  });

  it("shows the human label first and the code with its vintage second", () => {
    renderInRoot(<DetectionPanel series={[intSeries]} missing={[]} onGoTo={jest.fn()} />);
    const item = within(screen.getByTestId("found-series")).getByRole("listitem");
    const texts = [...item.querySelectorAll("[data-field]")].map((e) => [e.getAttribute("data-field"), e.textContent]);
    expect(texts).toEqual([
      ["name", "Integrationen"],
      ["code", "INT · t-0"],
    ]);
  });

  it("wraps a long name between words (hyphenated in the pane's language), never inside one, and gives the cells their own row", () => {
    const long: DetectedSeries = { ...intSeries, code: "INT_F" };
    for (const lang of ["de", "en"] as const) {
      const view = renderInRoot(<DetectionPanel series={[long]} missing={[]} onGoTo={jest.fn()} />, lang);
      const name = view.container.querySelector<HTMLElement>('[data-field="name"]')!;
      const style = getComputedStyle(name);
      expect([name.getAttribute("lang"), style.overflowWrap, style.wordBreak, style.hyphens]).toEqual([lang, "normal", "normal", "auto"]);
      // the address no longer shares the row with the name
      expect(getComputedStyle(within(view.container).getByRole("button")).gridColumn.replace(/\s/g, "")).toBe("1/-1");
      view.unmount();
    }
  });
});

describe("hidden-rows note", () => {
  it("Anzeigen goes to the first hidden value read, not to A1", () => {
    // rows 3 and 4 (0-based 2, 3) are hidden and hold Feb and Mar 2023; the first value there is B3
    const detection = detectIndicators({
      sheets: [
        {
          name: "Daten",
          origin: { row: 0, col: 0 },
          hiddenRows: [2, 3],
          values: [
            ["Monat", "Integrationen"],
            ["Jan 2023", 10],
            ["Feb 2023", 11],
            ["Mär 2023", 12],
          ],
        },
      ],
    });
    const goTo = jest.fn();
    renderInRoot(<ProblemsList problems={detection.problems} onGoTo={goTo} />);
    fireEvent.click(screen.getByRole("button", { name: "Anzeigen: Daten!B3" }));
    expect(goTo.mock.calls).toEqual([["Daten", "B3"]]);
  });
});

describe("ProblemsList", () => {
  const problems: Problem[] = [
    { severity: "warning", sheet: "Daten", cell: "B7", message: message("detect.notANumber", { sheet: "Daten", cell: "B7", text: "12a" }) },
    { severity: "error", sheet: "eLb", cell: "D12", message: message("eval.monthMissing", { who: "", code: "ELB", month: "2023-05", target: "II.2" }) },
    { severity: "info", message: message("detect.nothing") },
  ];

  it("shows errors first in German, naming sheet and cell, and goes to the cell", () => {
    const goTo = jest.fn();
    renderInRoot(<ProblemsList problems={problems} onGoTo={goTo} />);
    const bars = within(screen.getByTestId("problems")).getAllByText(/Fehler|Warnung|Hinweis/);
    expect(bars.map((b) => b.textContent)).toEqual(["Fehler (eLb!D12)", "Warnung (Daten!B7)", "Hinweis"]);
    expect(screen.getByText(/für Mai 2023 fehlt/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Anzeigen: eLb!D12" }));
    fireEvent.click(screen.getByRole("button", { name: "Anzeigen: Daten!B7" }));
    expect(goTo.mock.calls).toEqual([
      ["eLb", "D12"],
      ["Daten", "B7"],
    ]);
    // a problem without a place offers no link
    expect(screen.getAllByRole("button", { name: /^Anzeigen/ })).toHaveLength(2);
  });

  it("uses the English message in English", () => {
    renderInRoot(<ProblemsList problems={problems} onGoTo={() => undefined} />, "en");
    expect(screen.getByText(/for May 2023 is missing/)).toBeTruthy();
    expect(screen.queryByText(/für Mai 2023 fehlt/)).toBeNull();
  });
});

describe("ActionsPanel", () => {
  const input = () => ({ asOf: "2023-06", vintage: "t-0" as const, targetSet: DUEREN_2023, jobcenters: [], createdAt: new Date(0) });

  it("runs each output through the host and reports success", async () => {
    const host = new FakeHost();
    renderInRoot(<ActionsPanel host={host} input={input} />);
    expect(screen.getByText("Stand Juni 2023, Wartezeit t-0")).toBeTruthy();
    for (const [label, method] of [
      ["In Tabelle hervorheben", "applyHighlights"],
      ["Hervorhebung entfernen", "removeHighlights"],
      ["Blatt Zielerreichung schreiben", "writeSummarySheet"],
      ["Bericht Steuerungsdialog erstellen", "writeReport"],
    ] as const) {
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: label }));
      });
      expect(host.callsOf(method)).toHaveLength(1);
      expect(screen.getByTestId("action-message").textContent).toBe(`${label}: erledigt.`);
    }
    expect((host.callsOf("writeReport")[0][0] as { asOf: string }).asOf).toBe("2023-06");
  });

  it("reports a failure with the reason", async () => {
    const host = new FakeHost();
    host.failOn = "writeSummarySheet";
    renderInRoot(<ActionsPanel host={host} input={input} />);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Blatt Zielerreichung schreiben" }));
    });
    await waitFor(() =>
      expect(screen.getByTestId("action-message").textContent).toBe("Blatt Zielerreichung schreiben fehlgeschlagen: writeSummarySheet kaputt"),
    );
  });

  it("disables the outputs that need results when there are none", () => {
    renderInRoot(<ActionsPanel host={new FakeHost()} input={() => null} />);
    expect((screen.getByRole("button", { name: "Bericht Steuerungsdialog erstellen" }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole("button", { name: "Hervorhebung entfernen" }) as HTMLButtonElement).disabled).toBe(false);
  });
});

// keep the hand-built evaluation referenced so fixture drift shows up here too
test("fixture evaluation has the five Düren targets", () => {
  expect(handEvaluation().targets.map((t) => t.target.id)).toEqual(DUEREN_2023.targets.map((t) => t.id));
});

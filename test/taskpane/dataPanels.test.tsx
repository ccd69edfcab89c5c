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

const intSeries: DetectedSeries = {
  code: "INT",
  jobcenter: "05358",
  vintage: "t-0",
  values: new Map([["2023-01", 210]]),
  source: { sheet: "Integrationen", range: "C5:C40", labelCell: "C4", label: "Integrationen", cells: new Map([["2023-01", { row: 4, col: 2 }]]) },
};

function MappingHarness({ host, saves }: { host: FakeHost; saves: ManualEntry[][] }) {
  const [entries, setEntries] = useState<ManualEntry[]>([]);
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
    />
  );
}

describe("MappingEditor", () => {
  it("takes the sheet selection as months, then values of a code, and saves each step", async () => {
    const host = new FakeHost();
    const saves: ManualEntry[][] = [];
    renderInRoot(<MappingHarness host={host} saves={saves} />);
    host.selection = { sheet: "Eigene Daten", address: "A3:A14" };
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Auswahl übernehmen: Monate für LZB" }));
    });
    expect(saves[0]).toEqual([{ code: "LZB", sheet: "Eigene Daten", months: "A3:A14" }]);
    expect(screen.getByTestId("mapping-message").textContent).toContain("Bereich Eigene Daten!A3:A14 übernommen.");
    host.selection = { sheet: "Eigene Daten", address: "D3:D14" };
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Auswahl übernehmen: Werte für LZB" }));
    });
    expect(saves[1]).toEqual([{ code: "LZB", sheet: "Eigene Daten", months: "A3:A14", values: "D3:D14" }]);
    const row = screen.getByTestId("mapping-LZB");
    expect(row.querySelector('[data-field="LZB-values"]')?.textContent).toBe("Eigene Daten!D3:D14");
    expect(host.callsOf("getSelectedRange")).toHaveLength(2);
  });

  it("refuses values on another sheet than the months", async () => {
    const host = new FakeHost();
    const saves: ManualEntry[][] = [];
    renderInRoot(<MappingHarness host={host} saves={saves} />);
    host.selection = { sheet: "A", address: "A1:A12" };
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Auswahl übernehmen: Monate für INT" }));
    });
    host.selection = { sheet: "B", address: "B1:B12" };
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Auswahl übernehmen: Werte für INT" }));
    });
    expect(saves).toHaveLength(1);
    expect(screen.getByTestId("mapping-message").textContent).toBe("Monate und Werte müssen auf demselben Blatt liegen.");
  });

  it("says so when nothing is selected, and resets the detection", async () => {
    const host = new FakeHost();
    const saves: ManualEntry[][] = [];
    renderInRoot(<MappingHarness host={host} saves={saves} />);
    const reset = screen.getByRole("button", { name: "Erkennung zurücksetzen" }) as HTMLButtonElement;
    expect(reset.disabled).toBe(true);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Auswahl übernehmen: Werte für ELB" }));
    });
    expect(screen.getByTestId("mapping-message").textContent).toBe("Keine Auswahl in der Tabelle.");
    expect(saves).toHaveLength(0);
    host.selection = { sheet: "X", address: "B2:B13" };
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Auswahl übernehmen: Werte für ELB" }));
    });
    expect(reset.disabled).toBe(false);
    await act(async () => {
      fireEvent.click(reset);
    });
    expect(saves[saves.length - 1]).toEqual([]);
  });

  it("shows the detected source and goes there on click", () => {
    const host = new FakeHost();
    renderInRoot(<MappingHarness host={host} saves={[]} />);
    fireEvent.click(within(screen.getByTestId("mapping-INT")).getByText("Integrationen!C5:C40 (t-0)"));
    expect(host.callsOf("goTo")).toEqual([["Integrationen", "C5:C40"]]);
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

  it("shows the human label first and the code with its vintage second", () => {
    renderInRoot(<DetectionPanel series={[intSeries]} missing={[]} onGoTo={jest.fn()} />);
    const item = within(screen.getByTestId("found-series")).getByRole("listitem");
    const texts = [...item.querySelectorAll("[data-field]")].map((e) => [e.getAttribute("data-field"), e.textContent]);
    expect(texts).toEqual([
      ["name", "Integrationen"],
      ["code", "INT · t-0"],
    ]);
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

/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { message } from "../../src/domain/messages";
import { DUEREN_2023, type TargetSet } from "../../src/domain/targets";
import { TargetsEditor } from "../../src/taskpane/components/TargetsEditor";
import { AgreementPaste } from "../../src/taskpane/components/AgreementPaste";
import { CopyAgreement } from "../../src/taskpane/components/CopyAgreement";
import { ZielmonitorExcelError } from "../../src/excel/errors";
import type { ParsedAgreement } from "../../src/taskpane/engine";
import { parseDecimalInput } from "../../src/taskpane/model";
import { renderInRoot } from "./fixtures";

/** Holds the set like the model hook does and records every save. */
function Harness({ saves, initial = DUEREN_2023 }: { saves: TargetSet[]; initial?: TargetSet }) {
  const [set, setSet] = useState(initial);
  return (
    <TargetsEditor
      targetSet={set}
      onSave={async (next) => {
        saves.push(next);
        setSet(next);
      }}
    />
  );
}

function chooseOption(combobox: HTMLElement, name: string | RegExp): void {
  fireEvent.click(combobox);
  fireEvent.click(screen.getByRole("option", { name }));
}

describe("parseDecimalInput", () => {
  it("reads German decimals and signs, rejects text", () => {
    expect(parseDecimalInput("1,9")).toBe(1.9);
    expect(parseDecimalInput("−0,4")).toBe(-0.4);
    expect(parseDecimalInput("+ 2,3")).toBe(2.3);
    expect(parseDecimalInput("0.1")).toBe(0.1);
    expect(parseDecimalInput("612")).toBe(612);
    expect(parseDecimalInput("1,9x")).toBeNull();
    expect(parseDecimalInput("")).toBeNull();
  });
});

describe("TargetsEditor", () => {
  it("lists the Düren preset with units", () => {
    renderInRoot(<Harness saves={[]} />);
    const items = within(screen.getByTestId("targets-list")).getAllByRole("listitem");
    expect(items).toHaveLength(5);
    expect(screen.getByTestId("target-item-II.3").textContent).toContain("≤ -0,1 Pp. (Prozentpunkte)");
    expect(screen.getByTestId("target-item-II.1").textContent).toContain("≥ +1,9 % (Prozent)");
  });

  it("adds a target typed with a German decimal, stored as a fraction", async () => {
    const saves: TargetSet[] = [];
    renderInRoot(<Harness saves={saves} />);
    fireEvent.click(screen.getByRole("button", { name: "Ziel hinzufügen" }));
    const form = screen.getByRole("form");
    fireEvent.change(within(form).getByRole("textbox", { name: /Nr\./ }), { target: { value: "III.3" } });
    chooseOption(within(form).getByRole("combobox", { name: "Kennzahl" }), /^K3E1 /);
    chooseOption(within(form).getByRole("combobox", { name: "Einheit" }), "Prozentpunkte");
    chooseOption(within(form).getByRole("combobox", { name: "Richtung" }), "≥ mindestens");
    fireEvent.change(within(form).getByRole("textbox", { name: /^Wert/ }), { target: { value: "0,35" } });
    fireEvent.change(within(form).getByRole("textbox", { name: "Wortlaut" }), { target: { value: "Integrationsquote der LZB steigt um 0,35 Prozentpunkte." } });
    fireEvent.click(within(form).getByRole("button", { name: "Speichern" }));
    await waitFor(() => expect(saves).toHaveLength(1));
    const added = saves[0].targets.find((t) => t.id === "III.3");
    expect(added).toEqual({
      id: "III.3",
      goal: "III",
      indicator: "K3E1",
      unit: "points",
      direction: ">=",
      value: 0.0035,
      wording: "Integrationsquote der LZB steigt um 0,35 Prozentpunkte.",
    });
    expect(saves[0].targets).toHaveLength(6);
    expect(await screen.findByText("Ziele gespeichert.")).toBeTruthy();
  });

  it("refuses a value that is not a number and saves nothing", () => {
    const saves: TargetSet[] = [];
    renderInRoot(<Harness saves={saves} />);
    fireEvent.click(screen.getByRole("button", { name: "Ziel hinzufügen" }));
    const form = screen.getByRole("form");
    fireEvent.change(within(form).getByRole("textbox", { name: /^Wert/ }), { target: { value: "etwa zwei" } });
    fireEvent.click(within(form).getByRole("button", { name: "Speichern" }));
    expect(within(form).getByText("Bitte eine Zahl eingeben, z. B. 1,9")).toBeTruthy();
    expect(saves).toHaveLength(0);
  });

  it("edits a target: the form shows the stored fraction as German per cent", async () => {
    const saves: TargetSet[] = [];
    renderInRoot(<Harness saves={saves} />);
    fireEvent.click(screen.getByRole("button", { name: "Bearbeiten II.1" }));
    const value = within(screen.getByRole("form")).getByRole("textbox", { name: /^Wert/ }) as HTMLInputElement;
    expect(value.value).toBe("1,9");
    fireEvent.change(value, { target: { value: "2,5" } });
    fireEvent.click(within(screen.getByRole("form")).getByRole("button", { name: "Speichern" }));
    await waitFor(() => expect(saves).toHaveLength(1));
    const edited = saves[0].targets[0];
    expect(edited.id).toBe("II.1");
    expect(edited.value).toBeCloseTo(0.025, 12);
    expect(edited.absolute).toBe(50);
    expect(screen.getByTestId("target-item-II.1").textContent).toContain("≥ +2,5 %");
  });

  it("removes a target and restores the preset", async () => {
    const saves: TargetSet[] = [];
    renderInRoot(<Harness saves={saves} />);
    fireEvent.click(screen.getByRole("button", { name: "Entfernen III.1" }));
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0].targets.map((t) => t.id)).toEqual(["II.1", "II.2", "II.3", "III.2"]);
    expect(screen.queryByTestId("target-item-III.1")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Vorlage: Kreis Düren 2023" }));
    await waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]).toBe(DUEREN_2023);
  });
});

describe("AgreementPaste", () => {
  const parsed: ParsedAgreement = {
    year: 2024,
    jobcenter: "Kreis Testhausen",
    targets: [
      { id: "II.1", goal: "II", indicator: "INT", unit: "count", direction: ">=", value: 612, wording: "Es werden mindestens 612 Integrationen erreicht." },
      {
        id: "III.1",
        goal: "III",
        indicator: "K3",
        unit: "percent",
        direction: "<=",
        value: -0.01,
        wording: "Der Bestand an LZB sinkt um mindestens 1,0 Prozent.",
      },
    ],
    monitoring: [],
    notUnderstood: [{ sentence: "Die Parteien streben eine Steigerung an.", reason: message("agreement.reason.noNumber") }],
  };

  it("shows each parsed target beside its sentence, lists what was not understood, and applies them", async () => {
    const parse = jest.fn(() => parsed);
    const applied: TargetSet[] = [];
    renderInRoot(
      <AgreementPaste
        targetSet={DUEREN_2023}
        parse={parse}
        onApply={async (s) => {
          applied.push(s);
        }}
      />,
    );
    const analyse = screen.getByRole("button", { name: "Auswerten" });
    expect((analyse as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole("textbox", { name: "Text der Zielvereinbarung" }), { target: { value: "Vereinbarung … 612 Integrationen …" } });
    fireEvent.click(analyse);
    expect(parse).toHaveBeenCalledWith("Vereinbarung … 612 Integrationen …");
    const items = within(screen.getByTestId("parsed-targets")).getAllByRole("listitem");
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain("≥ 612 (Anzahl)");
    expect(items[0].textContent).toContain("Satz: Es werden mindestens 612 Integrationen erreicht.");
    expect(items[1].textContent).toContain("≤ -1,0 % (Prozent)");
    expect(screen.getByTestId("not-understood").textContent).toBe("Die Parteien streben eine Steigerung an. – keine Zahl mit Einheit (Prozent, Prozentpunkte, Integrationen)");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Übernehmen" }));
    });
    expect(applied).toHaveLength(1);
    expect(applied[0].year).toBe(2024);
    expect(applied[0].jobcenter).toBe("Kreis Testhausen");
    expect(applied[0].targets).toBe(parsed.targets);
    expect(applied[0].vintage).toBe("t-0"); // kept from the current set: the text names none
    // goal-I monitoring is kept when the text names none
    expect(applied[0].monitoring).toBe(DUEREN_2023.monitoring);
    expect(screen.getByText("2 Ziele übernommen.")).toBeTruthy();
  });

  it("reports a parser failure instead of crashing", () => {
    renderInRoot(
      <AgreementPaste
        targetSet={DUEREN_2023}
        parse={() => {
          throw new Error("Text leer");
        }}
        onApply={async () => undefined}
      />,
    );
    fireEvent.change(screen.getByRole("textbox", { name: "Text der Zielvereinbarung" }), { target: { value: "x" } });
    fireEvent.click(screen.getByRole("button", { name: "Auswerten" }));
    expect(screen.getByText("Text leer")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Übernehmen" })).toBeNull();
  });
});

describe("CopyAgreement", () => {
  it("shows a failed copy in the pane's language only, not as 'de / en'", async () => {
    const failing = new ZielmonitorExcelError(message("excel.settingNotStored", { key: "zielmonitor.targets" }));
    const others = [{ jobcenter: { key: "B", name: "Jobcenter B" }, hasAgreement: false }];
    for (const [lang, box, button, said] of [
      ["de", "Jobcenter B", "Auf 1 Jobcenter übertragen", "Die Einstellung „zielmonitor.targets“ ließ sich nicht in der Arbeitsmappe speichern (beim Zurücklesen abweichend)."],
      ["en", "Jobcenter B", "Copy to 1 Jobcenter", 'The setting "zielmonitor.targets" could not be stored in the workbook (it read back differently).'],
    ] as const) {
      const view = renderInRoot(<CopyAgreement others={others} onCopy={() => Promise.reject(failing)} />, lang);
      fireEvent.click(screen.getByRole("checkbox", { name: new RegExp(box) }));
      await act(async () => {
        fireEvent.click(screen.getByRole("button", { name: button }));
      });
      expect(screen.getByText(said)).toBeTruthy();
      view.unmount();
    }
  });
});

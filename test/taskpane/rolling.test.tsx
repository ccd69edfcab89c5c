/** @jest-environment jsdom */
/**
 * The pane's block "Veröffentlichte Kennzahlen (gleitend)", June 2023, every value worked by hand:
 * - K1: LLU 1.000.000 € a month, June 2023 1.050.000 €: 1.050.000 ÷ 1.000.000 − 1 = +5,0 %.
 * - K1E1: LUH 0 € in June 2022 (a true zero), 400.000 € otherwise: no change against 0 – the domain's reason.
 * - K1E2: eLb 10.000 in 2021–2022, 9.800 in 2023: 9.800 ÷ 10.000 − 1 = −2,0 %.
 * - K2: integrations 100 a month in 2022, 110 in 2023: Jul–Dec 2022 600 + Jan–Jun 2023 660 = 1.260;
 *   stock Jun–Dec 2022 7 × 10.000 + Jan–May 2023 5 × 9.800 = 119.000, Ø 9.916,67: 1.260 ÷ 9.916,67 = 12,71 %.
 * - K2 Frauen: integrations of women 50 a month, eLb women 5.000 but May 2023 blank: "–", May 2023 named.
 * - K2 Männer: no series for men at all: "–", not in the workbook.
 * - K3: LZB 8.000 in 2022, 7.800 in 2023: 7.800 ÷ 8.000 − 1 = −2,5 %.
 * - K3E1: integrations of LZB 30 a month: 360 ÷ Ø LZB Jun 2022 – May 2023 (7 × 8.000 + 5 × 7.800 = 95.000,
 *   Ø 7.916,67) = 4,547 % → 4,55 %.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import type { IndicatorData } from "../../src/domain/evaluation";
import { RollingDisclosure } from "../../src/taskpane/components/RollingDisclosure";
import { RollingFigures } from "../../src/taskpane/components/RollingFigures";
import { series } from "../domain/monthlyData";
import { renderInRoot } from "./fixtures";

const data: IndicatorData = {
  LLU: series((y, m) => (y === 2023 && m === 6 ? 1_050_000 : 1_000_000)),
  LUH: series((y, m) => (y === 2022 && m === 6 ? 0 : 400_000)),
  ELB: series((y) => (y === 2023 ? 9800 : 10000)),
  INT: series((y) => (y === 2023 ? 110 : 100)),
  INT_F: series(() => 50),
  ELB_F: series((y, m) => (y === 2023 && m === 5 ? undefined : 5000)),
  LZB: series((y) => (y === 2023 ? 7800 : 8000)),
  INT_LZB: series(() => 30),
};

function rowOf(code: string) {
  const row = screen.getByTestId(`rolling-${code}`);
  const field = (name: string) => row.querySelector(`[data-field="${name}"]`)?.textContent ?? null;
  return { value: field("value"), covers: field("covers"), reason: field("reason"), name: row.querySelector("dt")?.textContent };
}

describe("Veröffentlichte Kennzahlen (gleitend) in the pane", () => {
  it("shows value, unit and months of each key figure in German formats", () => {
    renderInRoot(<RollingFigures data={data} month="2023-06" vintage="t-0" />);
    expect(screen.getAllByRole("term").map((dt) => dt.textContent)).toEqual([
      "K1 Summe der Leistungen zum Lebensunterhalt",
      "K1E1 Leistungen für Unterkunft und Heizung",
      "K1E2 Zahl der eLb",
      "K2 Integrationsquote",
      "K2 Integrationsquote Frauen",
      "K2 Integrationsquote Männer",
      "K3 Bestand an Langzeitleistungsbeziehenden",
      "K3E1 Integrationsquote der LZB",
    ]);
    expect(rowOf("K1")).toMatchObject({ value: "+5,0 %", covers: "Veränderung in % ggü. Vorjahresmonat · Jun 2023 ggü. Jun 2022", reason: null });
    expect(rowOf("K1E2").value).toBe("-2,0 %");
    expect(rowOf("K2")).toMatchObject({
      value: "12,71 %",
      covers: "Quote in %, 12 Monate · Integrationen Jul 2022 – Jun 2023, Ø Bestand Jun 2022 – Mai 2023",
      reason: null,
    });
    expect(rowOf("K3").value).toBe("-2,5 %");
    expect(rowOf("K3E1").value).toBe("4,55 %");
    expect(screen.getByText(/Stand Juni 2023, Wartezeit t-0/)).toBeTruthy();
  });

  it("shows – with the reason where the workbook lacks data, never 0", () => {
    renderInRoot(<RollingFigures data={data} month="2023-06" vintage="t-0" />);
    expect(rowOf("K2_F")).toMatchObject({ value: "–", reason: "Es fehlen Werte: eLb Frauen Mai 2023 (leere Zellen sind keine Null)" });
    expect(rowOf("K2_M")).toMatchObject({ value: "–", reason: "nicht in der Mappe: Integrationen Männer, eLb Männer" });
    expect(rowOf("K1E1")).toMatchObject({ value: "–", reason: "Veränderung: der Vorjahreswert ist 0" });
    // the unit and months are still said, so the controller knows what BA's figure would cover
    expect(rowOf("K2_M").covers).toBe("Quote in %, 12 Monate · Integrationen Jul 2022 – Jun 2023, Ø Bestand Jun 2022 – Mai 2023");
  });

  it("English: English number formats and texts", () => {
    renderInRoot(<RollingFigures data={data} month="2023-06" vintage="t-3" />, "en");
    expect(rowOf("K2")).toMatchObject({ value: "12.71 %", covers: "rate in %, 12 months · integrations Jul 2022 – Jun 2023, mean stock Jun 2022 – May 2023" });
    expect(rowOf("K1").covers).toBe("change in % against the same month a year earlier · Jun 2023 vs Jun 2022");
    expect(rowOf("K2_M").reason).toBe("not in the workbook: Integrations (men), eLb (men)");
  });

  it("is closed at first: the figures load only when the disclosure is opened", async () => {
    renderInRoot(<RollingDisclosure data={data} month="2023-06" vintage="t-0" />);
    const details = screen.getByTestId("rolling") as HTMLDetailsElement;
    expect(within(details).getByRole("heading", { level: 2 }).textContent).toBe("Veröffentlichte Kennzahlen (gleitend)");
    expect(screen.queryByTestId("rolling-figures")).toBeNull();
    details.open = true;
    fireEvent(details, new Event("toggle"));
    expect((await screen.findByTestId("rolling-K2")).querySelector('[data-field="value"]')?.textContent).toBe("12,71 %");
  });
});

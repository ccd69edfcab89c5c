/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { SummaryView } from "../../src/taskpane/components/SummaryView";
import { handEvaluation, renderInRoot } from "./fixtures";

function card(id: string): HTMLElement {
  return screen.getByTestId(`target-${id}`);
}

function field(id: string, name: string): string {
  const el = card(id).querySelector(`[data-field="${name}"]`);
  if (!el) throw new Error(`field ${name} of ${id} missing`);
  return el.textContent ?? "";
}

describe("SummaryView", () => {
  it("shows each target with its status badge", () => {
    renderInRoot(<SummaryView evaluation={handEvaluation()} />);
    const expected: Record<string, [code: string, word: string]> = {
      "II.1": ["onTrack", "auf Kurs"],
      "II.2": ["atRisk", "gefährdet"],
      "II.3": ["met", "erreicht"],
      "III.1": ["missed", "nicht erreicht"],
      "III.2": ["noData", "keine Daten"],
    };
    for (const [id, [code, word]] of Object.entries(expected)) {
      const badge = card(id).querySelector("[data-status]");
      expect(badge?.getAttribute("data-status")).toBe(code);
      expect(badge?.textContent).toBe(word);
    }
  });

  it("groups targets under goals II and III, monitoring under goal I", () => {
    renderInRoot(<SummaryView evaluation={handEvaluation()} />);
    const goalII = screen.getByRole("region", { name: /^II Verbesserung/ });
    const goalIII = screen.getByRole("region", { name: /^III Vermeidung/ });
    const goalI = screen.getByRole("region", { name: /^I Verringerung/ });
    expect(within(goalII).getByTestId("target-II.3")).toBeTruthy();
    expect(within(goalIII).getByTestId("target-III.1")).toBeTruthy();
    expect(within(goalI).getByTestId("monitoring-I.1")).toBeTruthy();
    expect(within(goalI).queryByTestId("target-II.1")).toBeNull();
  });

  it("states the unit of every change: per cent for relative, points for the gap", () => {
    renderInRoot(<SummaryView evaluation={handEvaluation()} />);
    expect(field("II.1", "change")).toBe("+5,4 % (Prozent)");
    expect(field("II.1", "target")).toBe("≥ +1,9 %");
    expect(field("II.2", "change")).toBe("-0,1 % (Prozent)");
    expect(field("II.3", "change")).toBe("-0,1 Pp. (Prozentpunkte)");
    expect(field("II.3", "target")).toBe("≤ -0,1 Pp.");
    // quota levels as per cent with two decimals, counts in German grouping
    expect(field("II.2", "current")).toBe("10,00 %");
    expect(field("II.1", "current")).toBe("1.370");
    expect(field("II.1", "previous")).toBe("1.300");
    // goal I: LLU change in %, the share of bedarfsdeckende Integrationen in points
    expect(screen.getByTestId("monitoring-I.1").textContent).toContain("+2,9 %");
    expect(screen.getByTestId("monitoring-I.5").textContent).toContain("+1,0 Pp.");
  });

  it("flags knapp only where the rounded change ties but the unrounded misses", () => {
    renderInRoot(<SummaryView evaluation={handEvaluation()} />);
    const knapp = within(card("III.1")).getByTestId("knapp");
    expect(knapp.textContent).toBe("knapp");
    // the hint is a disclosure (keyboard and touch), not a tooltip
    expect(knapp.tagName).toBe("SUMMARY");
    expect(knapp.closest("details")?.textContent).toBe("knappGerundet gleich, ungerundet verfehlt");
    expect(field("III.1", "change")).toBe("-0,4 % (Prozent)");
    for (const id of ["II.1", "II.2", "II.3", "III.2"]) expect(within(card(id)).queryByTestId("knapp")).toBeNull();
  });

  it("shows in-year target, both forecasts by name and the shortfall per remaining month", () => {
    renderInRoot(<SummaryView evaluation={handEvaluation()} />);
    expect(field("II.1", "inYearTarget")).toBe("1.325");
    expect(field("II.1", "forecast")).toBe("2.790 (saisonal) · 2.740 (linear)");
    expect(field("II.1", "shortfall")).toBe("1.360 (226,7 je Monat)");
    expect(field("II.2", "forecast")).toBe("–");
  });

  it("says 'Restbedarf bis Dezember' for what is still needed and 'Abstand zum unterjährigen Ziel' for the distance now", () => {
    renderInRoot(<SummaryView evaluation={handEvaluation()} />);
    const label = (name: string) => card("II.1").querySelector(`[data-field="${name}"]`)?.previousElementSibling?.textContent;
    expect(label("shortfall")).toBe("Restbedarf bis Dezember");
    expect(label("distanceInYear")).toBe("Abstand zum unterjährigen Ziel");
    // 1.370 integrations against an in-year level of 1.324,7: 45 ahead (counts shown whole).
    expect(field("II.1", "distanceInYear")).toBe("+45");
    expect(card("II.2").querySelector(`[data-field="distanceInYear"]`)).toBeNull();
  });

  it("names missing data and offers to show it", () => {
    const onShow = jest.fn();
    renderInRoot(<SummaryView evaluation={handEvaluation()} onShowMissing={onShow} />);
    expect(field("III.2", "missing")).toBe("INT_LZB Mai 2023");
    fireEvent.click(within(card("III.2")).getByText("INT_LZB Mai 2023"));
    expect(onShow).toHaveBeenCalledTimes(1);
  });

  it("draws the distance to the in-year target per month, ahead above the dashed path, values on hover", () => {
    renderInRoot(<SummaryView evaluation={handEvaluation()} />);
    const chart = screen.getByRole("img", { name: "Ziel II.1: Abstand zum unterjährigen Zielpfad je Monat (gestrichelt: Zielpfad)" });
    // a per-cent target: June 1.370 against the path's 1.324,7 → 1.370 ÷ 1.324,7 − 1 = +3,42 % ahead
    expect(chart.querySelector('circle[data-month="2023-06"] title')?.textContent).toBe("Juni 2023: JFW 1.370, Zielpfad 1.325, Abstand +3,4 %");
    // the axis contains zero and is symmetric: largest distance 3,42 % (June) × 1,15 = 3,93 % → ±3,9 %
    expect(chart.querySelector('[data-axis="max"]')?.textContent).toBe("+3,9 %");
    expect(chart.querySelector('[data-axis="min"]')?.textContent?.replace("−", "-")).toBe("-3,9 %");
    const path = chart.querySelector('polyline[data-line="target"]')?.getAttribute("points") ?? "";
    const actual = chart.querySelector('polyline[data-line="actual"]')?.getAttribute("points") ?? "";
    const lastY = (pts: string) => Number(pts.trim().split(" ").pop()?.split(",")[1]);
    expect(actual.split(" ")).toHaveLength(6);
    // SVG y grows downwards: ahead of target means a smaller y in June
    expect(lastY(actual)).toBeLessThan(lastY(path));
    // no path → no chart
    expect(within(card("II.2")).queryByRole("img")).toBeNull();
  });

  it("switches to English labels and number format", () => {
    renderInRoot(<SummaryView evaluation={handEvaluation()} />, "en");
    expect(card("II.2").querySelector("[data-status]")?.textContent).toBe("at risk");
    expect(field("II.1", "current")).toBe("1,370");
    expect(field("II.3", "change")).toBe("-0.1 pp (percentage points)");
    expect(field("II.1", "forecast")).toBe("2,790 (seasonal) · 2,740 (linear)");
  });
});

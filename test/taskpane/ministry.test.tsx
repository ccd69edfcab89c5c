/** @jest-environment jsdom */
/**
 * The ministry view shows the domain's "Abstand zum unterjährigen Ziel" and degree of attainment, the same
 * figures the CLI prints (docs/in-year-targets.md). Every number below is worked by hand.
 *
 * Data, report month June 2023 (t-0):
 * - Integrationen 50 a month in 2021–2022, 48 a month in 2023: JFW June 2023 = 6 × 48 = 288, 2022 = 300,
 *   December 2022 = 600; the previous year's profile s(6) = 300 ÷ 600 = 0,5.
 * - eLb 4.000 every month: K2 June 2023 = 288 ÷ 4.000 = 7,20 %, 2022 = 300 ÷ 4.000 = 7,50 %,
 *   December 2022 = 600 ÷ 4.000 = 15,00 %: s(6) = 0,5 as well.
 * - LZB 1.000 a month in 2021–2022, 990 in 2023: K3 JFW June 2023 = Ø 990, 2022 = Ø 1.000.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { renderTextReport } from "../../src/cli/textReport";
import { evaluate } from "../../src/domain/evaluate";
import { msg } from "../../src/domain/messages";
import type { Evaluation, IndicatorData } from "../../src/domain/evaluation";
import type { Target, TargetSet } from "../../src/domain/targets";
import { MinistryTable } from "../../src/taskpane/components/MinistryTable";
import type { JobcenterResult } from "../../src/taskpane/useWorkbookModel";
import { series } from "../domain/monthlyData";
import { renderInRoot } from "./fixtures";

const data: IndicatorData = {
  INT: series((y) => (y === 2023 ? 48 : 50)),
  ELB: series(() => 4000),
  LZB: series((y) => (y === 2023 ? 990 : 1000)),
};
const A = { key: "00001", name: "Jobcenter A" };
const B = { key: "00002", name: "Jobcenter B" };

function target(partial: Pick<Target, "id" | "indicator" | "unit" | "direction" | "value">): Target {
  return { goal: "II", wording: "", ...partial };
}

function evaluationOf(t: Target): Evaluation {
  const set: TargetSet = { year: 2023, targets: [t], monitoring: [] };
  return evaluate(data, set, "2023-06");
}

/** A with the agreement of one target, B without any agreement (figures only, never judged). */
function show(t: Target, lang: "de" | "en" = "de") {
  const figures = evaluate(data, { year: 2023, targets: [], monitoring: [{ id: t.id, indicator: t.indicator, wording: "" }] }, "2023-06");
  const results: JobcenterResult[] = [
    { jobcenter: A, evaluation: evaluationOf(t), series: [], hasAgreement: true, targetsFor: A.key },
    { jobcenter: B, evaluation: figures, series: [], hasAgreement: false, targetsFor: null },
  ];
  renderInRoot(<MinistryTable results={results} selected={A.key} onSelect={() => {}} />, lang);
  const row = (key: string) => screen.getByTestId(`ministry-row-${key}`);
  const field = (key: string, name: string) => row(key).querySelector(`[data-field="${name}"]`)?.textContent ?? null;
  return { row, field };
}

/** The distance cell of the CLI's text table for Jobcenter A: the column headed "Abstand zum unterj. Ziel" / "vs in-year target". */
function cliDistance(t: Target, lang: "de" | "en" = "de"): string {
  const lines = renderTextReport([{ jobcenter: A, evaluation: evaluationOf(t), series: [], targetsFor: A.key }], "t-0", lang).split("\n");
  const rule = lines.findIndex((l) => l.startsWith("─"));
  const line = lines.find((l) => l.startsWith(`${t.id} `));
  if (rule < 1 || !line) throw new Error(`no table row for ${t.id} in\n${lines.join("\n")}`);
  // the rule under the header marks each column's characters
  const spans = [...lines[rule].matchAll(/─+/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const col = spans.find(([a, b]) => lines[rule - 1].slice(a, b).trim() === msg("col.distanceInYear", undefined, lang));
  if (!col) throw new Error(`no distance column in\n${lines[rule - 1]}`);
  return line.slice(col[0], col[1]).trim();
}

function details(key: string): Record<string, string> {
  fireEvent.click(within(screen.getByTestId(`ministry-row-${key}`)).getByRole("button"));
  const dl = screen.getByTestId(`ministry-details-${key}`);
  return Object.fromEntries([...dl.querySelectorAll("dd")].map((dd) => [dd.getAttribute("data-field"), dd.textContent ?? ""]));
}

describe("ministry view: one meaning of distance and attainment, the domain's", () => {
  it("count target (mindestens 612 Integrationen): 288 − 612 × 0,5 = −18, attainment 288 ÷ 612 = 47,1 %", () => {
    const t = target({ id: "Z1", indicator: "INT", unit: "count", direction: ">=", value: 612 });
    const { field } = show(t);
    // the in-year level 306, not the year's 612 (that would read −324)
    expect(field(A.key, "distance")).toBe("-18");
    expect(cliDistance(t)).toBe("-18");
    expect(row(A.key).querySelector("[data-status]")?.getAttribute("data-status")).toBe("atRisk");
    const d = details(A.key);
    expect(d.inYearTarget).toBe("306");
    expect(d.attainment).toBe("288 von 612 = 47,1 %");
  });

  it("count target on a quota (K2 mindestens 16,0 %): 7,20 % − 16,0 % × 0,5 = −0,80 Pp., attainment 45,0 % in per cent", () => {
    const t = target({ id: "Z2", indicator: "K2", unit: "count", direction: ">=", value: 0.16 });
    const { field } = show(t);
    expect(field(A.key, "distance")).toBe("-0,80 Pp.");
    expect(cliDistance(t)).toBe("-0,80 Pp.");
    // 0,072 ÷ 0,16 = 0,45; both levels as quotas, not rounded to whole numbers ("0 von 0")
    expect(details(A.key).attainment).toBe("7,20 % von 16,00 % = 45,0 %");
  });

  it("quota target (K2 +1,9 %): 7,20 % − 7,50 % × 1,019 = 7,20 % − 7,6425 % = −0,44 Pp.", () => {
    const t = target({ id: "Z3", indicator: "K2", unit: "percent", direction: ">=", value: 0.019 });
    const { field } = show(t);
    // the pane used to show change − target = −4,0 % − 1,9 % = −5,9 %
    expect(field(A.key, "distance")).toBe("-0,44 Pp.");
    expect(cliDistance(t)).toBe("-0,44 Pp.");
    const d = details(A.key);
    expect(d.change).toBe("-4,0 %");
    expect(d.inYearTarget).toBe("7,64 %");
    expect(d.attainment).toBeUndefined();
  });

  it("points target (K2 +0,3 Pp.): 7,20 % − (7,50 % + 0,3 Pp. × 0,5) = −0,45 Pp.", () => {
    const t = target({ id: "Z4", indicator: "K2", unit: "points", direction: ">=", value: 0.003 });
    const { field } = show(t);
    // not change − target = −0,3 Pp. − 0,3 Pp. = −0,6 Pp.: the year's points are spread like last year's quota
    expect(field(A.key, "distance")).toBe("-0,45 Pp.");
    expect(cliDistance(t)).toBe("-0,45 Pp.");
    expect(details(A.key).inYearTarget).toBe("7,65 %");
  });

  it("≤ target (K3 höchstens −0,4 %): 990 − 1.000 × 0,996 = −6,0, below is better and says so; no sign flipped", () => {
    const t = target({ id: "Z5", indicator: "K3", unit: "percent", direction: "<=", value: -0.004 });
    const { field } = show(t);
    // the pane used to flip the sign: −0,4 % − (−1,0 %) = "+0,6 %"
    expect(field(A.key, "distance")).toBe("-6,0");
    expect(cliDistance(t)).toBe("-6,0");
    expect(row(A.key).querySelector("[data-status]")?.getAttribute("data-status")).toBe("onTrack");
    expect(screen.getByText(/besser: niedriger/)).toBeTruthy();
  });

  it("a Jobcenter without an agreement: keine Zielvereinbarung, no distance, never judged", () => {
    const t = target({ id: "Z1", indicator: "INT", unit: "count", direction: ">=", value: 612 });
    const { field } = show(t);
    expect(field(B.key, "distance")).toBe("–");
    expect(field(B.key, "status")).toBe("keine Zielvereinbarung");
    expect(row(B.key).querySelector("[data-status]")).toBeNull();
    const d = details(B.key);
    expect(d.target).toBe("keine Zielvereinbarung");
    expect(d.attainment).toBeUndefined();
  });

  it("English: the same figures in English formats, the better side named", () => {
    const t = target({ id: "Z5", indicator: "K3", unit: "percent", direction: "<=", value: -0.004 });
    const { field } = show(t, "en");
    expect(field(A.key, "distance")).toBe("-6.0");
    expect(cliDistance(t, "en")).toBe("-6.0");
    expect(screen.getByText(/lower is better/)).toBeTruthy();
  });
});

describe("ministry view: sorting by distance puts the worst Jobcenters first, by the target's direction", () => {
  /** Jobcenters whose 2023 months hold `lzb` long-term recipients and `int` integrations a month (2022: 1.000 and 50), with the agreement `t`; "00009" without one. */
  function showMany(t: Target, months: Record<string, { lzb: number; int: number }>) {
    const results: JobcenterResult[] = Object.entries(months).map(([key, v]) => {
      const own: IndicatorData = { ...data, LZB: series((y) => (y === 2023 ? v.lzb : 1000)), INT: series((y) => (y === 2023 ? v.int : 50)) };
      return { jobcenter: { key, name: `Jobcenter ${key}` }, evaluation: evaluate(own, { year: 2023, targets: [t], monitoring: [] }, "2023-06"), series: [], hasAgreement: true, targetsFor: key };
    });
    const none = evaluate(data, { year: 2023, targets: [], monitoring: [{ id: t.id, indicator: t.indicator, wording: "" }] }, "2023-06");
    results.push({ jobcenter: { key: "00009", name: "Jobcenter 00009" }, evaluation: none, series: [], hasAgreement: false, targetsFor: null });
    renderInRoot(<MinistryTable results={results} onSelect={() => {}} />);
  }
  const order = () => screen.getAllByTestId(/^ministry-row-/).map((r) => r.getAttribute("data-testid")?.replace("ministry-row-", ""));

  it("höchstens (K3 −0,4 %, in-year target 1.000 × 0,996 = 996): Ø 1.010 (+14,0), Ø 1.000 (+4,0), Ø 990 (−6,0) – highest first; the other way on click", () => {
    const t = target({ id: "Z5", indicator: "K3", unit: "percent", direction: "<=", value: -0.004 });
    showMany(t, { "00001": { lzb: 990, int: 50 }, "00002": { lzb: 1000, int: 50 }, "00003": { lzb: 1010, int: 50 } });
    expect(["00001", "00002", "00003"].map((k) => row(k).querySelector('[data-field="distance"]')?.textContent)).toEqual(["-6,0", "+4,0", "+14,0"]);
    expect(order()).toEqual(["00003", "00002", "00001", "00009"]);
    expect(screen.getByTestId("distance-sort").textContent).toBe("schlechteste zuerst");
    fireEvent.click(screen.getByRole("button", { name: /^Abstand/ }));
    // without a distance always last
    expect(order()).toEqual(["00001", "00002", "00003", "00009"]);
    expect(screen.getByTestId("distance-sort").textContent).toBe("beste zuerst");
  });

  it("mindestens (612 Integrationen, in-year 306): 6 × 48 = 288 (−18), 6 × 50 = 300 (−6), 6 × 52 = 312 (+6) – lowest first", () => {
    const t = target({ id: "Z1", indicator: "INT", unit: "count", direction: ">=", value: 612 });
    showMany(t, { "00001": { lzb: 1000, int: 52 }, "00002": { lzb: 1000, int: 48 }, "00003": { lzb: 1000, int: 50 } });
    expect(order()).toEqual(["00002", "00003", "00001", "00009"]);
    expect(screen.getByTestId("distance-sort").textContent).toBe("schlechteste zuerst");
  });
});

function row(key: string): HTMLElement {
  return screen.getByTestId(`ministry-row-${key}`);
}

/**
 * The report's published rolling key figures, its chart wording for "at most" targets, no "-0,0 %" in
 * any writer, and the sheets in English – each against numbers worked by hand.
 */
import { renderTextReport } from "../../src/cli/textReport";
import type { Evaluation } from "../../src/domain/evaluation";
import type { DataCode } from "../../src/domain/indicators";
import { publishedRolling } from "../../src/domain/rolling";
import { DUEREN_2023 } from "../../src/domain/targets";
import { ym } from "../../src/domain/yearMonth";
import type { EvaluatedJobcenter, ResultsInput } from "../../src/workbook/host";
import { legendLayout, reportLayout, summaryLayout } from "../../src/workbook/outputs";
import type { LayoutCell, SheetLayout } from "../../src/workbook/outputs/types";
import type { DetectedSeries } from "../../src/workbook/types";
import { targetEval } from "./targetEvalFixture";

/** A series over Jan 2022 … Dec 2023 from a function of (year, month); undefined leaves the month blank. */
function series(code: DataCode, f: (y: number, m: number) => number | undefined): DetectedSeries {
  const values = new Map<string, number>();
  for (const y of [2022, 2023])
    for (let m = 1; m <= 12; m++) {
      const v = f(y, m);
      if (v !== undefined) values.set(ym(y, m), v);
    }
  return { code, jobcenter: "", vintage: "t-0", values, source: { sheet: "Daten", range: "", labelCell: "", label: code, cells: new Map() } };
}

function inputWith(jc: Omit<EvaluatedJobcenter, "jobcenter">, lang?: "de" | "en"): ResultsInput {
  return {
    asOf: "2023-06",
    vintage: "t-0",
    targetSet: DUEREN_2023,
    createdAt: new Date(2026, 10, 24),
    jobcenters: [{ jobcenter: { key: "", name: "Kreis Düren" }, ...jc }],
    ...(lang ? { lang } : {}),
  };
}

/** The cells of the row whose first cell is `first`, by column. */
function rowOf(layout: SheetLayout, first: string): Map<number, LayoutCell> {
  const row = layout.cells.find((c) => c.col === 0 && c.value === first)?.row;
  if (row === undefined) throw new Error(`no row "${first}"`);
  return new Map(layout.cells.filter((c) => c.row === row).map((c) => [c.col, c]));
}

describe("report: published key figures (rolling)", () => {
  // The fixture of test/domain/rolling.test.ts: integrations 100 a month; eLb 22.000 in June 2022, 0 in June 2023,
  // else 10.000; LZB 8.000 in 2022, 7.800 in 2023 but May 2022 blank; LLU 1.000.000 a month, 1.050.000 in June 2023.
  const seriesList = [
    series("INT", () => 100),
    series("ELB", (y, m) => (y === 2022 && m === 6 ? 22000 : y === 2023 && m === 6 ? 0 : 10000)),
    series("LZB", (y, m) => (y === 2022 && m === 5 ? undefined : y === 2022 ? 8000 : 7800)),
    series("LLU", (y, m) => (y === 2023 && m === 6 ? 1_050_000 : 1_000_000)),
  ];
  const data = Object.fromEntries(seriesList.map((s) => [s.code, s.values]));
  const evaluation = (month: "2023-06" | "2023-05"): Evaluation => ({ asOf: month, targets: [], monitoring: [], rolling: publishedRolling(data, month) });

  it("shows each value with its unit for the report month: K2 1.200 ÷ 11.000 = 10,91 %, K1 +5,0 %, K3 −2,5 %, K1E2 −100,0 %", () => {
    const layout = reportLayout(inputWith({ evaluation: evaluation("2023-06"), series: seriesList }));
    expect(layout.cells.some((c) => c.value === "Veröffentlichte Kennzahlen (gleitend) – Juni 2023")).toBe(true);
    // K2: Σ integrations Jul 2022 … Jun 2023 = 1.200; Ø eLb Jun 2022 … May 2023 = (22.000 + 11 × 10.000) ÷ 12 = 11.000.
    const k2 = rowOf(layout, "K2");
    expect(k2.get(2)!.value as number).toBeCloseTo(1200 / 11000, 12);
    expect(k2.get(2)!.numberFormat).toBe("0.00%");
    expect(k2.get(1)!.value).toContain("Quote");
    // K1: 1.050.000 ÷ 1.000.000 − 1 = +5 %; K3: 7.800 ÷ 8.000 − 1 = −2,5 %; K1E2: 0 ÷ 22.000 − 1 = −100 %.
    expect(rowOf(layout, "K1").get(2)!.value as number).toBeCloseTo(0.05, 12);
    expect(rowOf(layout, "K1").get(2)!.numberFormat).toBe("+0.0%;-0.0%;0.0%");
    expect(rowOf(layout, "K1").get(1)!.value).toContain("Vorjahresmonat");
    expect(rowOf(layout, "K3").get(2)!.value as number).toBeCloseTo(-0.025, 12);
    expect(rowOf(layout, "K1E2").get(2)!.value as number).toBeCloseTo(-1, 12);
  });

  it("writes '–' and says why where the workbook lacks the data – never zero", () => {
    const layout = reportLayout(inputWith({ evaluation: evaluation("2023-05"), series: seriesList }));
    // No housing-cost series (LUH) at all.
    const k1e1 = rowOf(layout, "K1E1");
    expect(k1e1.get(2)!.value).toBe("–");
    expect(k1e1.get(3)!.value).toMatch(/^nicht in der Mappe: /);
    // K2 women needs INT_F and ELB_F: both named.
    expect(rowOf(layout, "K2 Frauen").get(3)!.value).toMatch(/Integrationen.*Frauen.*,.*Frauen/);
    // K3 for May 2023 compares with May 2022, which is blank: the month is named, the value is not 0.
    const k3 = rowOf(layout, "K3");
    expect(k3.get(2)!.value).toBe("–");
    expect(k3.get(3)!.value).toContain("Mai 2022");
    // Every published figure has a row, in BA's order.
    const codes = ["K1", "K1E1", "K1E2", "K2", "K2 Frauen", "K2 Männer", "K3", "K3E1"];
    expect(codes.map((c) => rowOf(layout, c).get(0)!.row)).toEqual([...codes.map((c) => rowOf(layout, c).get(0)!.row)].sort((a, b) => a - b));
    // Without their series: "–", not 0. K1 in May is a true zero (1.000.000 ÷ 1.000.000 − 1), computed from values.
    expect(["K1E1", "K2 Frauen", "K2 Männer", "K3E1"].map((c) => rowOf(layout, c).get(2)!.value)).toEqual(["–", "–", "–", "–"]);
    expect(rowOf(layout, "K1").get(2)!.value).toBe(0);
  });

  it("in English: 'Published indicators (rolling)'", () => {
    const layout = reportLayout(inputWith({ evaluation: evaluation("2023-06"), series: seriesList }, "en"));
    expect(layout.cells.some((c) => c.value === "Published indicators (rolling) – June 2023")).toBe(true);
    expect(rowOf(layout, "K2 women").get(2)!.value).toBe("–");
  });
});

describe("no negative zero: a value shown as zero is 0", () => {
  // II.1 (per cent): 600 against 600.02 → −0,003 %, shown as "0,0 %"; Feb 594 against 600 → −1,0 % stays.
  const ii1 = targetEval(0, {
    asOf: "2023-02",
    current: 600,
    previous: 600.02,
    change: 600 / 600.02 - 1,
    status: "onTrack",
    path: [
      { month: "2023-01", actual: 300, inYearTarget: 300.01 },
      { month: "2023-02", actual: 594, inYearTarget: 600 },
    ],
  });
  const input = { ...inputWith({ evaluation: { asOf: "2023-02", targets: [ii1], monitoring: [] }, series: [] }), asOf: "2023-02" as const };

  it("in the report's chart labels and cells, and in the summary's cached values", () => {
    const report = reportLayout(input);
    const [first, second] = report.charts[0].series[0].values.split(":");
    const col = report.cells.find((c) => c.value === "Jan")!.col + 1;
    const jan = report.cells.find((c) => c.col === col && c.row === Number(first.replace(/\D/g, "")) - 1)!;
    const feb = report.cells.find((c) => c.col === col && c.row === Number(second.replace(/\D/g, "")) - 1)!;
    // 300 ÷ 300,01 − 1 = −0,0033 % → 0; 594 ÷ 600 − 1 = −1 %.
    expect(Object.is(jan.value, 0)).toBe(true);
    expect(feb.value as number).toBeCloseTo(-0.01, 12);
    expect(rowOf(report, "II.1").get(4)!.value).toBe(0);
    expect(rowOf(summaryLayout(input), "II.1").get(5)!.value).toBe(0);
  });

  it("in the CLI table", () => {
    const text = renderTextReport(input.jobcenters, "t-0", "de");
    expect(text).toContain("0,0 %");
    expect(text).not.toContain("-0,0 %");
  });
});

describe("report charts say which side is better for an 'at most' target", () => {
  const ii3 = targetEval(2, { status: "atRisk", path: [{ month: "2023-01", actual: 0.047, inYearTarget: 0.046 }] });
  const ii1 = targetEval(0, { status: "onTrack", path: [{ month: "2023-01", actual: 210, inYearTarget: 200 }] });
  const make = (lang?: "de" | "en") => reportLayout(inputWith({ evaluation: { asOf: "2023-06", targets: [ii1, ii3], monitoring: [] }, series: [] }, lang));

  it("names the distance series of II.3 (höchstens) 'besser: niedriger', and leaves II.1 (mindestens) as it was", () => {
    const [c1, c3] = make().charts;
    expect(c1.series[0].name).toBe("Abstand zum unterjährigen Ziel");
    expect(c3.series[0].name).toBe("Abstand zum unterjährigen Ziel (besser: niedriger)");
    expect(make("en").charts[1].series[0].name).toBe("Distance to the in-year target (lower is better)");
  });
});

describe("the sheets in English (--lang en)", () => {
  const input = inputWith(
    {
      evaluation: {
        asOf: "2023-06",
        targets: [targetEval(0, { status: "onTrack", path: [{ month: "2023-01", actual: 1, inYearTarget: 1 }] })],
        monitoring: [],
      },
      series: [],
    },
    "en",
  );

  it("titles, headers, footers and notes come from the English catalogue", () => {
    const summary = summaryLayout(input);
    expect(summary.cells[0].value).toBe("Target attainment 2023");
    expect(summary.header).toBe('&L&"-,Bold"Target attainment 2023&RReport month June 2023, vintage t-0');
    expect(summary.footer).toBe("&LCreated on 24/11/2026 with Zielmonitor&RPage &P of &N");
    const report = reportLayout(input);
    expect(report.cells[0].value).toBe("Steering dialogue 2023 – Kreis Düren – Page 1 of 2");
    expect(report.cells.some((c) => c.value === "Goal II – Improving integration into employment")).toBe(true);
    expect(report.cells.find((c) => c.value === "Jan")).toBeDefined();
    const legend = legendLayout({ cells: [], legend: [] }, input);
    expect(legend.cells[0].value).toBe("Highlighting of target attainment");
    // No German word left on the English sheets (the agreement's own wording aside).
    const wording = DUEREN_2023.targets[0].wording ?? "";
    for (const layout of [summary, report, legend])
      for (const c of layout.cells)
        if (typeof c.value === "string" && !c.value.includes(wording.slice(0, 20)))
          expect(`${c.value}`).not.toMatch(/Berichtsmonat|Wartezeit|Erstellt|Seite|Ziel |Veränderung|Vorjahr|erreicht|Bewertung/);
  });
});

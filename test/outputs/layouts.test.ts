/**
 * The output layouts from a hand-built result: which cells are highlighted, which formulas the summary
 * writes, how units are shown, and how the report is laid out for print.
 */
import { formatArea, parseArea } from "../../src/workbook/areas";
import type { Evaluation, TargetEvaluation } from "../../src/domain/evaluation";
import { DUEREN_2023 } from "../../src/domain/targets";
import { ym } from "../../src/domain/yearMonth";
import type { ResultsInput } from "../../src/workbook/host";
import { guardBlanks, highlightPlan, reportLayout, summaryLayout } from "../../src/workbook/outputs";
import type { DetectedSeries } from "../../src/workbook/types";
import { targetEval as sharedTargetEval } from "./targetEvalFixture";

/** A series in column `col` of sheet "Daten", months Jan 2022 … Dec 2023 in rows 5 … 28 (0-based 4 … 27). */
function series(code: DetectedSeries["code"], col: number): DetectedSeries {
  const cells = new Map<string, { row: number; col: number }>();
  const values = new Map<string, number>();
  let row = 4;
  for (const y of [2022, 2023])
    for (let m = 1; m <= 12; m++) {
      cells.set(ym(y, m), { row: row++, col });
      values.set(ym(y, m), 100);
    }
  return {
    code,
    jobcenter: "",
    vintage: "t-0",
    values,
    source: { sheet: "Daten", range: "", labelCell: "", label: code, cells },
  };
}

/** Judged in March, with one point on its path, unless a test says otherwise. */
function targetEval(i: number, over: Partial<TargetEvaluation>): TargetEvaluation {
  return sharedTargetEval(i, { asOf: "2023-03", path: [{ month: "2023-01", actual: 1, inYearTarget: 1 }], ...over });
}

// II.1 on track (integrations 620 vs 600 a year earlier, +3.33 %), II.3 at risk (gap −0.05 pp).
const evaluation: Evaluation = {
  asOf: "2023-03",
  targets: [
    targetEval(0, {
      current: 620,
      previous: 600,
      change: 620 / 600 - 1,
      met: true,
      status: "onTrack",
      inYearTarget: 611.4,
      distanceToInYearTarget: 620 - 611.4,
      shortfall: { total: 2066, perMonth: 2066 / 9 },
    }),
    targetEval(2, {
      current: 0.0465,
      previous: 0.047,
      change: -0.0005,
      met: false,
      status: "atRisk",
      inYearTarget: 0.046,
      distanceToInYearTarget: 0.0465 - 0.046,
    }),
  ],
  monitoring: [],
};
const input: ResultsInput = {
  asOf: "2023-03",
  vintage: "t-0",
  targetSet: DUEREN_2023,
  createdAt: new Date(2026, 10, 24),
  jobcenters: [
    {
      jobcenter: { key: "", name: "Kreis Düren" },
      evaluation,
      series: [series("INT", 1), series("INT_F", 2), series("INT_M", 3), series("ELB_F", 4), series("ELB_M", 5)],
    },
  ],
};

/** 0-based row and column of the first cell of an A1 range ("L5:L7" → row 4, col 11). */
function firstCell(range: string): { row: number; col: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)/.exec(range)!;
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(digits) - 1, col };
}

describe("summary sheet print setup", () => {
  const layout = summaryLayout(input);
  it("is A4 landscape, one page wide, with title and report month in the header and page x of y in the footer", () => {
    expect(layout.pageSetup).toEqual({ paper: "A4", orientation: "landscape", fitToWidth: 1 });
    expect(layout.header).toBe('&L&"-,Bold"Zielerreichung 2023&RBerichtsmonat März 2023, Wartezeit t-0');
    expect(layout.footer).toBe("&LErstellt am 24.11.2026 mit Zielmonitor&RSeite &P von &N");
  });
});

describe("highlight plan", () => {
  it("colours the months each series is read for: flows January … report month, quota stocks lagged a month", () => {
    const plan = highlightPlan(input);
    // INT: rows 17–19 (Jan–Mar 2023) in column B, only II.1.
    expect(plan.cells).toContainEqual(
      expect.objectContaining({ area: parseArea("B17:B19", "Daten"), status: "onTrack", color: "E2F0D9", targetIds: ["II.1"], note: "II.1: auf Kurs" }),
    );
    // The gap reads INT_F, INT_M (C, D) for Jan–Mar 2023 and divides by ELB_F, ELB_M (E, F) of Dec 2022 – Feb 2023 (rows 16–18).
    expect(plan.cells.filter((c) => c.status === "atRisk").map((c) => formatArea(c.area))).toEqual(["C17:C19", "D17:D19", "E16:E18", "F16:F18"]);
    expect(plan.legend.map((l) => l.status)).toContain("atRisk");
  });
});

describe("summary sheet", () => {
  const layout = summaryLayout(input);
  const cellAt = (row: number, col: number) => layout.cells.find((c) => c.row === row && c.col === col);
  const rowOf = (id: string) => layout.cells.find((c) => c.col === 0 && c.value === id)!.row;

  it("recomputes II.1 from the data cells with SGBII formulas and caches the engine's values", () => {
    const r = rowOf("II.1");
    expect(cellAt(r, 3)).toMatchObject({
      formula: guardBlanks("=SGBII.JFW('Daten'!B17:B19)"),
      value: 620,
      numberFormat: "#,##0",
    });
    expect(cellAt(r, 4)).toMatchObject({
      formula: guardBlanks("=SGBII.JFW('Daten'!B5:B7)"),
      value: 600,
    });
    // The change straight from the two years' data cells.
    expect(cellAt(r, 5)).toMatchObject({
      formula: guardBlanks("=SGBII.CHANGE('Daten'!B17:B19,'Daten'!B5:B7)"),
      numberFormat: "+0.0%;-0.0%;0.0%",
    });
    expect(cellAt(r, 5)!.value).toBeCloseTo(0.03333, 5);
    expect(cellAt(r, 9)).toMatchObject({
      formula: guardBlanks(`=SGBII.TARGETMET(F${r + 1},0.019,">=")`),
      value: true,
    });
    expect(cellAt(r, 8)).toMatchObject({ value: "auf Kurs", fill: "E2F0D9" });
    // Shortfall: target total from last year's twelve months, rows 5–16.
    expect(cellAt(r, 13)).toMatchObject({
      formula: guardBlanks("=SGBII.SHORTFALL(SGBII.JFW('Daten'!B5:B16)*(1+0.019),'Daten'!B17:B19)"),
      value: 2066,
    });
  });

  it("shows the gap and its change in percentage points, and compares in fractions", () => {
    const r = rowOf("II.3");
    // Gap 0.0465 is shown as 4.65 Pp.; change −0.0005 as −0.05 Pp.; the target −0.001 as −0.10 Pp.
    expect(cellAt(r, 3)!.value).toBeCloseTo(4.65, 10);
    expect(cellAt(r, 3)!.formula).toBe(
      guardBlanks("=SGBII.GENDERGAP(SGBII.INTQUOTE('Daten'!D17:D19,'Daten'!F16:F18),SGBII.INTQUOTE('Daten'!C17:C19,'Daten'!E16:E18))*100"),
    );
    expect(cellAt(r, 5)).toMatchObject({
      formula: guardBlanks(`=SGBII.CHANGE(D${r + 1},E${r + 1},"pp")`),
      numberFormat: '+0.00" Pp.";-0.00" Pp.";0.00" Pp."',
    });
    expect(cellAt(r, 5)!.value).toBeCloseTo(-0.05, 10);
    expect(cellAt(r, 6)!.value).toBeCloseTo(-0.1, 10);
    expect(cellAt(r, 7)!.value).toBe("Prozentpunkte");
    expect(cellAt(r, 9)!.formula).toBe(guardBlanks(`=SGBII.TARGETMET(F${r + 1}/100,-0.001,"<=")`));
  });

  it("names what is still needed by December apart from the distance to the in-year target, as pane and CLI do", () => {
    const header = (col: number) => layout.cells.find((c) => c.col === col && c.value === "Restbedarf bis Dez.")?.row;
    const h = header(13)!;
    expect(cellAt(h, 14)!.value).toBe("je Restmonat");
    expect(cellAt(h, 15)!.value).toBe("Abstand zum unterj. Ziel");
    expect(cellAt(h, 16)!.value).toBe("Erreichungsgrad");
    expect(layout.cells.some((c) => typeof c.value === "string" && c.value.includes("Fehlmenge"))).toBe(false);
    // II.1: 620 integrations against an in-year level of 611.4 → 8.6 ahead; II.3: gap 4.65 vs 4.60 Pp. → +0.05 Pp.
    expect(cellAt(rowOf("II.1"), 15)).toMatchObject({ numberFormat: "+#,##0;-#,##0;0" });
    expect(cellAt(rowOf("II.1"), 15)!.value).toBeCloseTo(8.6, 10);
    expect(cellAt(rowOf("II.3"), 15)).toMatchObject({ numberFormat: '+0.00" Pp.";-0.00" Pp.";0.00" Pp."' });
    expect(cellAt(rowOf("II.3"), 15)!.value).toBeCloseTo(0.05, 10);
  });
});

describe("report", () => {
  const layout = reportLayout(input);
  it("is A4 landscape with header, footer and page numbers", () => {
    expect(layout.pageSetup).toEqual({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: 1,
    });
    // The header is the same on every page: title and report month, no Jobcenter.
    expect(layout.header).toBe('&L&"-,Bold"Steuerungsdialog 2023&RBerichtsmonat März 2023, Wartezeit t-0');
    expect(layout.footer).toContain("Seite &P von &N");
    expect(layout.footer).toContain("24.11.2026");
  });
  it("names the Jobcenter and its page (1 of 2: figures, 2 of 2: charts) in the first row of each page", () => {
    expect(layout.cells.find((c) => c.row === 0 && c.col === 0)!.value).toBe("Steuerungsdialog 2023 – Kreis Düren – Seite 1 von 2");
    const second = layout.cells.find((c) => c.value === "Steuerungsdialog 2023 – Kreis Düren – Seite 2 von 2")!;
    expect(second.col).toBe(0);
    expect(layout.rowBreaks).toEqual([second.row]);
  });
  it("has one chart per target, its data in hidden columns right of the printed eleven", () => {
    expect(layout.charts.map((c) => c.title)).toEqual(["II.1 Integrationen: auf Kurs", "II.3 Abstand der Integrationsquoten Männer − Frauen: gefährdet"]);
    // Two targets × (Monat, JFW, Zielpfad) = six columns from L (0-based 11).
    expect(layout.hiddenColumns).toEqual([11, 12, 13, 14, 15, 16]);
    for (const chart of layout.charts) {
      const { row, col } = firstCell(chart.categories);
      expect(layout.hiddenColumns).toContain(col);
      expect(layout.cells.find((c) => c.row === row && c.col === col)!.value).toBe("Jan");
      for (const s of chart.series) expect(layout.hiddenColumns).toContain(firstCell(s.values).col);
      // The charts themselves lie on the printed columns A–J.
      expect(chart.anchor.toCol).toBeLessThanOrEqual(10);
    }
    expect(layout.charts[0].series.map((s) => s.name)).toEqual(["Abstand zum unterjährigen Ziel", "unterjähriges Ziel"]);
    // No printed cell in the hidden columns but the charts' data.
    expect(layout.cells.filter((c) => c.col >= 11 && !layout.hiddenColumns!.includes(c.col))).toEqual([]);
    // Column K is the degree of attainment: only count targets have one (these two are relative targets).
    const head = layout.cells.find((c) => c.col === 10 && c.value === "Erreichungsgrad")!;
    expect(layout.cells.filter((c) => c.col === 10 && c.row > head.row && c.row <= head.row + 2).map((c) => c.value)).toEqual(["–", "–"]);
  });
  it("keeps the agreed wording beside the figures", () => {
    expect(layout.cells.some((c) => typeof c.value === "string" && c.value.includes(DUEREN_2023.targets[0].wording))).toBe(true);
  });
});

describe("report charts: are we on track?", () => {
  // II.1 (per cent): Jan 210 against a path of 200 → +5 %; Feb 396 against 400 → −1 %; Mar without data.
  const ii1 = targetEval(0, {
    status: "onTrack",
    path: [
      { month: "2023-01", actual: 210, inYearTarget: 200 },
      { month: "2023-02", actual: 396, inYearTarget: 400 },
      { month: "2023-03", actual: null, inYearTarget: 600 },
    ],
  });
  // II.3 (points, the gap): Jan 0.047 against 0.046 → +0.1 Pp.
  const ii3 = targetEval(2, { status: "atRisk", path: [{ month: "2023-01", actual: 0.047, inYearTarget: 0.046 }] });
  // III.1 K3 (per cent): the LZB stock 13,151 against a path of 13,010.7 → 13151 / 13010.7 − 1 = +1.078 %.
  const k3 = targetEval(3, { status: "missed", path: [{ month: "2023-01", actual: 13151, inYearTarget: 13010.7 }] });
  const layout = reportLayout({
    ...input,
    jobcenters: [{ ...input.jobcenters[0], evaluation: { asOf: "2023-03", targets: [ii1, ii3, k3], monitoring: [] } }],
  });
  const column = (range: string) => {
    const { row, col } = firstCell(range);
    const end = /:[A-Z]+(\d+)$/.exec(range); // a single month is one cell ("O5")
    const rows = end ? Number(end[1]) - row : 1;
    return Array.from({ length: rows }, (_, k) => layout.cells.find((c) => c.row === row + k && c.col === col)?.value ?? null);
  };

  it("plots per month the distance to the in-year target in the target's unit, the target as the zero line", () => {
    const [c1, c3, ck3] = layout.charts;
    const d1 = column(c1.series[0].values) as (number | null)[];
    expect(d1[0]).toBeCloseTo(0.05, 10);
    expect(d1[1]).toBeCloseTo(-0.01, 10);
    expect(d1[2]).toBeNull();
    expect(column(c1.series[1].values)).toEqual([0, 0, 0]);
    expect(c1.valueFormat).toBe("+0.0%;-0.0%;0.0%");
    // Points in Pp.: (0.047 − 0.046) × 100 = 0.1.
    expect(column(c3.series[0].values)[0] as number).toBeCloseTo(0.1, 10);
    expect(column(ck3.series[0].values)[0] as number).toBeCloseTo(13151 / 13010.7 - 1, 10);
    expect(ck3.series[0].dataLabels).toBe(true);
    expect(ck3.series[1].dataLabels).toBeUndefined();
    expect(layout.charts.every((c) => c.textSize === 9)).toBe(true);
  });

  it("fixes an axis symmetric around zero: largest distance + 15 %, at least the band, rounded up", () => {
    // II.1: 0.05 × 1.15 = 0.0575 > band 0.02 → next round bound 0.1, steps of 0.05.
    expect(layout.charts[0].axis).toEqual({ min: -0.1, max: 0.1, majorUnit: 0.05 });
    // II.3: 0.001 × 1.15 < band 0.002 → ±0.2 Pp., steps of 0.1.
    expect(layout.charts[1].axis).toEqual({ min: -0.2, max: 0.2, majorUnit: 0.1 });
    // K3: 0.0108 × 1.15 = 0.0124 < band 0.02 → ±2 % around the target, not 12,900 … 13,200.
    expect(layout.charts[2].axis).toEqual({ min: -0.02, max: 0.02, majorUnit: 0.01 });
  });
});

describe("change formulas on the data cells", () => {
  /** Months Dec 2021 … Dec 2023 in rows 4 … 28 of column `col` on sheet "Zahlen". */
  function long(code: DetectedSeries["code"], col: number): DetectedSeries {
    const cells = new Map<string, { row: number; col: number }>();
    let row = 3;
    cells.set(ym(2021, 12), { row: row++, col });
    for (const y of [2022, 2023]) for (let m = 1; m <= 12; m++) cells.set(ym(y, m), { row: row++, col });
    return { code, jobcenter: "", vintage: "t-0", values: new Map(), source: { sheet: "Zahlen", range: "", labelCell: "", label: code, cells } };
  }
  const k2 = targetEval(1, { current: 0.03, previous: 0.029, change: 0.03 / 0.029 - 1, met: true, status: "onTrack" });
  const k3 = targetEval(3, { current: 980, previous: 1000, change: -0.02, met: true, status: "onTrack" });
  const make = (series: DetectedSeries[]): ResultsInput => ({
    ...input,
    jobcenters: [{ jobcenter: { key: "", name: "Kreis Düren" }, evaluation: { asOf: "2023-03", targets: [k2, k3], monitoring: [] }, series }],
  });
  const formulaOf = (layout: ReturnType<typeof summaryLayout>, id: string, col: number) => {
    const row = layout.cells.find((c) => c.col === 0 && c.value === id)!.row;
    return layout.cells.find((c) => c.row === row && c.col === col)!;
  };

  it("K2 from integrations and the stock lagged one month, K3 from the LZB stock", () => {
    const layout = summaryLayout(make([long("INT", 1), long("ELB", 2), long("LZB", 3)]));
    // Jan–Mar 2023 are rows 17–19, Dec 2022–Feb 2023 rows 16–18; a year earlier rows 5–7 and 4–6.
    expect(formulaOf(layout, "II.2", 5)).toMatchObject({
      formula: guardBlanks("=SGBII.K2CHANGE('Zahlen'!B17:B19,'Zahlen'!C16:C18,'Zahlen'!B5:B7,'Zahlen'!C4:C6)"),
      numberFormat: "+0.0%;-0.0%;0.0%",
    });
    expect(formulaOf(layout, "III.1", 5)).toMatchObject({
      formula: guardBlanks("=SGBII.K3CHANGE('Zahlen'!D17:D19,'Zahlen'!D5:D7)"),
      value: -0.02,
    });
    expect(formulaOf(layout, "III.1", 9).formula).toBe(guardBlanks(`=SGBII.TARGETMET(F${formulaOf(layout, "III.1", 0).row + 1},-0.004,"<=")`));
  });

  it("falls back to the JFW cells beside it when a series has no cell for a month", () => {
    const elb = long("ELB", 2);
    (elb.source.cells as Map<string, unknown>).delete(ym(2021, 12));
    const layout = summaryLayout(make([long("INT", 1), elb, long("LZB", 3)]));
    const r = formulaOf(layout, "II.2", 0).row + 1;
    expect(formulaOf(layout, "II.2", 5).formula).toBe(guardBlanks(`=SGBII.CHANGE(D${r},E${r})`));
  });
});

describe("highlight plan: shared cells, rows of months, grey for missing data", () => {
  it("keeps each target's own status on a shared cell; the colour of differing statuses is the least favourable", () => {
    const shared: ResultsInput = {
      ...input,
      jobcenters: [
        {
          jobcenter: { key: "", name: "Kreis Düren" },
          evaluation: {
            asOf: "2023-03",
            targets: [targetEval(0, { status: "onTrack" }), targetEval(1, { status: "missed" }), targetEval(3, { status: "noData" })],
            monitoring: [],
          },
          series: [series("INT", 1), series("ELB", 2), series("LZB", 3)],
        },
      ],
    };
    const plan = highlightPlan(shared);
    expect(plan.cells.map((c) => [formatArea(c.area), c.status, c.mixed, c.note])).toEqual([
      // Integrations Jan–Mar 2023: II.1 is on track, II.2 missed – the note says both, not "II.1, II.2: nicht erreicht".
      ["B17:B19", "missed", true, "II.1: auf Kurs · II.2: nicht erreicht"],
      // K2 divides by the eLb stock of Dec 2022 – Feb 2023.
      ["C16:C18", "missed", false, "II.2: nicht erreicht"],
      ["D17:D19", "noData", false, "III.1: keine Daten"],
    ]);
    expect(plan.cells[0].targets).toEqual([
      { id: "II.1", status: "onTrack" },
      { id: "II.2", status: "missed" },
    ]);
    // an English output gets English notes and an English legend
    const english = highlightPlan({ ...shared, lang: "en" });
    expect(english.cells[0].note).toBe("II.1: on track · II.2: not met");
    expect(english.mixedNote).toContain("least favourable");
    expect(plan.legend.find((l) => l.status === "noData")).toMatchObject({ color: "E7E6E6" });
    expect(plan.legend.some((l) => l.status === "monitoring")).toBe(false);
    expect(plan.mixedNote).toContain("ungünstigsten");
  });

  it("the K2 stock cells of a December are Dec(y−1) … Nov(y)", () => {
    const k2: ResultsInput = {
      ...input,
      jobcenters: [
        {
          jobcenter: { key: "", name: "X" },
          evaluation: { asOf: "2023-12", targets: [targetEval(1, { status: "met" })], monitoring: [] },
          series: [series("INT", 1), series("ELB", 2)],
        },
      ],
    };
    // Rows 17 … 28 hold Jan … Dec 2023, row 16 Dec 2022.
    expect(highlightPlan(k2).cells.map((c) => formatArea(c.area))).toEqual(["B17:B28", "C16:C27"]);
  });

  it("merges months laid out along a row into one range", () => {
    const cells = new Map<string, { row: number; col: number }>();
    for (let m = 1; m <= 12; m++) cells.set(ym(2023, m), { row: 9, col: 2 + m });
    const row: DetectedSeries = {
      code: "INT",
      jobcenter: "",
      vintage: "t-0",
      values: new Map(),
      source: { sheet: "Quer", range: "", labelCell: "", label: "INT", cells },
    };
    const plan = highlightPlan({
      ...input,
      jobcenters: [
        { jobcenter: { key: "", name: "X" }, evaluation: { asOf: "2023-03", targets: [targetEval(0, { status: "met" })], monitoring: [] }, series: [row] },
      ],
    });
    expect(plan.cells.map((c) => `${c.area.sheet}!${formatArea(c.area)}`)).toEqual(["Quer!D10:F10"]);
  });
});

describe("report with several Jobcenters", () => {
  it("starts each Jobcenter on a new page and gives each its own charts", () => {
    const two: ResultsInput = {
      ...input,
      jobcenters: [input.jobcenters[0], { ...input.jobcenters[0], jobcenter: { key: "05358", name: "Stadt B" } }],
    };
    const layout = reportLayout(two);
    const titleRow = layout.cells.find((c) => typeof c.value === "string" && c.value.startsWith("Steuerungsdialog 2023 – Stadt B (05358)"))!.row;
    expect(layout.rowBreaks).toContain(titleRow);
    expect(layout.charts).toHaveLength(4);
    // The header names no Jobcenter; each page's first row does, with its page of that Jobcenter.
    expect(layout.header).not.toContain("Stadt B");
    expect(layout.header).not.toContain("Kreis Düren");
    const titles = layout.cells.filter((c) => typeof c.value === "string" && c.value.startsWith("Steuerungsdialog 2023 – ")).map((c) => [c.row, c.value]);
    expect(titles.map(([, v]) => v)).toEqual([
      "Steuerungsdialog 2023 – Kreis Düren – Seite 1 von 2",
      "Steuerungsdialog 2023 – Kreis Düren – Seite 2 von 2",
      "Steuerungsdialog 2023 – Stadt B (05358) – Seite 1 von 2",
      "Steuerungsdialog 2023 – Stadt B (05358) – Seite 2 von 2",
    ]);
    // Every page but the first starts at a break.
    expect(layout.rowBreaks).toEqual(titles.slice(1).map(([r]) => r));
    // Every chart's data lies on the sheet: the categories are month labels.
    for (const chart of layout.charts) {
      const { row, col } = firstCell(chart.categories);
      expect(layout.cells.find((c) => c.row === row && c.col === col)!.value).toBe("Jan");
    }
  });
});

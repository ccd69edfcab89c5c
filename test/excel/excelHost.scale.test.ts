/**
 * The Excel layer at scale and at its edges, on the fake object model: constant syncs for 1 and 50
 * Jobcenters, merged areas and requirement-set guards, a sheet deleted between highlighting and
 * removal, a user's non-custom rule on the same cells, chart lines.
 */
import { formatArea, parseArea } from "../../src/workbook/areas";
import type { TargetEvaluation } from "../../src/domain/evaluation";
import { DUEREN_2023 } from "../../src/domain/targets";
import { ym } from "../../src/domain/yearMonth";
import { OfficeHost } from "../../src/excel/OfficeHost";
import { applyHighlightPlan, removeRecordedHighlights, HIGHLIGHTS_KEY } from "../../src/excel/highlights";
import { readWorkbookData } from "../../src/excel/readWorkbook";
import { writeLayouts } from "../../src/excel/writeLayout";
import type { ResultsInput } from "../../src/workbook/host";
import { highlightPlan, reportLayout, type HighlightPlan } from "../../src/workbook/outputs";
import type { DetectedSeries } from "../../src/workbook/types";
import { FakeBook, installExcelEnums, ruleAddress } from "./fakeExcel";

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

/** n Jobcenters, each with integrations Jan 2022 … Dec 2023 in column B of its own sheet (rows 2–25). */
function scaledBook(n: number): { book: FakeBook; input: ResultsInput } {
  const book = new FakeBook();
  const jobcenters: ResultsInput["jobcenters"] = [];
  for (let j = 0; j < n; j++) {
    const name = `JC ${j + 1}`;
    const ws = book.addSheet(name);
    ws.setValues(0, 0, [["Monat", "Integrationen"]]);
    const cells = new Map<string, { row: number; col: number }>();
    const values = new Map<string, number>();
    let row = 1;
    for (const y of [2022, 2023])
      for (let m = 1; m <= 12; m++) {
        ws.setValues(row, 0, [[`${String(m).padStart(2, "0")}/${y}`, 200]]);
        ws.cell(row, 1).numberFormat = "#,##0";
        cells.set(ym(y, m), { row: row++, col: 1 });
        values.set(ym(y, m), 200);
      }
    const series: DetectedSeries = {
      code: "INT",
      jobcenter: name,
      vintage: "t-0",
      values,
      source: { sheet: name, range: "B2:B25", labelCell: "B1", label: "Integrationen", cells },
    };
    const e: TargetEvaluation = {
      target: DUEREN_2023.targets[0],
      asOf: "2023-06",
      current: 1200 + j,
      previous: 1200,
      change: j / 1200,
      met: j >= 23,
      status: j % 2 === 0 ? "atRisk" : "onTrack",
      narrowlyMissed: false,
      inYearTarget: 1222.8,
      forecast: { seasonal: 2400, linear: 2400 },
      shortfall: { total: 45, perMonth: 7.5 },
      path: [1, 2, 3, 4, 5, 6].map((m) => ({ month: ym(2023, m), actual: 200 * m, inYearTarget: 203.8 * m })),
      missing: [],
    };
    jobcenters.push({ jobcenter: { key: String(5000 + j), name }, evaluation: { asOf: "2023-06", targets: [e], monitoring: [] }, series: [series] });
  }
  return { book, input: { asOf: "2023-06", vintage: "t-0", targetSet: DUEREN_2023, jobcenters, createdAt: new Date(2026, 10, 24) } };
}

describe("constant syncs whatever the number of Jobcenters and targets", () => {
  it("highlight, summary, report and removal need the same syncs for 1 and 50 Jobcenters", async () => {
    const counts: number[][] = [];
    for (const n of [1, 50]) {
      const { book, input } = scaledBook(n);
      book.install();
      const host = new OfficeHost();
      const per: number[] = [];
      const step = async (f: () => Promise<void>) => {
        const before = book.syncs;
        await f();
        per.push(book.syncs - before);
      };
      const snapshot = JSON.stringify(book.snapshot());
      await step(() => host.applyHighlights(input));
      await step(() => host.writeSummarySheet(input));
      await step(() => host.writeReport(input));
      await step(() => host.removeHighlights());
      counts.push(per);
      // 50 sheets coloured, each in one range (Jan–Jun 2023 = rows 14–19).
      expect(book.sheets.filter((s) => s.rules.some((r) => ruleAddress(r) === "B14:B19")).length).toBe(n);
      // After removal the data sheets are exactly as before (the summary and report sheets remain).
      const after = (JSON.parse(JSON.stringify(book.snapshot())) as { name: string }[]).filter((s) => s.name.startsWith("JC "));
      expect(JSON.stringify(after)).toBe(snapshot);
      const report = book.sheets.find((s) => s.name === "Bericht Steuerungsdialog")!;
      expect(report.charts).toHaveLength(n);
      expect(report.pageBreaks.length).toBeGreaterThanOrEqual(n);
    }
    expect(counts[0]).toEqual(counts[1]);
    // highlight 2 (names, registries, rules added, legend content; registry and legend sheet named and
    // registered); summary 2 and report 2 (look-up with content; naming); removal 2 (names and
    // registries with the rules and the legend's mark the highlight left as hints; deletions and registries).
    expect(counts[0]).toEqual([2, 2, 2, 2]);
  });
});

describe("reading in chunks", () => {
  it("splits a sheet into row chunks sized to the payload budget and joins them in order", async () => {
    const { book } = scaledBook(1);
    const whole = await readWorkbookData(book.context());
    expect(book.syncs).toBe(3);
    const chunked = new FakeBook();
    chunked.sheets = book.sheets;
    // 25 rows × 2 columns at an assumed 48 bytes per cell is 96 bytes a row: a 700-byte budget takes
    // 7 rows in the first sync; later syncs are sized by the bytes measured.
    const data = await readWorkbookData(chunked.context(), undefined, { budget: 700 });
    expect(data).toEqual(whole);
    expect(chunked.syncs).toBeGreaterThan(3);
    expect(chunked.stats[2].response).toBeLessThan(whole.sheets[0].values.length * 2 * 48);
  });
});

describe("reading with and without newer requirement sets", () => {
  it("reads merged areas and hidden rows as visible areas where supported, and hidden rows by halving on ExcelApi 1.2", async () => {
    const book = new FakeBook();
    const ws = book.addSheet("Daten");
    ws.setValues(0, 0, [
      ["Integrationen", ""],
      ["Jan 2023", 5],
      ["Feb 2023", 6],
    ]);
    ws.merges.push("A1:B1");
    ws.hidden.add(2);
    const full = await readWorkbookData(book.context());
    expect(full.sheets[0].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(full.sheets[0].hiddenRows).toEqual([2]);
    expect(book.syncs).toBe(3);

    // An older host: ExcelApi 1.2 only – no visible areas, no merged areas: hidden rows from rowHidden,
    // the mixed 3-row chunk halved once (rows 0–1 shown, row 2 hidden) in one more sync.
    (globalThis as { Office?: unknown }).Office = {
      context: { requirements: { isSetSupported: (_: string, v: string) => Number(v.split(".")[1]) <= 2 } },
    };
    const old = new FakeBook();
    old.sheets = book.sheets;
    const basic = await readWorkbookData(old.context());
    expect(basic.sheets[0].values).toEqual(full.sheets[0].values);
    expect(basic.sheets[0].merges).toEqual([]);
    expect(basic.sheets[0].hiddenRows).toEqual([2]);
    expect(old.syncs).toBe(4);
  });
});

describe("highlights at the edges", () => {
  const plan = (sheet: string): HighlightPlan => ({
    cells: [{ area: parseArea("B2:B4", sheet)!, status: "met", color: "C6EFCE", targetIds: ["II.1"] }],
    legend: [],
  });

  it("refuses a plan on a sheet that no longer exists, German first, naming sheet and range, changing nothing", async () => {
    const { book } = scaledBook(1);
    const before = JSON.stringify(book.snapshot());
    await expect(applyHighlightPlan(book.context(), plan("Umbenannt"))).rejects.toThrow(
      /^Blatt „Umbenannt“ \(Bereich B2:B4\) gibt es nicht mehr.* \/ Sheet "Umbenannt" \(range B2:B4\) no longer exists/,
    );
    expect(JSON.stringify(book.snapshot())).toBe(before);
    expect(book.settings.has(HIGHLIGHTS_KEY)).toBe(false);
  });

  it("removes what is left when the user deleted one of the highlighted sheets", async () => {
    const { book } = scaledBook(2);
    await applyHighlightPlan(book.context(), { cells: [...plan("JC 1").cells, ...plan("JC 2").cells], legend: [] });
    book.sheets[0].delete();
    expect(await removeRecordedHighlights(book.context())).toBe(1);
    expect(book.sheets[0].rules.filter((r) => !r.deleted)).toEqual([]);
    expect(book.settings.has(HIGHLIGHTS_KEY)).toBe(false);
  });

  it("leaves a user's cell-value rule and a user's own '=TRUE' rule of another colour on the same cells", async () => {
    const { book } = scaledBook(1);
    const ws = book.sheets[0];
    ws.addRule("B2:B10", "CellValue");
    ws.addRule("B2:B4", "Custom", "=TRUE", "#FF0000");
    const before = JSON.stringify(book.snapshot());
    await applyHighlightPlan(book.context(), plan("JC 1"));
    // Ids lost on reopening: removal has to match by type, rule and colour.
    const records = JSON.parse(book.settings.get(HIGHLIGHTS_KEY)!) as { id: string | null }[];
    book.settings.set(HIGHLIGHTS_KEY, JSON.stringify(records.map((r) => ({ ...r, id: null }))));
    expect(await removeRecordedHighlights(book.context())).toBe(1);
    expect(JSON.stringify(book.snapshot())).toBe(before);
  });

  it("colours each data cell once: every range of the plan is disjoint from the others", () => {
    const { input } = scaledBook(3);
    const cells = highlightPlan(input).cells;
    expect(new Set(cells.map((c) => `${c.area.sheet}!${formatArea(c.area)}`)).size).toBe(cells.length);
  });
});

describe("report charts", () => {
  it("draw the JFW in blue and the in-year target dashed in red", async () => {
    installExcelEnums();
    const { book, input } = scaledBook(1);
    await writeLayouts(book.context(), [reportLayout(input)]);
    const chart = book.sheets.find((s) => s.name === "Bericht Steuerungsdialog")!.charts[0];
    expect(chart.type).toBe("Line");
    expect(chart.lines).toEqual([
      { color: "#0F6CBD", lineStyle: "Continuous" },
      { color: "#C50F1F", lineStyle: "Dash" },
    ]);
    expect(chart.title.text).toBe("II.1 Integrationen: gefährdet");
  });
});

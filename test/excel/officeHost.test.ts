/** OfficeHost end to end on the fake object model: every WorkbookHost call goes through Excel.run. */
import { OfficeHost } from "../../src/excel/OfficeHost";
import { HIGHLIGHTS_KEY } from "../../src/excel/highlights";
import { DUEREN_2023 } from "../../src/domain/targets";
import { LEGEND_SHEET_NAME } from "../../src/workbook/outputs";
import { evaluateWorkbook } from "../../src/workbook/evaluateWorkbook";
import { FakeBook, ruleAddress } from "./fakeExcel";
import { detectIndicators } from "../../src/workbook/detect";
import { formatArea } from "../../src/workbook/areas";

/** A small monitoring sheet: integrations of 2022 and 2023 by month. */
function monitoringBook(): FakeBook {
  const book = new FakeBook();
  const ws = book.addSheet("Integrationen");
  ws.setValues(0, 0, [["Monat", "Integrationen"]]);
  let row = 1;
  for (const y of [2022, 2023]) for (let m = 1; m <= 12; m++) ws.setValues(row++, 0, [[`${String(m).padStart(2, "0")}/${y}`, y === 2022 ? 200 : 210]]);
  return book;
}

describe("OfficeHost", () => {
  it("reads, evaluates, highlights with a legend, and removes everything it added", async () => {
    const book = monitoringBook();
    book.install();
    const host = new OfficeHost();
    const wb = await host.readWorkbook();
    const targets = { ...DUEREN_2023, targets: DUEREN_2023.targets.filter((t) => t.id === "II.1"), monitoring: [] };
    const results = evaluateWorkbook(wb, targets, { month: "2023-12" });
    // 12 × 210 = 2,520 vs 12 × 200 = 2,400: +5 % ≥ +1.9 % → erreicht.
    expect(results.jobcenters[0].evaluation.targets[0].status).toBe("met");
    const before = JSON.stringify(book.snapshot());
    const input = { asOf: "2023-12", vintage: "t-0" as const, targetSet: targets, jobcenters: results.jobcenters, createdAt: new Date(2026, 10, 24) };

    await host.applyHighlights(input);
    const rules = book.sheets[0].rules.filter((r) => !r.deleted);
    // Jan–Dec 2023 are rows 14–25 of column B.
    expect(rules.map((r) => [ruleAddress(r), r.custom.rule.formula, r.custom.format.fill.color])).toEqual([["B14:B25", "=TRUE", "#C6EFCE"]]);
    expect(book.sheets.map((s) => s.name)).toContain(LEGEND_SHEET_NAME);
    // The user stays where the coloured cells are; the legend sheet is not activated.
    expect(book.active).not.toBe(LEGEND_SHEET_NAME);

    await host.removeHighlights();
    expect(book.sheets.map((s) => s.name)).toEqual(["Integrationen"]);
    expect(book.settings.has(HIGHLIGHTS_KEY)).toBe(false);
    expect(JSON.stringify(book.snapshot())).toBe(before);
  });

  it("writes the summary with SGBII formulas on the data cells, and navigates", async () => {
    const book = monitoringBook();
    book.install();
    const host = new OfficeHost();
    const targets = { ...DUEREN_2023, targets: DUEREN_2023.targets.filter((t) => t.id === "II.1"), monitoring: [] };
    const results = evaluateWorkbook(await host.readWorkbook(), targets, { month: "2023-12" });
    await host.writeSummarySheet({ asOf: "2023-12", vintage: "t-0", targetSet: targets, jobcenters: results.jobcenters, createdAt: new Date() });
    const summary = book.sheets.find((s) => s.name === "Zielerreichung")!;
    const formulas = summary.formulas();
    expect(formulas).toContain("=IF(COUNTBLANK('Integrationen'!B14:B25)>0,NA(),SGBII.JFW('Integrationen'!B14:B25))");
    expect(formulas).toContain("=IF(COUNTBLANK('Integrationen'!B2:B13)>0,NA(),SGBII.JFW('Integrationen'!B2:B13))");
    await host.goTo("Integrationen", "B14:B25");
    expect(await host.getSelectedRange()).toEqual({ sheet: "Integrationen", address: "B14:B25" });
    await host.saveSetting("zielmonitor.targets", targets);
    expect(await host.loadSetting("zielmonitor.targets")).toEqual(targets);
  });
});

/**
 * A transposed table as controllers keep it: a block per year, indicators as rows, months across.
 * Integrationen are rows 3 and 8 (0-based 2 and 7), columns B…M (1…12); the block around them is B3:M9.
 */
function transposedBook(): FakeBook {
  const book = new FakeBook();
  const ws = book.addSheet("Kennzahlen");
  const months = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];
  for (const [top, year] of [
    [0, 2022],
    [5, 2023],
  ] as const) {
    ws.setValues(top, 0, [[`Jahr ${year}`]]);
    ws.setValues(top + 1, 0, [["Kennzahl", ...months]]);
    ws.setValues(top + 2, 0, [["Integrationen", ...months.map(() => (year === 2022 ? 200 : 210))]]);
    ws.setValues(top + 3, 0, [["Erwerbsfähige Leistungsberechtigte", ...months.map(() => 10000)]]);
  }
  return book;
}

describe("OfficeHost: Anzeigen selects exactly a series' cells", () => {
  const office = globalThis as { Office?: unknown };
  afterEach(() => delete office.Office);

  async function intOf(host: OfficeHost) {
    const detection = detectIndicators(await host.readWorkbook());
    const int = detection.series.find((s) => s.code === "INT");
    if (!int?.source.areas) throw new Error("INT not detected with its areas");
    return int;
  }

  it("selects the indicator's rows of a transposed table, not the block (ExcelApi 1.18)", async () => {
    const book = transposedBook();
    book.install();
    const host = new OfficeHost();
    const int = await intOf(host);
    // the bounding range spans every indicator in between: selecting it was the bug
    expect(int.source.range).toBe("B3:M8");
    const result = await host.goTo(int.source.sheet, int.source.areas!);
    expect(book.selection?.sheet.name).toBe("Kennzahlen");
    expect(book.selection?.areas).toEqual([
      { top: 2, left: 1, rows: 1, cols: 12 },
      { top: 7, left: 1, rows: 1, cols: 12 },
    ]);
    expect(result).toEqual({ selected: int.source.areas, omitted: [], singleArea: false });
    // getSelectedRange would throw on two areas; getSelectedRanges (1.9) gives both
    expect(await host.getSelectedRange()).toEqual({ sheet: "Kennzahlen", address: "B3:M3,B8:M8" });
    // an address of several areas does the same
    await host.goTo("Kennzahlen", "B4:M4,B9:M9");
    expect(book.selection?.areas).toEqual([
      { top: 3, left: 1, rows: 1, cols: 12 },
      { top: 8, left: 1, rows: 1, cols: 12 },
    ]);
  });

  it("without ExcelApi 1.18 selects the first area and says which were left out", async () => {
    const book = transposedBook();
    book.install();
    office.Office = { context: { requirements: { isSetSupported: (_: string, v: string) => Number(v.split(".")[1]) <= 17 } } };
    const host = new OfficeHost();
    const int = await intOf(host);
    const result = await host.goTo(int.source.sheet, int.source.areas!);
    expect(book.selection?.areas).toEqual([{ top: 2, left: 1, rows: 1, cols: 12 }]);
    expect(result.singleArea).toBe(true);
    expect(result.selected.map((a) => formatArea(a))).toEqual(["B3:M3"]);
    expect(result.omitted.map((a) => formatArea(a))).toEqual(["B8:M8"]);
  });

  it("the double refuses RangeAreas.select where ExcelApi 1.18 is missing, and getSelectedRange on several areas", async () => {
    const book = transposedBook();
    const context = book.context() as unknown as Excel.RequestContext;
    context.workbook.worksheets.getItem("Kennzahlen").getRanges("B3:M3,B8:M8").select();
    await context.sync();
    context.workbook.getSelectedRange().load("address");
    await expect(context.sync()).rejects.toThrow("InvalidSelection");
    office.Office = { context: { requirements: { isSetSupported: (_: string, v: string) => Number(v.split(".")[1]) <= 17 } } };
    context.workbook.worksheets.getItem("Kennzahlen").getRanges("B4:M4;B9:M9").select();
    await expect(context.sync()).rejects.toThrow("ApiNotFound");
    context.workbook.worksheets.getItem("Kennzahlen").getRanges("B4:M4,kein Bereich");
    await expect(context.sync()).rejects.toThrow("InvalidArgument");
  });

  it("areas on another sheet are not selected and come back as omitted", async () => {
    const book = transposedBook();
    book.addSheet("Andere");
    book.install();
    const host = new OfficeHost();
    const result = await host.goTo("Kennzahlen", [
      { sheet: "Kennzahlen", row: 2, col: 1, rows: 1, cols: 12 },
      { sheet: "Andere", row: 0, col: 0, rows: 2, cols: 1 },
    ]);
    expect(book.selection?.areas).toEqual([{ top: 2, left: 1, rows: 1, cols: 12 }]);
    expect(result.omitted).toEqual([{ sheet: "Andere", row: 0, col: 0, rows: 2, cols: 1 }]);
    expect(result.singleArea).toBe(false);
    await expect(host.goTo("Kennzahlen", "kein Bereich")).rejects.toThrow("„kein Bereich“ ist kein Zellbezug.");
  });
});

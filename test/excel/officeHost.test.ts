/** OfficeHost end to end on the fake object model: every WorkbookHost call goes through Excel.run. */
import { OfficeHost } from "../../src/excel/OfficeHost";
import { HIGHLIGHTS_KEY } from "../../src/excel/highlights";
import { DUEREN_2023 } from "../../src/domain/targets";
import { LEGEND_SHEET_NAME } from "../../src/workbook/outputs";
import { evaluateWorkbook } from "../../src/workbook/evaluateWorkbook";
import { FakeBook, ruleAddress } from "./fakeExcel";

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

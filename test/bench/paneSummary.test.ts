/**
 * The office.js stub of the bench's "JS bis zur Zusammenfassung (Aufgabenbereich)" (bench/paneSummary.ts):
 * the strict Excel double bundles for the browser, and the stub, run as a page would run it, is Office
 * ready in German Excel with the Düren sample behind Excel.run. (Figures: the sample's own cells.)
 */
import { runInNewContext } from "node:vm";
import { bundleExcelDouble, duerenSheets, officeStub } from "../../bench/paneSummary";

it("bundles the double and answers worksheets.load and a cell of the Düren sample through Excel.run", async () => {
  const script = officeStub(bundleExcelDouble(), await duerenSheets());
  const page: Record<string, unknown> = { Promise, JSON, Math, Number, String, Map, Set, Error, TextEncoder };
  page.window = page;
  runInNewContext(script, page);
  const office = page.Office as {
    onReady(): Promise<{ host: string }>;
    context: { displayLanguage: string; requirements: { isSetSupported(s: string, v: string): boolean } };
  };
  expect((await office.onReady()).host).toBe("Excel");
  expect(office.context.displayLanguage).toBe("de-DE");
  expect(office.context.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
  expect(office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
  const excel = page.Excel as { run<T>(f: (c: Excel.RequestContext) => Promise<T>): Promise<T> };
  const { names, b6 } = await excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const range = sheets.getItem("Integrationen t-0").getRange("B6");
    range.load("values");
    await context.sync();
    return { names: sheets.items.map((s) => s.name), b6: range.values };
  });
  // samples/kreis-dueren-2021-2023.xlsx: xl/workbook.xml lists these four sheets; sheet1's B6 holds 154
  expect(names).toEqual(["Integrationen t-0", "Integrationen t-3", "Bestände", "Leistungen"]);
  expect(b6).toEqual([[154]]);
  expect(page.__zmRuns).toBe(1);
  expect((page.__zmBook as { syncs: number }).syncs).toBe(1);
});

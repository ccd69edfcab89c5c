/**
 * Excel as it really is, on the strict double: 100,000 rows × 16 columns read within 5 MB per sync,
 * visibility from areas (a hidden column A hides no row), highlight rules merged per rectangle and
 * colour, and removal after a reopen with inserted or deleted rows deleting each rule once.
 */
import { parseArea } from "../../src/workbook/areas";
import { applyHighlightPlan, mergeAreas, removeRecordedHighlights, HIGHLIGHTS_KEY } from "../../src/excel/highlights";
import { readWorkbookData } from "../../src/excel/readWorkbook";
import type { HighlightPlan } from "../../src/workbook/outputs";
import { FakeBook, ruleAddress } from "./fakeExcel";
import { installExcelEnums } from "./strictExcel";

beforeAll(installExcelEnums);

const LIMIT = 5 * 1024 * 1024;

describe("reading 100,000 rows × 16 columns", () => {
  it("never passes 5 MB in a sync and needs about 2 + payload ÷ 4 MB syncs", async () => {
    const book = new FakeBook();
    const ws = book.addSheet("Export");
    ws.setValues(0, 0, [Array.from({ length: 16 }, (_, c) => `Spalte ${c + 1}`)]);
    for (let r = 1; r <= 100_000; r++) {
      const row = ws.cell(r, 0);
      row.value = `JC ${r % 400}`;
      for (let c = 1; c < 16; c++) ws.cell(r, c).value = 1000 + ((r * 7 + c * 13) % 9000) + 0.25;
    }
    ws.hidden.add(5);
    const data = await readWorkbookData(book.context());
    expect(data.sheets[0].values).toHaveLength(100_001);
    expect(data.sheets[0].values[100_000][15]).toBe(1000 + ((100_000 * 7 + 15 * 13) % 9000) + 0.25);
    expect(data.sheets[0].hiddenRows).toEqual([5]);
    expect(book.maxResponseBytes).toBeLessThanOrEqual(LIMIT);
    expect(book.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
    const payload = book.stats.reduce((n, s) => n + s.response, 0);
    // 1.6 million cells of "1234.25" and "General" are well over 5 MB: several syncs, none wasted.
    expect(payload).toBeGreaterThan(20_000_000);
    expect(book.syncs).toBeGreaterThanOrEqual(2 + Math.ceil(payload / LIMIT));
    expect(book.syncs).toBeLessThanOrEqual(2 + Math.ceil(payload / 4_000_000) + 1);
  }, 60_000);
});

describe("visibility as areas", () => {
  it("a hidden column A hides no row; hidden rows and a hidden middle column are told apart", async () => {
    const book = new FakeBook();
    const ws = book.addSheet("Daten");
    ws.setValues(0, 0, [
      ["Schlüssel", "Monat", "Integrationen"],
      ["05358", "01/2023", 5],
      ["05358", "02/2023", 6],
      ["05358", "03/2023", 7],
    ]);
    ws.hiddenColumns.add(0);
    ws.hiddenColumns.add(1);
    ws.hidden.add(2);
    const data = await readWorkbookData(book.context());
    expect(data.sheets[0].hiddenRows).toEqual([2]);
  });

  it("marks every row hidden when the whole used range is hidden", async () => {
    const book = new FakeBook();
    const ws = book.addSheet("Daten");
    ws.setValues(0, 0, [["a"], ["b"]]);
    ws.hidden.add(0);
    ws.hidden.add(1);
    expect((await readWorkbookData(book.context())).sheets[0].hiddenRows).toEqual([0, 1]);
  });
});

describe("highlight rules", () => {
  const cell = (address: string, color: string) => ({ area: parseArea(address, "Daten")!, color, status: "met" as const, targetIds: ["II.1"] });

  it("become one rule per rectangle and colour: neighbours down a column, then along rows, merge", () => {
    expect(
      mergeAreas([cell("B2:B4", "C6EFCE"), cell("B5:B7", "C6EFCE"), cell("C2:C7", "C6EFCE"), cell("B8", "FFEB9C"), cell("E2", "C6EFCE")]).map((a) => `${a.address} ${a.color}`),
    ).toEqual(["B2:C7 #C6EFCE", "B8 #FFEB9C", "E2 #C6EFCE"]);
  });

  it("are removed once each after a reopen with inserted rows, though one rule now sits under two records", async () => {
    const book = new FakeBook();
    const ws = book.addSheet("Daten");
    for (let r = 0; r < 40; r++) ws.setValues(r, 0, [[`M${r}`, r]]);
    ws.addRule("B1:B40", "CellValue");
    const plan = { cells: [cell("B5:B10", "C6EFCE"), cell("B12:B14", "C6EFCE")], legend: [] } as unknown as HighlightPlan;
    await applyHighlightPlan(book.context(), plan);
    expect(ws.liveRules().filter((r) => r.type === "Custom").map(ruleAddress)).toEqual(["B5:B10", "B12:B14"]);
    book.reopen();
    // Six rows inserted inside the first range: it now reaches over the second record's range B12:B14,
    // and the second rule moved below it.
    ws.insertRows(7, 6);
    expect(ws.liveRules().filter((r) => r.type === "Custom").map(ruleAddress)).toEqual(["B5:B16", "B18:B20"]);
    expect(await removeRecordedHighlights(book.context())).toBe(2);
    expect(ws.liveRules().map((r) => r.type)).toEqual(["CellValue"]);
    expect(book.settings.has(HIGHLIGHTS_KEY)).toBe(false);
  });

  it("are removed after rows were deleted, including a rule whose rows all went", async () => {
    const book = new FakeBook();
    const ws = book.addSheet("Daten");
    for (let r = 0; r < 40; r++) ws.setValues(r, 0, [[`M${r}`, r]]);
    await applyHighlightPlan(book.context(), { cells: [cell("B5:B10", "C6EFCE"), cell("B20:B22", "FFEB9C")], legend: [] } as unknown as HighlightPlan);
    book.reopen();
    ws.deleteRows(19, 3);
    ws.deleteRows(2, 4);
    expect(await removeRecordedHighlights(book.context())).toBe(1);
    expect(ws.liveRules()).toEqual([]);
  });
});

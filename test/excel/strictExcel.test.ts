/**
 * The strict double itself: each rule it enforces must be able to fail, or the Excel-layer tests that
 * run on it prove nothing. (What each rule models and where it comes from: ./strictExcel.ts.)
 */
import { FakeBook, ruleAddress } from "./fakeExcel";
import { installExcelEnums } from "./strictExcel";

beforeAll(installExcelEnums);

function book(): FakeBook {
  const b = new FakeBook();
  const ws = b.addSheet("Daten");
  ws.setValues(0, 0, [
    ["Monat", "Integrationen"],
    ["01/2023", 5],
  ]);
  return b;
}

describe("batching and loading (rules 1 and 2)", () => {
  it("throws PropertyNotLoaded for a property read before load and sync, and for one loaded but not yet synced", async () => {
    const context = book().context();
    const range = context.workbook.worksheets.getItem("Daten").getRange("A1:B2");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(range.values).toEqual([
      ["Monat", "Integrationen"],
      ["01/2023", 5],
    ]);
    expect(() => range.numberFormat).toThrow(/PropertyNotLoaded/);
  });

  it("has a collection's items only after load and sync", async () => {
    const context = book().context();
    const sheets = context.workbook.worksheets;
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    sheets.load("items/name");
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Daten"]);
    expect(() => sheets.items[0].visibility).toThrow(/PropertyNotLoaded/);
  });

  it("applies writes only at sync, and fails the sync (not the call) for a missing sheet", async () => {
    const b = book();
    const context = b.context();
    context.workbook.worksheets.getItem("Daten").getRange("C1").formulas = [["=1+1"]];
    expect(b.sheet("Daten").peek(0, 2)).toBeUndefined();
    await context.sync();
    expect(b.sheet("Daten").peek(0, 2)?.formula).toBe("=1+1");
    context.workbook.worksheets.getItem("Fehlt");
    await expect(context.sync()).rejects.toThrow(/ItemNotFound/);
  });

  it("fails a sync that deletes a conditional format already deleted in the same batch", async () => {
    const b = book();
    b.sheet("Daten").addRule("B2", "Custom", "=TRUE", "#C6EFCE");
    const context = b.context();
    const formats = context.workbook.worksheets.getItem("Daten").getRange("B2").conditionalFormats;
    formats.load("items/id");
    await context.sync();
    formats.items[0].delete();
    formats.items[0].delete();
    await expect(context.sync()).rejects.toThrow(/ItemNotFound/);
  });
});

describe("the 5 MB limit (rule 3)", () => {
  it("refuses a request of more than 5 MB and a response of more than 5 MB, counting values as JSON", async () => {
    const b = book();
    const ws = b.sheet("Daten");
    // 300,000 cells of "12345.678" (9 characters + comma) = 3 MB as JSON; with number formats ("General",
    // 10 bytes with quotes and comma) 6 MB in one response.
    const rows = Array.from({ length: 30_000 }, () => Array.from({ length: 10 }, () => 12345.678));
    ws.setValues(10, 0, rows);
    const context = b.context();
    const range = context.workbook.worksheets.getItem("Daten").getRangeByIndexes(10, 0, 30_000, 10);
    range.load("values");
    await context.sync();
    expect(b.stats[0].response).toBeGreaterThan(3_000_000);
    expect(b.stats[0].response).toBeLessThan(3_500_000);
    range.load("values,numberFormat");
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const write = context.workbook.worksheets.getItem("Daten").getRangeByIndexes(10, 0, 30_000, 10);
    write.formulas = rows.map((r) => r.map(() => "=SGBII.JFW(B2:B13)"));
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});

describe("German Excel (rule 4)", () => {
  it("shows #NAME? for a custom function set through `formulas` under an English name that differs from the German one", async () => {
    const b = book();
    b.locale = "de";
    b.germanNames = new Map([
      ["CHANGE", "VERÄNDERUNG"],
      ["JFW", "JFW"],
    ]);
    const context = b.context();
    const ws = context.workbook.worksheets.getItem("Daten");
    ws.getRange("D1:D2").formulas = [["=SGBII.CHANGE(B2,B2)"], ["=SGBII.JFW(B2:B2)"]];
    await context.sync();
    expect(b.sheet("Daten").peek(0, 3)?.value).toBe("#NAME?");
    expect(b.sheet("Daten").peek(1, 3)?.value).toBeNull();
    b.locale = "en";
    ws.getRange("D1").formulas = [["=SGBII.CHANGE(B2,B2)"]];
    await context.sync();
    expect(b.sheet("Daten").peek(0, 3)?.value).toBeNull();
  });

  it("takes `formulasLocal` only with ';' between arguments and decimal commas", async () => {
    const b = book();
    b.locale = "de";
    b.germanNames = new Map([["CHANGE", "VERÄNDERUNG"]]);
    const context = b.context();
    const ws = context.workbook.worksheets.getItem("Daten");
    (ws.getRange("E1") as unknown as { formulasLocal: unknown[][] }).formulasLocal = [['=WENN(ANZAHLLEEREZELLEN(B2)>0;NV();SGBII.VERÄNDERUNG(B2;B2)*1,5)']];
    await context.sync();
    expect(b.sheet("Daten").peek(0, 4)?.formula).toBe("=IF(COUNTBLANK(B2)>0,NA(),SGBII.CHANGE(B2,B2)*1.5)");
    (ws.getRange("E2") as unknown as { formulasLocal: unknown[][] }).formulasLocal = [["=SGBII.VERÄNDERUNG(B2,B2)"]];
    await expect(context.sync()).rejects.toThrow(/InvalidArgument/);
  });
});

describe("state helpers", () => {
  it("moves rules down when rows are inserted and drops them when all their rows are deleted", () => {
    const b = book();
    const ws = b.sheet("Daten");
    ws.addRule("B14:B19", "Custom", "=TRUE");
    ws.addRule("B30", "Custom", "=TRUE");
    ws.insertRows(10, 2);
    expect(ws.liveRules().map(ruleAddress)).toEqual(["B16:B21", "B32"]);
    ws.deleteRows(31, 1);
    expect(ws.liveRules().map(ruleAddress)).toEqual(["B16:B21"]);
  });
});

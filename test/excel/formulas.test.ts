/**
 * The live formulas of the summary sheet in German and English Excel, and on desktop, on the strict
 * double: no #NAME? in German Excel (the same function names in every locale, written through
 * `Range.formulas`), the values the engine computed when recalculated, and #N/A – never a zero – when a
 * month is cleared, although desktop Excel hands the blank cell to the function as 0.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DUEREN_2023 } from "../../src/domain/targets";
import { OfficeHost } from "../../src/excel/OfficeHost";
import { evaluateWorkbook } from "../../src/workbook/evaluateWorkbook";
import { FakeBook, type FakeSheet } from "./fakeExcel";
import { evaluateCell } from "./formulaEval";

/** Integrations of 2022 (200 a month) and 2023 (210 a month) in column B, rows 2–25. */
function monitoringBook(): FakeBook {
  const book = new FakeBook();
  const ws = book.addSheet("Integrationen");
  ws.setValues(0, 0, [["Monat", "Integrationen"]]);
  let row = 1;
  for (const y of [2022, 2023]) for (let m = 1; m <= 12; m++) ws.setValues(row++, 0, [[`${String(m).padStart(2, "0")}/${y}`, y === 2022 ? 200 : 210]]);
  return book;
}

/** German Excel: the names of functions-de.json (built from the translation table). */
function germanNames(): Map<string, string> {
  const table = JSON.parse(readFileSync(join(__dirname, "../../src/functions/translations-de.json"), "utf8")) as Record<string, { name: string }>;
  return new Map(Object.entries(table).map(([id, t]) => [id, t.name]));
}

async function writeSummary(book: FakeBook): Promise<FakeSheet> {
  book.install();
  const host = new OfficeHost();
  const targets = { ...DUEREN_2023, targets: DUEREN_2023.targets.filter((t) => t.id === "II.1"), monitoring: [] };
  const results = evaluateWorkbook(await host.readWorkbook(), targets, { month: "2023-12" });
  await host.writeSummarySheet({ asOf: "2023-12", vintage: "t-0", targetSet: targets, jobcenters: results.jobcenters, createdAt: new Date(2026, 10, 25) });
  return book.sheet("Zielerreichung");
}

function formulaCells(sheet: FakeSheet): [number, number, string][] {
  return [...sheet.allCells()].filter(([, , c]) => c.formula).map(([r, c, cell]) => [r, c, cell.formula!]);
}

describe.each(["en", "de"] as const)("summary formulas in %s Excel", (locale) => {
  it("resolve every SGBII function (no #NAME?) and recalculate to the engine's figures", async () => {
    const book = monitoringBook();
    book.locale = locale;
    book.germanNames = germanNames();
    const summary = await writeSummary(book);
    const cells = formulaCells(summary);
    expect(cells.length).toBeGreaterThanOrEqual(4);
    for (const [r, c] of cells) expect([r, c, summary.peek(r, c)!.value]).not.toEqual([r, c, "#NAME?"]);
    const jfw = cells.find(([, , f]) => f.includes("SGBII.JFW('Integrationen'!B14:B25)"))!;
    // 12 × 210 = 2,520 for 2023; the previous year 12 × 200 = 2,400; change 2,520 ÷ 2,400 − 1 = +5 %.
    expect(evaluateCell(book, summary, jfw[0], jfw[1])).toBe(2520);
    expect(evaluateCell(book, summary, jfw[0], jfw[1] + 1)).toBe(2400);
    expect(evaluateCell(book, summary, jfw[0], jfw[1] + 2)).toBeCloseTo(0.05, 12);
  });
});

describe("a blank month on desktop", () => {
  it("gives #N/A in every formula that reads it, where the unguarded formula would count it as 0", async () => {
    const book = monitoringBook();
    const summary = await writeSummary(book);
    // The controller clears March 2023 (row 16, B16).
    book.sheet("Integrationen").cell(15, 1).value = "";
    book.platform = "desktop";
    const jfw = formulaCells(summary).find(([, , f]) => f.includes("SGBII.JFW('Integrationen'!B14:B25)"))!;
    expect(evaluateCell(book, summary, jfw[0], jfw[1])).toEqual({ error: "#N/A" });
    // Without the guard desktop Excel would show 11 × 210 = 2,310, as if March had no integrations.
    const inner = jfw[2].replace(/^=IF\(.*?>0,NA\(\),(.*)\)$/, "=$1");
    expect(inner).toBe("=SGBII.JFW('Integrationen'!B14:B25)");
    summary.cell(40, 0).formula = inner;
    expect(evaluateCell(book, summary, 40, 0)).toBe(2310);
    // Every formula of the row that depends on 2023 is #N/A, none a number.
    const row = formulaCells(summary).filter(([r]) => r === jfw[0]);
    for (const [r, c, f] of row)
      if (f.includes("B14:B25") || f.includes(`D${r + 1}`) || f.includes(`F${r + 1}`)) expect([f, evaluateCell(book, summary, r, c)]).toEqual([f, { error: "#N/A" }]);
    // On the web the function itself already says #N/A for the blank (null) month.
    book.platform = "web";
    expect(evaluateCell(book, summary, 40, 0)).toEqual({ error: "#N/A" });
  });
});

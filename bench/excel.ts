/**
 * The Excel layer on the strict double (test/excel/strictExcel.ts), per action and size: how many
 * syncs, and the largest request and response of one sync (Excel on the web refuses more than 5 MB).
 * Sizes: a hand-kept sheet of 10 rows (samples/kreis-dueren-2021-2023.xlsx), 100,000 rows × 16
 * columns (read only: no layout the detector knows), and the BA export of 400 Jobcenters that
 * bench/detector.ts builds. Writes `actions` into bench/results.json (other keys are kept).
 */
import { join } from "node:path";
import { readXlsxFile } from "../src/xlsx/readXlsxFile";
import { DUEREN_2023 } from "../src/domain/targets";
import { OfficeHost } from "../src/excel/OfficeHost";
import { evaluateWorkbook } from "../src/workbook/evaluateWorkbook";
import type { ResultsInput } from "../src/workbook/host";
import type { WorkbookData } from "../src/workbook/types";
import { FakeBook } from "../test/excel/fakeExcel";
import { bigExport } from "./detector";
import type { BenchRow } from "./benchRow";
import { recordRaw } from "./results";

export interface ActionFigures {
  action: string;
  size: string;
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** All bytes of the action, both ways (to compare the syncs with 1 + payload ÷ 4 MB). */
  totalBytes: number;
  /** Conditional-format rules after highlighting (highlight only). */
  rules?: number;
}

function bookFrom(data: WorkbookData): FakeBook {
  const book = new FakeBook();
  for (const s of data.sheets) {
    const ws = book.addSheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.cell(s.origin.row + r, s.origin.col + c);
        cell.value = v;
        cell.numberFormat = s.numberFormats?.[r]?.[c] || "General";
      }),
    );
    for (const r of s.hiddenRows ?? []) ws.hidden.add(r);
  }
  return book;
}

function wideBook(): FakeBook {
  const book = new FakeBook();
  const ws = book.addSheet("Export");
  ws.setValues(0, 0, [Array.from({ length: 16 }, (_, c) => `Spalte ${c + 1}`)]);
  for (let r = 1; r <= 100_000; r++) {
    ws.cell(r, 0).value = `Jobcenter ${r % 400}`;
    for (let c = 1; c < 16; c++) ws.cell(r, c).value = 1000 + ((r * 7 + c * 13) % 9000) + 0.25;
  }
  return book;
}

async function measure(book: FakeBook, size: string, action: string, run: () => Promise<unknown>, out: ActionFigures[]): Promise<void> {
  book.resetStats();
  await run();
  const figures: ActionFigures = {
    action,
    size,
    syncs: book.syncs,
    maxRequestBytes: book.maxRequestBytes,
    maxResponseBytes: book.maxResponseBytes,
    totalBytes: book.stats.reduce((n, s) => n + s.request + s.response, 0),
  };
  if (action === "highlight") figures.rules = book.sheets.reduce((n, s) => n + s.liveRules().length, 0);
  out.push(figures);
}

async function allActions(book: FakeBook, size: string, out: ActionFigures[]): Promise<void> {
  book.install();
  const host = new OfficeHost();
  let data: WorkbookData | null = null;
  await measure(book, size, "read", async () => (data = await host.readWorkbook()), out);
  const results = evaluateWorkbook(data!, DUEREN_2023, {});
  if (!results.asOf || results.jobcenters.length === 0) return;
  const input: ResultsInput = {
    asOf: results.asOf,
    vintage: results.vintage,
    targetSet: DUEREN_2023,
    jobcenters: results.jobcenters,
    createdAt: new Date(2026, 10, 25),
  };
  await measure(book, size, "highlight", () => host.applyHighlights(input), out);
  await measure(book, size, "summary", () => host.writeSummarySheet(input), out);
  await measure(book, size, "report", () => host.writeReport(input), out);
  await measure(book, size, "remove", () => host.removeHighlights(), out);
}

export async function excelActions(): Promise<ActionFigures[]> {
  const out: ActionFigures[] = [];
  const small = await readXlsxFile(join(__dirname, "..", "samples", "kreis-dueren-2021-2023.xlsx"));
  const smallRows = Math.max(...small.sheets.map((s) => s.values.length));
  await allActions(bookFrom(small), `Kreis Düren (${smallRows} Zeilen)`, out);
  await allActions(wideBook(), "100.000 Zeilen × 16 Spalten", out);
  const ba = await readXlsxFile(await bigExport());
  const baRows = ba.sheets.reduce((n, s) => n + s.values.length, 0);
  await allActions(bookFrom(ba), `BA-Export 400 Jobcenter (${baRows.toLocaleString("de-DE")} Zeilen)`, out);
  return out;
}

function record(actions: ActionFigures[]): void {
  recordRaw("actions", actions);
}

const mb = (n: number) => `${(n / 1_000_000).toLocaleString("de-DE", { maximumFractionDigits: 2 })} MB`;

export async function run(): Promise<BenchRow[]> {
  const actions = await excelActions();
  record(actions);
  console.log("\nExcel-Schicht (strenges Double, Grenze 5 MB je sync):");
  console.log("Aktion     │ Größe                                    │ syncs │ max. Anfrage │ max. Antwort │ gesamt   │ Regeln");
  for (const a of actions)
    console.log(
      `${a.action.padEnd(10)} │ ${a.size.padEnd(40)} │ ${String(a.syncs).padStart(5)} │ ${mb(a.maxRequestBytes).padStart(12)} │ ${mb(a.maxResponseBytes).padStart(12)} │ ${mb(a.totalBytes).padStart(8)} │ ${a.rules ?? ""}`,
    );
  return actions.map((a) => ({
    name: `Excel ${a.action}`,
    unit: a.size,
    iterations: 0,
    totalMs: 0,
    note: `${a.syncs} syncs, max. ${mb(Math.max(a.maxRequestBytes, a.maxResponseBytes))}${a.rules !== undefined ? `, ${a.rules} Regeln` : ""}`,
  }));
}

/**
 * The Excel layer on the strict double (test/excel/strictExcel.ts), per action and size: how many
 * syncs, what the sync contract allows (1 + all bytes ÷ 4 MB + 1, test/excel/syncContract.test.ts),
 * and the largest request and response of one sync (Excel on the web refuses more than 5 MB).
 * Sizes: a hand-kept sheet (samples/kreis-dueren-2021-2023.xlsx), 100,000 rows × 16 columns (read
 * only: no layout the detector knows), and the BA export of 400 Jobcenters that bench/detector.ts
 * builds. Writes `actions` into bench/results.json (other keys are kept).
 */
import { join } from "node:path";
import { readXlsxFile } from "../src/xlsx/readXlsxFile";
import { bookFrom, measureActions, wideBook, type ActionFigures } from "../test/excel/actionFigures";
import { bigExport } from "./detector";
import type { BenchRow } from "./benchRow";
import { recordRaw } from "./results";

export type { ActionFigures } from "../test/excel/actionFigures";

export async function excelActions(): Promise<ActionFigures[]> {
  const small = await readXlsxFile(join(__dirname, "..", "samples", "kreis-dueren-2021-2023.xlsx"));
  const smallRows = Math.max(...small.sheets.map((s) => s.values.length));
  const ba = await readXlsxFile(await bigExport());
  const baRows = ba.sheets.reduce((n, s) => n + s.values.length, 0);
  return [
    ...(await measureActions(bookFrom(small), `Kreis Düren (${smallRows} Zeilen)`)),
    ...(await measureActions(wideBook(), "100.000 Zeilen × 16 Spalten")),
    ...(await measureActions(bookFrom(ba), `BA-Export 400 Jobcenter (${baRows.toLocaleString("de-DE")} Zeilen)`)),
  ];
}

const mb = (n: number) => `${(n / 1_000_000).toLocaleString("de-DE", { maximumFractionDigits: 2 })} MB`;

export async function run(): Promise<BenchRow[]> {
  const actions = await excelActions();
  recordRaw("actions", actions);
  console.log("\nExcel-Schicht (strenges Double, Grenze 5 MB je sync; erlaubt = 1 + gesamt ÷ 4 MB + 1):");
  console.log("Aktion     │ Größe                                    │ syncs │ erlaubt │   │ max. Anfrage │ max. Antwort │ gesamt   │ Regeln");
  for (const a of actions)
    console.log(
      `${a.action.padEnd(10)} │ ${a.size.padEnd(40)} │ ${String(a.syncs).padStart(5)} │ ${String(a.budget).padStart(7)} │ ${a.syncs <= a.budget && Math.max(a.maxRequestBytes, a.maxResponseBytes) <= 5 * 1024 * 1024 ? "✓" : "✗"} │ ${mb(a.maxRequestBytes).padStart(12)} │ ${mb(a.maxResponseBytes).padStart(12)} │ ${mb(a.totalBytes).padStart(8)} │ ${a.rules ?? ""}`,
    );
  return actions.map((a) => ({
    name: `Excel ${a.action}`,
    unit: a.size,
    iterations: 0,
    totalMs: 0,
    note: `${a.syncs} syncs (erlaubt ${a.budget}), max. ${mb(Math.max(a.maxRequestBytes, a.maxResponseBytes))}${a.rules !== undefined ? `, ${a.rules} Regeln` : ""}`,
  }));
}

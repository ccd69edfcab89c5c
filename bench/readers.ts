/**
 * Why src/xlsx reads sheet XML with its own scanner (src/xlsx/xmlScanner.ts, saxes behind it): the same
 * 400-Jobcenter export read for its cell values by ExcelJS's streaming WorkbookReader, by src/xlsx with
 * saxes (the reference reader) and by src/xlsx with the scanner, alternating in one run (medians of CPU
 * time of this process, which a shared machine's load disturbs less than wall time).
 */
import ExcelJS from "exceljs";
import { readXlsxFile } from "../src/xlsx/readXlsxFile";
import { bigExport, BA_JOBCENTERS } from "./detector";
import type { BenchRow } from "./benchRow";
import { recordResults } from "./results";
import { median } from "./subprocess";

async function excelJsStreaming(path: string): Promise<number> {
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: "cache", styles: "cache", worksheets: "emit", hyperlinks: "ignore", entries: "ignore" });
  for await (const ws of reader) for await (const row of ws as AsyncIterable<ExcelJS.Row>) row.eachCell(() => cells++);
  return cells;
}

async function cpuMs(fn: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export async function run(): Promise<BenchRow[]> {
  const path = await bigExport();
  const rounds = 5;
  const unit = `BA-Export ${BA_JOBCENTERS} JC × 36 Monate × 2 Wartezeiten, CPU-Zeit`;
  const readers = {
    exceljs: () => excelJsStreaming(path),
    saxes: () => readXlsxFile(path, "saxes"),
    scan: () => readXlsxFile(path, "scan"),
  };
  const times: Record<keyof typeof readers, number[]> = { exceljs: [], saxes: [], scan: [] };
  for (const fn of Object.values(readers)) await fn(); // warm-up
  for (let i = 0; i < rounds; i++) for (const [k, fn] of Object.entries(readers)) times[k as keyof typeof readers].push(await cpuMs(fn));
  const m = { exceljs: median(times.exceljs), saxes: median(times.saxes), scan: median(times.scan) };
  recordResults("readers", { exceljsMs: Math.round(m.exceljs), saxesMs: Math.round(m.saxes), scanMs: Math.round(m.scan), rounds });
  const row = (name: string, ms: number, note?: string): BenchRow => ({ name, unit, iterations: 1, totalMs: ms, note: note ?? `Median aus ${rounds}` });
  return [
    row("Lesen: ExcelJS WorkbookReader (Streaming)", m.exceljs),
    row("Lesen: src/xlsx mit saxes (Referenz)", m.saxes),
    row("Lesen: src/xlsx mit Scanner", m.scan, `Median aus ${rounds}; ${(m.saxes / m.scan).toLocaleString("de-DE", { maximumFractionDigits: 1 })}× saxes`),
  ];
}

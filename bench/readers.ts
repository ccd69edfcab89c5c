/**
 * Why src/xlsx reads sheet XML with its own scanner (src/xlsx/sheetScanner.ts over the bytes, saxes
 * behind it): the same 400-Jobcenter export read for its cell values by ExcelJS's streaming
 * WorkbookReader, by src/xlsx with saxes (the reference reader) and by src/xlsx with the scanner, and
 * its sheets only inflated (zlib, what any reader pays first), alternating in one run (medians of CPU
 * time of this process, which a shared machine's load disturbs less than wall time).
 */
import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { nodeInflateRaw } from "../src/xlsx/nodeInflate";
import { readXlsxFile } from "../src/xlsx/readXlsxFile";
import { openPackage, streamPartBytes } from "../src/xlsx/zipPackage";
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

/** The worksheet parts inflated and handed on in windows, nothing read from them. */
async function inflateOnly(path: string): Promise<number> {
  const pkg = await openPackage(await readFile(path), path, nodeInflateRaw);
  let bytes = 0;
  for (const part of Object.keys(pkg.zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) await streamPartBytes(pkg, part, (_, n) => (bytes += n));
  return bytes;
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
    inflate: () => inflateOnly(path),
  };
  const times: Record<keyof typeof readers, number[]> = { exceljs: [], saxes: [], scan: [], inflate: [] };
  for (const fn of Object.values(readers)) await fn(); // warm-up
  for (let i = 0; i < rounds; i++) for (const [k, fn] of Object.entries(readers)) times[k as keyof typeof readers].push(await cpuMs(fn));
  const m = { exceljs: median(times.exceljs), saxes: median(times.saxes), scan: median(times.scan), inflate: median(times.inflate) };
  recordResults("readers", { exceljsMs: Math.round(m.exceljs), saxesMs: Math.round(m.saxes), scanMs: Math.round(m.scan), inflateMs: Math.round(m.inflate), rounds });
  const row = (name: string, ms: number, note?: string): BenchRow => ({ name, unit, iterations: 1, totalMs: ms, note: note ?? `Median aus ${rounds}` });
  return [
    row("Lesen: ExcelJS WorkbookReader (Streaming)", m.exceljs),
    row("Lesen: src/xlsx mit saxes (Referenz)", m.saxes),
    row("Lesen: src/xlsx mit Scanner", m.scan, `Median aus ${rounds}; ${(m.saxes / m.scan).toLocaleString("de-DE", { maximumFractionDigits: 1 })}× saxes`),
    row("Nur Entpacken der Blätter (zlib)", m.inflate, `Median aus ${rounds}; Sockel jedes Lesers`),
  ];
}

/**
 * Why src/xlsx streams the sheet XML with saxes: the same 400-Jobcenter export read for its cell values
 * by ExcelJS's streaming WorkbookReader and by src/xlsx (values plus date formats, sparse rows).
 */
import ExcelJS from "exceljs";
import { readXlsxFile } from "../src/xlsx/readXlsxFile";
import { bigExport, BA_JOBCENTERS } from "./detector";
import { time, type BenchRow } from "./benchRow";

async function excelJsStreaming(path: string): Promise<number> {
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: "cache", styles: "cache", worksheets: "emit", hyperlinks: "ignore", entries: "ignore" });
  for await (const ws of reader) for await (const row of ws as AsyncIterable<ExcelJS.Row>) row.eachCell(() => cells++);
  return cells;
}

export async function run(): Promise<BenchRow[]> {
  const path = await bigExport();
  const iterations = 3;
  const unit = `BA-Export ${BA_JOBCENTERS} JC × 36 Monate × 2 Wartezeiten`;
  return [
    { name: "Lesen: ExcelJS WorkbookReader (Streaming)", unit, iterations, totalMs: await time(() => excelJsStreaming(path), iterations) },
    { name: "Lesen: src/xlsx (saxes, nur Werte)", unit, iterations, totalMs: await time(() => readXlsxFile(path), iterations) },
  ];
}

/**
 * An .xlsx file as WorkbookData, read with ExcelJS: cached results of formulas (ExcelJS does not
 * calculate), rich text flattened, dates as Excel serial numbers with their number format, merges and
 * hidden rows. Works on bytes, in Node and in the browser preview.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS objects, not Office.js proxies */
import ExcelJS from "exceljs";
import { dateToSerial } from "../workbook/cells";
import type { CellValue, SheetData, WorkbookData } from "../workbook/types";

function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) return cellValue((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ("text" in v) return String((v as { text: unknown }).text);
    if ("error" in v) return null;
  }
  return null;
}

function dateFormatFor(v: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (numFmt) return numFmt;
  const inner = v && typeof v === "object" && ("formula" in v || "sharedFormula" in v) ? (v as { result?: unknown }).result : v;
  return inner instanceof Date ? "dd.mm.yyyy" : "";
}

function parseRangeRef(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return {
    top: Number(m[2]) - 1,
    left: col(m[1]),
    bottom: Number(m[4]) - 1,
    right: col(m[3]),
  };
}

export function sheetFromWorksheet(ws: ExcelJS.Worksheet): SheetData {
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const hiddenRows: number[] = [];
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    if (row.hidden) hiddenRows.push(r - 1);
    const vRow: CellValue[] = new Array(cols).fill(null);
    const fRow: string[] = new Array(cols).fill("");
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > cols) return;
      vRow[c - 1] = cellValue(cell.value);
      fRow[c - 1] = dateFormatFor(cell.value, cell.numFmt);
    });
    values.push(vRow);
    numberFormats.push(fRow);
  }
  const mergeRefs = ((ws as unknown as { model: { merges?: string[] } }).model.merges ?? []) as string[];
  const merges = mergeRefs.map(parseRangeRef).filter((m): m is NonNullable<typeof m> => m !== null);
  return {
    name: ws.name,
    origin: { row: 0, col: 0 },
    values,
    numberFormats,
    hiddenRows,
    merges,
  };
}

/** Reads .xlsx bytes (Node or browser). For a file path in Node use readXlsxFile (./readXlsxFile). */
export async function readXlsx(source: ArrayBuffer | Uint8Array, fileName?: string): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((source instanceof Uint8Array ? source : new Uint8Array(source)) as unknown as ArrayBuffer);
  return {
    fileName,
    sheets: wb.worksheets.filter((ws) => ws.state !== "veryHidden").map(sheetFromWorksheet),
  };
}

/**
 * One worksheet part streamed with saxes into SheetData: values only (shared/inline strings, numbers,
 * booleans, Excel errors as their text like Office.js gives them, cached results of formulas), the
 * number format only where it shows a date, hidden rows and merged areas. Sparse: rows hold only up to
 * their last filled cell and rows without cells share one empty array, so a stray cell at XFD1048576
 * costs one row of 16,384 entries plus a million references, not the full used range.
 *
 * Why saxes over the sheet XML and not ExcelJS's streaming WorkbookReader (`npm run bench -- readers`,
 * 400-Jobcenter export, same run on a shared 2-core machine: ExcelJS 10.2 s, this reader 6.8 s per read):
 * ExcelJS builds Row/Cell objects per row and resolves styles for every cell; here only values and date
 * formats are kept, parts are inflated by zlib in Node, and nothing is held per cell but its value.
 * saxes is the parser ExcelJS itself uses underneath; it is the remaining cost (about 14 MB/s).
 */
import { SaxesParser } from "saxes";
import { isDateFormat } from "../workbook/cells";
import type { CellValue, SheetData } from "../workbook/types";
import { MAX_CELLS, xlsxErrors } from "./errors";
import { streamPart, type XlsxPackage } from "./zipPackage";

export interface SheetReadResult {
  sheet: SheetData;
  /** Cells with a formula but no stored result (A1), at most the first few. */
  uncalculated: string[];
  uncalculatedCount: number;
  cells: number;
}

const EMPTY: CellValue[] = [];
const NO_FORMATS: string[] = [];
Object.freeze(EMPTY);
Object.freeze(NO_FORMATS);

/** "C5" → { row: 4, col: 2 }, without a regular expression (hot path). */
function parseRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else break;
  }
  let row = 0;
  const digitsFrom = i;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch < 48 || ch > 57) return null;
    row = row * 10 + ch - 48;
  }
  if (i === digitsFrom && col === 0) return null;
  return { row: i === digitsFrom ? -1 : row - 1, col: col - 1 };
}

function colName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** ISO date of a t="d" cell as an Excel serial (1900 system). */
function isoToSerial(text: string): number | null {
  const ms = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text.endsWith("Z") ? text : `${text}Z`);
  return Number.isFinite(ms) ? ms / 86400000 + 25569 : null;
}

export async function readSheet(
  pkg: XlsxPackage,
  part: string,
  name: string,
  strings: string[],
  styleFormats: string[],
  date1904: boolean,
  cellBudget: { left: number },
): Promise<SheetReadResult> {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const hiddenRows: number[] = [];
  const merges: NonNullable<SheetData["merges"]>[number][] = [];
  const uncalculated: string[] = [];
  let uncalculatedCount = 0;
  let cells = 0;
  const isDateStyle = styleFormats.map((f) => isDateFormat(f));

  let rowIndex = -1;
  let rowOpen = false;
  let rowValues: CellValue[] | null = null;
  let rowFormats: string[] | null = null;
  let col = -1;
  let type = "n";
  let style = 0;
  let hasFormula = false;
  let inV = false;
  let inIs = 0;
  let inT = false;
  let phonetic = 0;
  let text = "";
  let vSeen = false;

  const flushRow = () => {
    if (!rowOpen) return;
    rowOpen = false;
    while (values.length < rowIndex) {
      values.push(EMPTY);
      formats.push(NO_FORMATS);
    }
    values[rowIndex] = rowValues ?? EMPTY;
    formats[rowIndex] = rowFormats ?? NO_FORMATS;
    rowValues = null;
    rowFormats = null;
  };

  const endCell = () => {
    let value: CellValue = null;
    if (!vSeen) {
      if (hasFormula) {
        uncalculatedCount++;
        if (uncalculated.length < 5) uncalculated.push(`${colName(col)}${rowIndex + 1}`);
      }
    } else if (type === "s") value = strings[Number(text)] ?? null;
    else if (type === "str" || type === "inlineStr" || type === "e") value = text;
    else if (type === "b") value = text === "1" || text === "true";
    else if (type === "d") value = isoToSerial(text);
    else {
      const n = Number(text);
      value = text.trim() === "" || !Number.isFinite(n) ? (text === "" ? null : text) : n;
    }
    if (value === "") value = null;
    if (value === null) return;
    if (++cells > cellBudget.left) throw xlsxErrors.tooManyCells(pkg.fileName, name, MAX_CELLS);
    if (!rowValues) rowValues = [];
    while (rowValues.length < col) rowValues.push(null);
    if (typeof value === "number" && isDateStyle[style]) {
      if (date1904) value += 1462;
      if (!rowFormats) rowFormats = [];
      while (rowFormats.length < col) rowFormats.push("");
      rowFormats[col] = styleFormats[style];
    }
    rowValues[col] = value;
  };

  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (tag) => {
    const n = localName(tag.name);
    const a = tag.attributes as Record<string, string>;
    switch (n) {
      case "row": {
        flushRow();
        rowOpen = true;
        const r = a.r ? Number(a.r) - 1 : rowIndex + 1;
        rowIndex = Number.isInteger(r) && r >= 0 ? Math.max(r, values.length) : values.length;
        col = -1;
        if (a.hidden === "1" || a.hidden === "true") hiddenRows.push(rowIndex);
        break;
      }
      case "c": {
        const ref = a.r ? parseRef(a.r) : null;
        col = ref ? ref.col : col + 1;
        type = a.t ?? "n";
        style = a.s ? Number(a.s) : 0;
        hasFormula = false;
        vSeen = false;
        text = "";
        break;
      }
      case "f":
        hasFormula = true;
        break;
      case "v":
        inV = true;
        vSeen = true;
        break;
      case "is":
        inIs++;
        vSeen = true;
        break;
      case "rPh":
        phonetic++;
        break;
      case "t":
        if (inIs > 0 && phonetic === 0) inT = true;
        break;
      case "mergeCell": {
        const [from, to] = (a.ref ?? "").split(":");
        const p = from ? parseRef(from) : null;
        const q = to ? parseRef(to) : p;
        if (p && q && p.row >= 0 && q.row >= 0)
          merges.push({ top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) });
        break;
      }
    }
  });
  parser.on("closetag", (tag) => {
    const n = localName(tag.name);
    if (n === "c") {
      if (rowOpen) endCell();
    } else if (n === "row") flushRow();
    else if (n === "v") inV = false;
    else if (n === "is") inIs--;
    else if (n === "rPh") phonetic--;
    else if (n === "t") inT = false;
  });
  parser.on("text", (t) => {
    if (inV || inT) text += t;
  });
  parser.on("error", (e) => {
    throw xlsxErrors.damagedPart(pkg.fileName, part, e.message);
  });
  await streamPart(pkg, part, (chunk) => parser.write(chunk));
  parser.close();
  flushRow();
  cellBudget.left -= cells;
  const anyFormat = formats.some((f) => f !== NO_FORMATS);
  return {
    sheet: { name, origin: { row: 0, col: 0 }, values, numberFormats: anyFormat ? formats : undefined, hiddenRows, merges },
    uncalculated,
    uncalculatedCount,
    cells,
  };
}

/**
 * Cell areas and their A1 addresses: the only A1 parser and formatter of Zielmonitor. An area is a
 * rectangle of cells, 0-based: `rows` × `cols` cells from (`row`, `col`) on `sheet` ("" where the address
 * named no sheet). Whole columns (`A:C`) are areas of all 1,048,576 rows, whole rows (`3:5`) of all
 * 16,384 columns, as Excel gives them. Parsing never throws: what is not an address gives null.
 * Formatting is the inverse of parsing: `parseArea(formatArea(a))` is `a` for every area within Excel's limits.
 */

export interface Area {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Excel's limits: rows 1…1,048,576, columns A…XFD. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;
/** A sheet name has 1 to 31 characters and none of these. */
const SHEET_FORBIDDEN = /[[\]:*?/\\]/;
const MAX_SHEET_NAME = 31;

/** Column letters of a 0-based column: 0 → "A", 26 → "AA", 16383 → "XFD". */
export function columnName(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** "C14" for 0-based (row 13, col 2). */
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** The area from two corners in any order, on `sheet`. */
export function areaOf(sheet: string, r1: number, c1: number, r2: number = r1, c2: number = c1): Area {
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { sheet, row, col, rows: Math.max(r1, r2) - row + 1, cols: Math.max(c1, c2) - col + 1 };
}

/** "C5:C40", or "C5" for one cell: the address of the rectangle between two 0-based corners. */
export function rangeAddress(r1: number, c1: number, r2: number = r1, c2: number = c1): string {
  return formatArea(areaOf("", r1, c1, r2, c2));
}

/** Whole columns c1…c2 ("B:D"), all 1,048,576 rows. */
export function wholeColumns(sheet: string, c1: number, c2: number = c1): Area {
  return { ...areaOf(sheet, 0, c1, 0, c2), rows: MAX_ROWS };
}

/** Whole rows r1…r2 ("3:5"), all 16,384 columns. */
export function wholeRows(sheet: string, r1: number, r2: number = r1): Area {
  return { ...areaOf(sheet, r1, 0, r2, 0), cols: MAX_COLS };
}

export const lastRow = (a: Area): number => a.row + a.rows - 1;
export const lastCol = (a: Area): number => a.col + a.cols - 1;

export function containsCell(a: Area, row: number, col: number): boolean {
  return row >= a.row && row < a.row + a.rows && col >= a.col && col < a.col + a.cols;
}

/** Whether a name can stand unquoted before "!": letters, digits, "_" and ".", not looking like a reference. */
function plainSheetName(name: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*([Cc]\d*)?$/.test(name);
}

/** "Daten" → "Daten", "Daten 2023" → "'Daten 2023'", "It's" → "'It''s'". `always` quotes every name. */
export function quoteSheet(name: string, always = false): string {
  return !always && plainSheetName(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface FormatOptions {
  /** Prefix the sheet (when the area has one): "Daten!C5:C40". */
  sheet?: boolean;
  /** Quote the sheet name even where Excel would not need it (as in formulas this code writes). */
  quoted?: boolean;
  /** "$C$5:$C$40". */
  absolute?: boolean;
}

/** An area's address: "C5", "C5:D40", "A:A", "3:3", with options the sheet and `$` signs. */
export function formatArea(a: Area, options: FormatOptions = {}): string {
  const $ = options.absolute ? "$" : "";
  const prefix = options.sheet && a.sheet !== "" ? `${quoteSheet(a.sheet, options.quoted)}!` : "";
  let body: string;
  if (a.cols === MAX_COLS && a.col === 0) body = `${$}${a.row + 1}:${$}${lastRow(a) + 1}`;
  else if (a.rows === MAX_ROWS && a.row === 0) body = `${$}${columnName(a.col)}:${$}${columnName(lastCol(a))}`;
  else {
    const first = `${$}${columnName(a.col)}${$}${a.row + 1}`;
    body = a.rows === 1 && a.cols === 1 ? first : `${first}:${$}${columnName(lastCol(a))}${$}${lastRow(a) + 1}`;
  }
  return prefix + body;
}

/** Several areas: "A1:B2,D4:D9" (each with its sheet where `options.sheet`). */
export function formatAreas(areas: readonly Area[], options: FormatOptions = {}): string {
  return areas.map((a) => formatArea(a, options)).join(",");
}

/** A corner of an address: `kind` says which parts it had. */
interface Corner {
  kind: "cell" | "col" | "row";
  row: number;
  col: number;
}

/** One corner ("C5", "$C$5", "C", "$5") of `text` from `from` to `to`, without a regular expression (hot path). */
function corner(text: string, from: number, to: number): Corner | null {
  let i = from;
  if (i < to && text.charCodeAt(i) === 36 /* $ */) i++;
  let col = 0;
  let letters = 0;
  for (; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else break;
    if (++letters > 3) return null;
  }
  if (letters > 0 && i < to && text.charCodeAt(i) === 36) i++;
  else if (letters === 0 && i > from && i < to && text.charCodeAt(i) === 36) return null;
  let row = 0;
  let digits = 0;
  for (; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 48 || ch > 57) return null;
    if (digits === 0 && ch === 48) return null;
    if (++digits > 7) return null;
    row = row * 10 + ch - 48;
  }
  if (col > MAX_COLS || row > MAX_ROWS) return null;
  if (letters > 0 && digits > 0) return { kind: "cell", row: row - 1, col: col - 1 };
  if (letters > 0) return text.charCodeAt(i - 1) === 36 ? null : { kind: "col", row: 0, col: col - 1 };
  if (digits > 0) return { kind: "row", row: row - 1, col: 0 };
  return null;
}

/** "C5" / "$C$5" / "c5" → 0-based { row, col }; null when not one cell within Excel's limits. */
export function parseCell(ref: string): { row: number; col: number } | null {
  const c = corner(ref, 0, ref.length);
  return c && c.kind === "cell" ? { row: c.row, col: c.col } : null;
}

/** The reference part of one area ("C5:C40", "A:A", "3:3") between `from` and `to`, on `sheet`. */
function areaBody(text: string, from: number, to: number, sheet: string): Area | null {
  const colon = text.indexOf(":", from);
  if (colon < 0 || colon >= to) {
    const c = corner(text, from, to);
    return c && c.kind === "cell" ? { sheet, row: c.row, col: c.col, rows: 1, cols: 1 } : null;
  }
  const a = corner(text, from, colon);
  const b = corner(text, colon + 1, to);
  if (!a || !b || a.kind !== b.kind) return null;
  if (a.kind === "col") return wholeColumns(sheet, a.col, b.col);
  if (a.kind === "row") return wholeRows(sheet, a.row, b.row);
  return areaOf(sheet, a.row, a.col, b.row, b.col);
}

/** Where a sheet prefix ends (the index after "!") and its name, or null when `text` from `from` has none or a bad one. */
function sheetPrefix(text: string, from: number, to: number): { name: string; end: number } | null | "bad" {
  if (text.charCodeAt(from) === 39 /* ' */) {
    let name = "";
    let i = from + 1;
    for (;;) {
      const q = text.indexOf("'", i);
      if (q < 0 || q >= to) return "bad";
      name += text.slice(i, q);
      if (text.charCodeAt(q + 1) === 39) {
        name += "'";
        i = q + 2;
        continue;
      }
      if (text.charCodeAt(q + 1) !== 33 /* ! */) return "bad";
      return validSheetName(name) ? { name, end: q + 2 } : "bad";
    }
  }
  const bang = text.indexOf("!", from);
  if (bang < 0 || bang >= to) return null;
  const name = text.slice(from, bang);
  return plainSheetName(name) && name.length <= MAX_SHEET_NAME ? { name, end: bang + 1 } : "bad";
}

function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= MAX_SHEET_NAME && !SHEET_FORBIDDEN.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

/** One area of `text` from `from` to `to` (trimmed), its own sheet or else `sheet`. */
function areaAt(text: string, from: number, to: number, sheet: string): Area | null {
  while (from < to && text.charCodeAt(from) === 32) from++;
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  if (from >= to) return null;
  const prefix = sheetPrefix(text, from, to);
  if (prefix === "bad") return null;
  return prefix ? areaBody(text, prefix.end, to, prefix.name) : areaBody(text, from, to, sheet);
}

/** One area: "C5", "$C$5:C40", "A:A", "3:3", "Daten!C5:C40", "'It''s'!A1"; null when not exactly one area. */
export function parseArea(text: string, sheet = ""): Area | null {
  if (typeof text !== "string" || text.length > 300) return null;
  return areaAt(text, 0, text.length, sheet);
}

/** Several areas separated by commas: "A1:B2,D4:D9", "'Daten 2023'!A1,'Daten 2023'!C1"; null when any is not an area. */
export function parseAreas(text: string, sheet = ""): Area[] | null {
  if (typeof text !== "string" || text.length > 100_000) return null;
  const out: Area[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 39) quoted = !quoted;
    else if (i === text.length || (!quoted && ch === 44) /* , */) {
      const a = areaAt(text, start, i, sheet);
      if (!a) return null;
      out.push(a);
      start = i + 1;
    }
  }
  return out;
}

/**
 * The areas of an address or list on `sheet` (those without a sheet count as on it) and the ones on
 * other sheets; null when the address is none.
 */
export function areasOn(sheet: string, where: string | readonly Area[]): { on: Area[]; elsewhere: Area[] } | null {
  const list = typeof where === "string" ? parseAreas(where, sheet) : where;
  if (!list || list.length === 0) return null;
  const on: Area[] = [];
  const elsewhere: Area[] = [];
  for (const a of list) {
    if (a.sheet === sheet || a.sheet === "") on.push({ ...a, sheet });
    else elsewhere.push({ ...a });
  }
  return { on, elsewhere };
}

/** A cell or range reference in a formula (with its sheet), not part of a name such as SGBII.K2CHANGE. */
const REFERENCE = /(?<![\p{L}\p{N}_.$'"])(?:'(?:[^']|'')+'!|[\p{L}_][\p{L}\p{N}_.]*!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?![\p{L}\p{N}_.(!])/gu;

/** The distinct cell and range references of a formula, outside its quoted text, in order of appearance. */
export function referencesIn(formula: string): string[] {
  const body = formula.replace(/"[^"]*"/g, (s) => " ".repeat(s.length));
  return [...new Set((body.match(REFERENCE) ?? []).filter((r) => parseArea(r) !== null))];
}

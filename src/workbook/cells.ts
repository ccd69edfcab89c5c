/**
 * Reading single cells the way controllers fill them in: month labels in every usual spelling, numbers
 * as numbers or German/English text, footnote markers and blanks as missing (never zero).
 */
import { isMissingMarker, parseNumberText } from "../domain/numbers";
import type { CellValue } from "./types";

/** Lower case, umlauts spelled out, punctuation to spaces: "Männer (davon)" → "maenner davon". */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/ß/g, "ss")
    .replace(/[\u00ad]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const MONTHS: [RegExp, number][] = [
  [/^(jan|januar|january|jaen|jaenner|jän|jänner)$/, 1],
  [/^(feb|febr|februar|february)$/, 2],
  [/^(mar|mrz|maer|mär|maerz|märz|march)$/, 3],
  [/^(apr|april)$/, 4],
  [/^(mai|may)$/, 5],
  [/^(jun|juni|june)$/, 6],
  [/^(jul|juli|july)$/, 7],
  [/^(aug|august)$/, 8],
  [/^(sep|sept|september)$/, 9],
  [/^(okt|oct|oktober|october)$/, 10],
  [/^(nov|november)$/, 11],
  [/^(dez|dec|dezember|december)$/, 12],
];

/** A month name or abbreviation in German or English → 1…12. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  for (const [re, n] of MONTHS) if (re.test(w)) return n;
  return null;
}

export interface MonthLabel {
  year: number | null;
  month: number;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel serial date → year and month (the 1900 leap-year bug only affects dates before March 1900). */
export function serialToMonth(serial: number): { year: number; month: number } {
  const d = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

export function dateToSerial(d: Date): number {
  return Math.round((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - EXCEL_EPOCH_MS) / 86400000);
}

function plausibleYear(y: number): boolean {
  return y >= 1990 && y <= 2100;
}

function twoDigitYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

/** Whether a number format shows a date ("MMM YYYY", "mm/yyyy", "dd.mm.yyyy" …), ignoring quoted text. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const f = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return /[dmyj]/i.test(f) && !/^[#0.,%\s]*$/.test(f) && !/general|standard/i.test(f);
}

/**
 * A month label: "Jan 2023", "Januar 2023", "Jän. 23", "01/2023", "1/2023", "2023-01", "01.2023",
 * "202301", "2023/01", a date "15.01.2023", an Excel serial with a date format, or a month name alone
 * (year null: it comes from a header). Numeric YYYYMM only where `allowYyyymm` (a "Monat" column).
 */
export function parseMonthLabel(value: CellValue, format?: string, allowYyyymm = false): MonthLabel | null {
  if (value === null || typeof value === "boolean") return null;
  if (typeof value === "number") {
    if (Number.isInteger(value) && allowYyyymm && value >= 199001 && value <= 210012 && value % 100 >= 1 && value % 100 <= 12)
      return { year: Math.floor(value / 100), month: value % 100 };
    if (isDateFormat(format) && value > 1 && value < 80000) {
      const m = serialToMonth(value);
      return plausibleYear(m.year) ? m : null;
    }
    return null;
  }
  const s = value.trim();
  if (s === "" || s.length > 40) return null;
  if (isCountText(s)) return null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(s))) return month(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(s))) return month(twoDigitYear(m[2]), Number(m[1]));
  if ((m = /^(\d{4})(\d{2})$/.exec(s))) return month(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(s))) return month(twoDigitYear(m[3]), Number(m[2]));
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s))) return month(Number(m[1]), Number(m[2]));
  if ((m = /^([A-Za-zÄÖÜäöü]+)\.?\s*[-'’/ ]?\s*(\d{4}|\d{2})$/.exec(s))) {
    const n = monthNumber(m[1]);
    return n ? { year: twoDigitYear(m[2]), month: n } : null;
  }
  if ((m = /^([A-Za-zÄÖÜäöü]+)\.?$/.exec(s))) {
    const n = monthNumber(m[1]);
    return n ? { year: null, month: n } : null;
  }
  return null;
}

function month(year: number, mo: number): MonthLabel | null {
  return plausibleYear(year) && mo >= 1 && mo <= 12 ? { year, month: mo } : null;
}

/** A year standing alone in a header: 2023, "2023", "Jahr 2023", "2023 (t-0)". */
export function parseYearLabel(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) && plausibleYear(value) ? value : null;
  if (typeof value !== "string") return null;
  const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(value);
  if (!m) return null;
  // Not a date or a month label: those carry a month too.
  if (parseMonthLabel(value)?.year) return null;
  return plausibleYear(Number(m[1])) ? Number(m[1]) : null;
}

/**
 * How a data cell read: a number, missing (blank or a "no value" sign), invalid text, or an Excel error.
 * `sign` is "-" where a dash was read (as 0 or as no value), so its reading can be reported.
 */
export type ParsedNumber =
  { kind: "number"; value: number; sign?: string } | { kind: "missing"; sign?: string } | { kind: "invalid"; text: string } | { kind: "error"; text: string };

/**
 * What `-` means. In BA Statistik tables it is *nichts vorhanden*, a true zero ("zero"); a controller's
 * own workbook may use it loosely for "no value" ("missing", the default outside BA exports).
 */
export type DashReading = "zero" | "missing";

const DASHES = new Set(["-", "–", "—"]);

/** Excel's error values in German and English ("#NV", "#DIV/0!", "#BEZUG!", "#REF!" …). */
const EXCEL_ERROR =
  /^#(NV|N\/A|DIV\/0!|WERT!|VALUE!|BEZUG!|REF!|NAME\?|ZAHL!|NUM!|NULL!|LEER!|ÜBERLAUF!|SPILL!|CALC!|BERECHNUNG!|FELD!|FIELD!|BLOCKED!|BLOCKIERT!|CONNECT!|VERBINDEN!|BUSY!|UNKNOWN!|GETTING_DATA|DATEN_ABRUFEN)$/i;

export function isExcelError(text: string): boolean {
  return EXCEL_ERROR.test(text.trim());
}

/**
 * Text that is digits only ("112") or digits in German thousands groups ("9.814", "3.300.678"), as BA
 * exports store many counts: its number, exactly as parseNumberText reads it, without the general
 * parse; null for anything else (which takes the general parse).
 */
function groupedDigits(s: string): number | null {
  const n = s.length;
  if (n === 0 || n > 15) return null;
  let lastDot = -1;
  // At most 15 digits: the sum stays an exact integer, as Number() of the digits would read it.
  let value = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      // the first group 1–3 digits (not starting with 0), every further group exactly three
      if (lastDot < 0 ? i < 1 || i > 3 || s.charCodeAt(0) === 48 : i !== lastDot + 4) return null;
      lastDot = i;
    } else if (c < 48 || c > 57) return null;
    else value = value * 10 + (c - 48);
  }
  return lastDot < 0 || lastDot === n - 4 ? value : null;
}

/**
 * Text of a count ("112", "9.814"), never of a month: of digits alone only YYYYMM (six digits) is a
 * month, and a month's groups between dots have 1, 2 or 4 digits, never three.
 */
export function isCountText(s: string): boolean {
  return s.length !== 6 && groupedDigits(s) !== null;
}

/**
 * The common data cell, read without the general parse: a finite number, or text of digits (in German
 * thousands groups or none); undefined for anything else. parseDataCell reads these cells the same.
 */
export function quickNumber(value: CellValue): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") return groupedDigits(value) ?? undefined;
  return undefined;
}

/** A data cell: a number, missing (blank, a "no value" sign), invalid text or an Excel error. */
export function parseDataCell(value: CellValue, dash: DashReading = "missing"): ParsedNumber {
  if (value === null) return { kind: "missing" };
  const quick = quickNumber(value);
  if (quick !== undefined) return { kind: "number", value: quick };
  if (typeof value === "number" || typeof value === "boolean") return { kind: "invalid", text: String(value) };
  const t = value.trim();
  if (DASHES.has(t)) return dash === "zero" ? { kind: "number", value: 0, sign: "-" } : { kind: "missing", sign: "-" };
  if (isExcelError(t)) return { kind: "error", text: t };
  if (isMissingMarker(t)) return { kind: "missing" };
  const n = parseNumberText(value.replace(/€|EUR/gi, ""));
  return n === null ? { kind: "invalid", text: value } : { kind: "number", value: n };
}

/** Jobcenter keys stay text with leading zeros: 5358 → "05358". */
export function jobcenterKey(value: CellValue): string | null {
  if (value === null || typeof value === "boolean") return null;
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? String(value).padStart(5, "0") : null;
  const s = value.trim();
  if (!/^\d{3,9}$/.test(s)) return null;
  return s.length < 5 ? s.padStart(5, "0") : s;
}

/** A vintage marker in a label: "t-0", "t - 3", "Wartezeit 3 Monate", "T-3". */
export function parseVintage(text: string): "t-0" | "t-3" | null {
  const s = text.toLowerCase();
  const m = /\bt\s*[-–]\s*([03])\b/.exec(s);
  if (m) return m[1] === "0" ? "t-0" : "t-3";
  if (/wartezeit\s*(von\s*)?(drei|3)\s*monat/.test(s)) return "t-3";
  if (/wartezeit\s*(von\s*)?(null|0)\b|ohne wartezeit/.test(s)) return "t-0";
  return null;
}

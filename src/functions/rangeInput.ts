/**
 * Reading custom-function arguments. Excel passes a range (or a literal) to an `any[][]` parameter as
 * a 2-D array of rows; here a one-row or one-column range becomes a list of monthly values.
 *
 * - `null`, `undefined` and `""` are a missing month (`null`): the domain reports them as #N/A and never
 *   reads them as zero. Footnote markers such as `*`, `x`, `-` (see `isMissingMarker`) are missing too.
 * - Numbers stored as text are accepted in German (`1.234,5`) or English (`1,234.5`) form.
 * - Anything else (TRUE/FALSE, words, entities) is #VALUE! naming the position ("Wert 3 ist keine Zahl").
 * - A block with more than one row *and* more than one column is #VALUE!.
 *
 * Caveat: desktop Excel may pass `0` for an empty cell (the web passes `null`, office-js #4702); a zero
 * that arrives here cannot be told apart from a typed 0. See docs/functions.md.
 */
import type { MonthValue } from "../domain/figures";
import { isMissingMarker, parseNumberText } from "../domain/numbers";
import { fail, ok, type Result } from "../domain/result";

/** Where a value stands, in German and English ("Integrationen, Wert 3" / "Integrationen, value 3"). */
function position(label: string | undefined, i: number): { de: string; en: string } {
  return label ? { de: `${label}, Wert ${i + 1}`, en: `${label}, value ${i + 1}` } : { de: `Wert ${i + 1}`, en: `value ${i + 1}` };
}

/** One cell: a number, `null` for a missing value, or `undefined` when it is not a number at all. */
export function readCell(v: unknown): MonthValue | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "string") {
    if (v.trim() === "" || isMissingMarker(v)) return null;
    const n = parseNumberText(v);
    return n === null ? undefined : n;
  }
  return undefined;
}

/** The argument as rows: a literal becomes a 1×1 block, a flat list one row. */
function asRows(input: unknown): unknown[][] {
  if (!Array.isArray(input)) return [[input]];
  if (input.length === 0) return [];
  return input.every((row) => Array.isArray(row)) ? (input as unknown[][]) : [input];
}

/**
 * Flattens a one-row or one-column range into monthly values (in reading order), converting each cell
 * with `readCell`. Missing months stay `null` for the domain to report.
 */
export function readMonths(input: unknown, label?: string): Result<MonthValue[]> {
  const rows = asRows(input);
  const height = rows.length;
  const width = height > 0 ? Math.max(...rows.map((r) => r.length)) : 0;
  const what = label ?? "Bereich";
  const whatEn = label ?? "range";
  if (height === 0 || width === 0) return fail("NA", `${what}: keine Werte`, `${whatEn}: no values`);
  if (height > 1 && width > 1)
    return fail(
      "VALUE",
      `${what}: der Bereich muss eine Zeile oder eine Spalte sein, nicht ${height} Zeilen × ${width} Spalten`,
      `${whatEn}: the range must be one row or one column, not ${height} rows × ${width} columns`,
    );
  const cells = height === 1 ? rows[0] : rows.map((r) => r[0]);
  const out: MonthValue[] = [];
  for (let i = 0; i < cells.length; i++) {
    const v = readCell(cells[i]);
    if (v === undefined) {
      const p = position(label, i);
      return fail("VALUE", `${p.de} ist keine Zahl`, `${p.en} is not a number`);
    }
    out.push(v);
  }
  return ok(out);
}

/** A single number: a literal, a one-cell range or numeric text. Blank is #N/A, a larger range #VALUE!. */
export function readNumber(input: unknown, label: string): Result<number> {
  const rows = asRows(input);
  const count = rows.reduce((n, r) => n + r.length, 0);
  if (count !== 1)
    return fail("VALUE", `${label}: ein einzelner Wert erwartet, gegeben ${count} Werte`, `${label}: a single value expected, got ${count} values`);
  const v = readCell(rows.find((r) => r.length === 1)?.[0]);
  if (v === undefined) return fail("VALUE", `${label} ist keine Zahl`, `${label} is not a number`);
  if (v === null) return fail("NA", `${label} fehlt (leere Zelle ist keine Null)`, `${label} is missing (a blank cell is not zero)`);
  return ok(v);
}

/**
 * An optional text option (kind, unit, mode …): `null` when omitted or blank (Excel passes `null` for an
 * omitted optional argument, so TypeScript defaults never apply), otherwise the trimmed text.
 */
export function readOption(input: unknown): string | null {
  let v: unknown = input;
  while (Array.isArray(v) && v.length === 1) v = v[0];
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return null;
}

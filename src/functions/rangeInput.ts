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
import { position, type Label, type MonthValue } from "../domain/figures";
import { message } from "../domain/messages";
import { isMissingMarker, parseNumberText } from "../domain/numbers";
import { fail, ok, type Result } from "../domain/result";


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
export function readMonths(input: unknown, label?: Label): Result<MonthValue[]> {
  const rows = asRows(input);
  const height = rows.length;
  // reduce, not Math.max(...): a range of a million rows would overflow the argument stack.
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const what = label ?? message("label.range");
  if (height === 0 || width === 0) return fail("NA", "err.noValues", { what });
  if (height > 1 && width > 1) return fail("VALUE", "err.notALine", { what, rows: height, cols: width });
  const cells = height === 1 ? rows[0] : rows.map((r) => r[0]);
  const out: MonthValue[] = [];
  for (let i = 0; i < cells.length; i++) {
    const v = readCell(cells[i]);
    if (v === undefined) return fail("VALUE", "err.notANumber", { what: position(label, i) });
    out.push(v);
  }
  return ok(out);
}

/** A single number: a literal, a one-cell range or numeric text. Blank is #N/A, a larger range #VALUE!. */
export function readNumber(input: unknown, label: Label): Result<number> {
  const rows = asRows(input);
  const count = rows.reduce((n, r) => n + r.length, 0);
  if (count !== 1)
    return fail("VALUE", "err.singleValue", { what: label, count });
  const v = readCell(rows.find((r) => r.length === 1)?.[0]);
  if (v === undefined) return fail("VALUE", "err.notANumber", { what: label });
  if (v === null) return fail("NA", "err.valueMissing", { what: label });
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

/**
 * What a series' surroundings say about it: the indicator of a label (with the sheet name or a block
 * title as context for generic labels), titles above a block, a vintage the sheet names, the year.
 */
import type { DataCode } from "../../domain/indicators";
import type { Vintage } from "../../domain/evaluation";
import { normalizeLabel, parseVintage, type MonthLabel } from "../cells";
import { codeForLabel, genderOnly, withGender } from "../labels";
import type { Grid } from "./grid";

const GENERIC = /^(wert|werte|anzahl|insgesamt|gesamt|summe|value|values|total|count|ist|ist wert|t 0|t 3|betrag|euro|eur)$/;

function baseOf(code: DataCode): DataCode {
  if (code === "INT_F" || code === "INT_M") return "INT";
  if (code === "ELB_F" || code === "ELB_M") return "ELB";
  return code;
}

function firstCode(texts: string[]): DataCode | null {
  for (const t of texts) {
    const code = codeForLabel(t);
    if (code) return code;
  }
  return null;
}

/** The indicator of a column or row label, with the sheet name or a block title as context for generic labels. */
export function resolveCode(lines: string[], context: string[]): { code: DataCode | null; label: string } {
  const present = lines.filter(Boolean);
  const label = present.join(" ").trim();
  const direct = codeForLabel(label);
  if (direct) return { code: direct, label };
  const g = genderOnly(present[present.length - 1] ?? "");
  if (g) {
    const base = codeForLabel(lines.slice(0, -1).join(" ")) ?? firstCode(context);
    return { code: base ? withGender(baseOf(base), g) : null, label };
  }
  const norm = normalizeLabel(label)
    .replace(/\b(19|20)\d{2}\b/g, "")
    .replace(/\bt [03]\b/g, "")
    .trim();
  if (norm !== "" && !GENERIC.test(norm)) return { code: null, label };
  for (const c of context) {
    const code = codeForLabel(c);
    if (code) return { code, label: label || c };
  }
  return { code: null, label };
}

export function yearOf(label: MonthLabel, ...fallbacks: (number | null)[]): number | null {
  if (label.year !== null) return label.year;
  for (const y of fallbacks) if (y !== null) return y;
  return null;
}

/** The first non-null result of `f` over `items`. */
export function firstOf<T, R>(items: readonly T[], f: (t: T) => R | null): R | null {
  for (const t of items) {
    const r = f(t);
    if (r !== null) return r;
  }
  return null;
}

/** Text of the few rows above a block (titles, notes), for vintage and context. */
export function blockTitle(grid: Grid, headerTop: number, left: number, right: number): string[] {
  const out: string[] = [];
  const from = Math.max(grid.left, left - 1);
  for (let r = headerTop - 1; r >= Math.max(grid.top, headerTop - 3); r--) {
    const texts: string[] = [];
    for (const c of grid.textCols(r, from, right)) {
      const t = grid.text(r, c);
      if (t && typeof grid.shown(r, c) === "string") texts.push(t);
    }
    if (texts.length > 0) out.push(texts.join(" "));
  }
  return out;
}

/** A vintage the sheet names for all its blocks: in its name or in the title rows at its top. */
export function sheetVintage(grid: Grid): Vintage | null {
  const fromName = parseVintage(grid.name);
  if (fromName) return fromName;
  for (let r = grid.top; r <= Math.min(grid.bottom, grid.top + 2); r++)
    for (const c of grid.colsOf(r)) {
      if (c > grid.left + 3) break;
      const v = grid.get(r, c);
      const found = typeof v === "string" ? parseVintage(v) : null;
      if (found) return found;
    }
  return null;
}

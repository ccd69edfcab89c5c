/**
 * An explicit mapping that overrides the detector for the codes it names, e.g. when a workbook labels
 * its columns in a way no rule recognises. Stored as JSON (in the workbook's settings or a file):
 * `{ "version": 1, "series": [ { "code": "INT", "sheet": "Daten", "months": "A5:A40", "values": "C5:C40" } ] }`.
 */
import { DATA_CODES, type DataCode } from "../domain/indicators";
import type { Vintage } from "../domain/evaluation";
import { message } from "../domain/messages";
import { fail, ok, type Result } from "../domain/result";
import { MAX_COLS, MAX_ROWS, parseArea } from "./areas";

export interface MappedSeries {
  code: DataCode;
  sheet: string;
  /** A1 range of the month labels (a row or a column). */
  months: string;
  /** A1 range of the values, as long as `months`. */
  values: string;
  vintage?: Vintage;
  jobcenter?: string;
}

export interface Mapping {
  version: 1;
  series: MappedSeries[];
}

function cellCount(range: string): number | null {
  const r = parseArea(range);
  if (!r) return null;
  // whole columns or rows (a million cells) stay refused, as before areas knew them
  if ((r.rows !== 1 && r.cols !== 1) || r.rows === MAX_ROWS || r.cols === MAX_COLS) return null;
  return r.rows * r.cols;
}

export function parseMapping(json: unknown): Result<Mapping> {
  if (typeof json !== "object" || json === null) return fail("VALUE", "mapping.notAnObject");
  const o = json as { version?: unknown; series?: unknown };
  if (o.version !== 1) return fail("VALUE", "mapping.version");
  if (!Array.isArray(o.series)) return fail("VALUE", "mapping.notAList");
  const series: MappedSeries[] = [];
  for (const [i, raw] of o.series.entries()) {
    const where = message("mapping.entry", { index: i + 1 });
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail("VALUE", "mapping.entryNotObject", { where, found: JSON.stringify(raw) });
    const s = raw as Partial<Record<keyof MappedSeries, unknown>>;
    if (typeof s.code !== "string" || !DATA_CODES.includes(s.code.toUpperCase() as DataCode))
      return fail("VALUE", "mapping.indicator", { where, found: String(s.code), accepted: DATA_CODES.join(", ") });
    if (typeof s.sheet !== "string" || s.sheet === "") return fail("VALUE", "mapping.sheet", { where });
    if (typeof s.months !== "string" || typeof s.values !== "string") return fail("VALUE", "mapping.ranges", { where });
    const nMonths = cellCount(s.months);
    const nValues = cellCount(s.values);
    if (nMonths === null) return fail("VALUE", "mapping.notALine", { where, range: s.months });
    if (nValues === null) return fail("VALUE", "mapping.notALine", { where, range: s.values });
    if (nMonths !== nValues) return fail("VALUE", "mapping.lengths", { where, months: nMonths, values: nValues });
    if (s.vintage !== undefined && s.vintage !== "t-0" && s.vintage !== "t-3")
      return fail("VALUE", "mapping.vintage", { where, found: String(s.vintage) });
    series.push({
      code: s.code.toUpperCase() as DataCode,
      sheet: s.sheet,
      months: s.months,
      values: s.values,
      ...(s.vintage ? { vintage: s.vintage as Vintage } : {}),
      ...(typeof s.jobcenter === "string" ? { jobcenter: s.jobcenter } : {}),
    });
  }
  return ok({ version: 1, series });
}

/** The cells of a one-row or one-column range, in order. */
export function rangeCells(range: string): { row: number; col: number }[] {
  const r = parseArea(range);
  if (!r) return [];
  const out: { row: number; col: number }[] = [];
  for (let row = r.row; row < r.row + r.rows; row++) for (let col = r.col; col < r.col + r.cols; col++) out.push({ row, col });
  return out;
}

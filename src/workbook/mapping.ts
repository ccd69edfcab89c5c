/**
 * An explicit mapping that overrides the detector for the codes it names, e.g. when a workbook labels
 * its columns in a way no rule recognises. Stored as JSON (in the workbook's settings or a file):
 * `{ "version": 1, "series": [ { "code": "INT", "sheet": "Daten", "months": "A5:A40", "values": "C5:C40" } ] }`.
 */
import { DATA_CODES, type DataCode } from "../domain/indicators";
import type { Vintage } from "../domain/evaluation";
import { fail, ok, type Result } from "../domain/result";
import { parseA1Range } from "./cells";

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
  const r = parseA1Range(range);
  if (!r) return null;
  if (r.top !== r.bottom && r.left !== r.right) return null;
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}

export function parseMapping(json: unknown): Result<Mapping> {
  const bad = (de: string, en: string) => fail<Mapping>("VALUE", de, en);
  if (typeof json !== "object" || json === null) return bad("Zuordnung: ein JSON-Objekt wird erwartet", "Mapping: a JSON object is expected");
  const o = json as { version?: unknown; series?: unknown };
  if (o.version !== 1) return bad('Zuordnung: "version" muss 1 sein', 'Mapping: "version" must be 1');
  if (!Array.isArray(o.series)) return bad('Zuordnung: "series" muss eine Liste sein', 'Mapping: "series" must be a list');
  const series: MappedSeries[] = [];
  for (const [i, raw] of o.series.entries()) {
    const where = `Zuordnung, Eintrag ${i + 1}`;
    const whereEn = `Mapping, entry ${i + 1}`;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
      return bad(`${where}: ein JSON-Objekt wird erwartet, nicht ${JSON.stringify(raw)}`, `${whereEn}: a JSON object is expected, not ${JSON.stringify(raw)}`);
    const s = raw as Partial<Record<keyof MappedSeries, unknown>>;
    if (typeof s.code !== "string" || !DATA_CODES.includes(s.code.toUpperCase() as DataCode))
      return bad(
        `${where}: unbekannter Indikator "${String(s.code)}" (erlaubt: ${DATA_CODES.join(", ")})`,
        `${whereEn}: unknown indicator "${String(s.code)}"`,
      );
    if (typeof s.sheet !== "string" || s.sheet === "") return bad(`${where}: "sheet" fehlt`, `${whereEn}: "sheet" is missing`);
    if (typeof s.months !== "string" || typeof s.values !== "string")
      return bad(`${where}: "months" und "values" müssen Bereiche wie "A5:A40" sein`, `${whereEn}: "months" and "values" must be ranges like "A5:A40"`);
    const nMonths = cellCount(s.months);
    const nValues = cellCount(s.values);
    if (nMonths === null) return bad(`${where}: Bereich "${s.months}" ist keine Zeile oder Spalte`, `${whereEn}: range "${s.months}" is not a row or column`);
    if (nValues === null) return bad(`${where}: Bereich "${s.values}" ist keine Zeile oder Spalte`, `${whereEn}: range "${s.values}" is not a row or column`);
    if (nMonths !== nValues)
      return bad(
        `${where}: Monate (${nMonths}) und Werte (${nValues}) sind unterschiedlich lang`,
        `${whereEn}: months (${nMonths}) and values (${nValues}) differ in length`,
      );
    if (s.vintage !== undefined && s.vintage !== "t-0" && s.vintage !== "t-3")
      return bad(`${where}: Wartezeit "${String(s.vintage)}" (erlaubt: t-0, t-3)`, `${whereEn}: vintage must be t-0 or t-3`);
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
  const r = parseA1Range(range);
  if (!r) return [];
  const out: { row: number; col: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push({ row, col });
  return out;
}

/**
 * Vintages never mix in one evaluation. A series without a vintage of its own serves every vintage (stocks
 * in a workbook that revises only flows); but one that sits on a sheet of another vintage – a range mapped
 * by hand onto the t-3 sheet while t-0 is evaluated – would mix them in silence: that is refused, naming
 * the series.
 */
import type { Vintage } from "../domain/evaluation";
import { parseVintage } from "./cells";
import type { DetectedSeries, Problem } from "./types";
import { message } from "../domain/messages";

/** The vintage a sheet stands for: named in its name, or the one vintage of every labelled series on it. */
function sheetVintage(sheet: string, all: readonly DetectedSeries[]): Vintage | null {
  const named = parseVintage(sheet);
  if (named) return named;
  const found = new Set(all.filter((s) => s.source.sheet === sheet && s.vintage !== null).map((s) => s.vintage));
  return found.size === 1 ? [...found][0] : null;
}

export function mixedVintages(used: readonly DetectedSeries[], all: readonly DetectedSeries[], vintage: Vintage): Problem | null {
  const mixed: { series: DetectedSeries; sheet: string; other: Vintage }[] = [];
  for (const s of used) {
    if (s.vintage !== null) continue;
    const sheets = new Set([s.source.sheet, ...[...s.source.cells.values()].map((c) => c.sheet).filter((x): x is string => !!x)]);
    for (const sheet of sheets) {
      const other = sheetVintage(sheet, all);
      if (other !== null && other !== vintage) {
        mixed.push({ series: s, sheet, other });
        break;
      }
    }
  }
  if (mixed.length === 0) return null;
  const first = mixed[0];
  const list = mixed.map((m) => message("plan.mixedSeries", { name: message("indicator.name", { code: m.series.code }), sheet: m.sheet, range: m.series.source.range, other: m.other }));
  return {
    severity: "error",
    sheet: first.sheet,
    cell: first.series.source.range,
    message: message("plan.vintagesMixed", { vintage, list: message("list.comma", { items: list }), other: first.other }),
  };
}

/**
 * Vintages never mix in one evaluation. A series without a vintage of its own serves every vintage (stocks
 * in a workbook that revises only flows); but one that sits on a sheet of another vintage – a range mapped
 * by hand onto the t-3 sheet while t-0 is evaluated – would mix them in silence: that is refused, naming
 * the series. So is a series the user mapped only in another vintage than the one evaluated: the
 * mapping replaces the detector's series of its code, so the evaluation would lack it or read the other vintage.
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

interface Mixed {
  series: DetectedSeries;
  sheet: string;
  other: Vintage;
}

/** Unlabelled series used in `vintage` that stand on a sheet of another vintage. */
function unlabelledElsewhere(used: readonly DetectedSeries[], all: readonly DetectedSeries[], vintage: Vintage): Mixed[] {
  const mixed: Mixed[] = [];
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
  return mixed;
}

/** Series mapped by the user in another vintage than the one evaluated, where that vintage has no series of their code. */
function mappedElsewhere(all: readonly DetectedSeries[], vintage: Vintage): Mixed[] {
  const serves = (s: DetectedSeries) => all.some((o) => o.code === s.code && o.jobcenter === s.jobcenter && (o.vintage === vintage || o.vintage === null));
  return all
    .filter((s) => s.source.mapped && s.vintage !== null && s.vintage !== vintage && !serves(s))
    .map((s) => ({ series: s, sheet: s.source.sheet, other: s.vintage! }));
}

export function mixedVintages(used: readonly DetectedSeries[], all: readonly DetectedSeries[], vintage: Vintage): Problem | null {
  const mixed = [...mappedElsewhere(all, vintage), ...unlabelledElsewhere(used, all, vintage)];
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

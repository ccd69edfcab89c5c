/** Where a detected series is, for "Anzeigen" links: what to select and what the link says. */
import { formatArea, type Area } from "../workbook/areas";
import type { DetectedSeries } from "../workbook/types";

/** Exactly a series' cells ("B5:M5,B15:M15" – a transposed table's rows, not the block around them); its bounding range where it has no areas. */
export function seriesCells(s: DetectedSeries): { where: string | readonly Area[]; text: string } {
  const areas = s.source.areas;
  if (!areas || areas.length === 0) return { where: s.source.range, text: `${s.source.sheet}!${s.source.range}` };
  const parts = areas.map((a) => (a.sheet === s.source.sheet ? formatArea(a) : formatArea(a, { sheet: true })));
  return { where: areas, text: `${s.source.sheet}!${parts.join(",")}` };
}


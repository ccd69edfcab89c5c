/**
 * The legend that goes with the highlights in Excel: what each colour means, and which ranges were
 * coloured for which targets – on a sheet of its own that "Hervorhebung entfernen" deletes again.
 */
import { statusLabel, statusMeaning } from "../../domain/display";
import { formatYearMonth } from "../../domain/yearMonth";
import type { ResultsInput } from "../host";
import { LEGEND_STATUSES, STATUS_COLORS } from "./colors";
import type { HighlightPlan, LayoutCell, SheetLayout } from "./types";

export const LEGEND_SHEET_NAME = "Zielmonitor Legende";

export function legendLayout(plan: HighlightPlan, input: ResultsInput): SheetLayout {
  const cells: LayoutCell[] = [];
  const put = (row: number, col: number, cell: Omit<LayoutCell, "row" | "col">) => cells.push({ row, col, ...cell });
  put(0, 0, { value: "Hervorhebung der Zielerreichung", bold: true });
  put(1, 0, {
    value: `Berichtsmonat ${formatYearMonth(input.asOf)}, Wartezeit ${input.vintage}; Farben als bedingte Formate – „Hervorhebung entfernen“ nimmt sie und dieses Blatt wieder weg.`,
  });
  let row = 3;
  for (const s of LEGEND_STATUSES) {
    put(row, 0, { value: statusLabel(s), fill: STATUS_COLORS[s], bold: true });
    put(row, 1, { value: statusMeaning(s) });
    row++;
  }
  if (plan.mixedNote) put(row++, 0, { value: plan.mixedNote });
  put(row++, 0, {
    value: "Markiert sind die Monate, die jede Kennzahl liest: Zugänge Januar … Berichtsmonat, bei Quoten der Bestand je Vormonat (Dezember des Vorjahres … Vormonat des Berichtsmonats).",
  });
  row++;
  ["Blatt", "Bereich", "Farbe", "Ziele mit ihrem Status"].forEach((h, c) => put(row, c, { value: h, bold: true, fill: "D9E1F2" }));
  row++;
  for (const h of plan.cells) {
    put(row, 0, { value: h.sheet });
    put(row, 1, { value: h.address });
    put(row, 2, { value: statusLabel(h.status) + (h.mixed ? " (gemischt)" : ""), fill: h.color });
    put(row, 3, { value: h.note ?? `${h.targetIds.join(", ")}: ${statusLabel(h.status)}` });
    row++;
  }
  return { name: LEGEND_SHEET_NAME, cells, columnWidths: [22, 40, 22, 48], merges: [] };
}

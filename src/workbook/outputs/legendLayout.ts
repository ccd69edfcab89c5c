/**
 * The legend that goes with the highlights in Excel: what each colour means, and which ranges were
 * coloured for which targets – on a sheet of its own that "Hervorhebung entfernen" deletes again.
 */
import { statusLabel, statusMeaning } from "../../domain/display";
import { msg } from "../../domain/messages";
import { formatYearMonth } from "../../domain/yearMonth";
import { formatArea } from "../areas";
import type { ResultsInput } from "../host";
import { LEGEND_STATUSES, STATUS_COLORS } from "./colors";
import type { HighlightPlan, LayoutCell, SheetLayout } from "./types";

export const LEGEND_SHEET_NAME = "Zielmonitor Legende";

export function legendLayout(plan: HighlightPlan, input: ResultsInput): SheetLayout {
  const lang = input.lang ?? "de";
  const cells: LayoutCell[] = [];
  const put = (row: number, col: number, cell: Omit<LayoutCell, "row" | "col">) => cells.push({ row, col, ...cell });
  put(0, 0, { value: msg("legendSheet.title", undefined, lang), bold: true });
  put(1, 0, { value: msg("legendSheet.intro", { month: formatYearMonth(input.asOf, lang), vintage: input.vintage }, lang) });
  let row = 3;
  for (const s of LEGEND_STATUSES) {
    put(row, 0, { value: statusLabel(s, lang), fill: STATUS_COLORS[s], bold: true });
    put(row, 1, { value: statusMeaning(s, lang) });
    row++;
  }
  if (plan.mixedNote) put(row++, 0, { value: plan.mixedNote });
  put(row++, 0, { value: msg("legendSheet.months", undefined, lang) });
  row++;
  (["legendSheet.sheet", "legendSheet.range", "legendSheet.colour", "legendSheet.targets"] as const).forEach((h, c) =>
    put(row, c, { value: msg(h, undefined, lang), bold: true, fill: "D9E1F2" }),
  );
  row++;
  for (const h of plan.cells) {
    put(row, 0, { value: h.area.sheet });
    put(row, 1, { value: formatArea(h.area) });
    put(row, 2, { value: statusLabel(h.status, lang) + (h.mixed ? ` (${msg("legendSheet.mixed", undefined, lang)})` : ""), fill: h.color });
    put(row, 3, { value: h.note ?? `${h.targetIds.join(", ")}: ${statusLabel(h.status, lang)}` });
    row++;
  }
  return { name: LEGEND_SHEET_NAME, cells, columnWidths: [22, 40, 22, 48], merges: [] };
}

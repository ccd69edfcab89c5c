/**
 * The report's block "Veröffentlichte Kennzahlen (gleitend)": per Jobcenter the rolling monthly key figures
 * as BA Statistik and sgb2.info publish them for the report month (K1 … K3E1), each with its value and
 * unit, so a controller can hold Zielmonitor against the official figures. Where the workbook lacks
 * the data the value is "–" and a note says what is missing – never zero.
 */
import { indicatorName, publishedReason, type Lang } from "../../domain/display";
import type { IndicatorData } from "../../domain/evaluation";
import { msg } from "../../domain/messages";
import { PUBLISHED_ROLLING, publishedFigures } from "../../domain/rolling";
import { formatYearMonth } from "../../domain/yearMonth";
import type { EvaluatedJobcenter } from "../host";
import { FMT, shown, type CellDisplay } from "./cellFormats";
import type { LayoutCell, SheetLayout } from "./types";

/** Quotas and shares are levels over twelve months (20,43 %); K1, K1E1, K1E2 and K3 changes against the same month a year earlier. */
const QUOTA: CellDisplay = { scale: 1, format: FMT.percentLevel, decimals: 4 };
const CHANGE: CellDisplay = { scale: 1, format: FMT.percentChange, decimals: 3 };

export interface RollingRow {
  code: (typeof PUBLISHED_ROLLING)[number];
  value: number | null;
  display: CellDisplay;
  /** Why there is no value; absent when there is one. */
  note?: string;
}

/**
 * One row per published key figure, in BA's order; null and a note where the workbook lacks the data. The
 * value is the evaluation's (the CLI's JSON `rolling`), the reason the domain's, in the pane's words.
 */
export function rollingRows(jc: EvaluatedJobcenter, lang: Lang): RollingRow[] {
  const data: IndicatorData = {};
  for (const s of jc.series) if (!data[s.code]) data[s.code] = s.values;
  return publishedFigures(data, jc.evaluation.asOf).map((f) => {
    const display = f.kind === "quota" ? QUOTA : CHANGE;
    const value = jc.evaluation.rolling?.[f.code] ?? null;
    const note = value === null ? (publishedReason(f, lang) ?? msg("rolling.monthsMissing", undefined, lang)) : null;
    return note === null ? { code: f.code, value, display } : { code: f.code, value, display, note };
  });
}

/**
 * Puts the block from `row` in columns A–D (D merged to `lastCol` for the notes); returns the next free row.
 * Nothing when the Jobcenter's evaluation carries no rolling values at all (not computed).
 */
export function putRollingBlock(
  jc: EvaluatedJobcenter,
  lang: Lang,
  row: number,
  lastCol: number,
  put: (row: number, col: number, cell: Omit<LayoutCell, "row" | "col">) => void,
  merges: SheetLayout["merges"],
): number {
  if (jc.evaluation.rolling === undefined) return row;
  put(row, 0, { value: `${msg("rolling.title", undefined, lang)} – ${formatYearMonth(jc.evaluation.asOf, lang)}`, bold: true });
  row++;
  [
    msg("rolling.code", undefined, lang),
    msg("label.unit", undefined, lang),
    msg("rolling.value", undefined, lang),
    msg("rolling.note", undefined, lang),
  ].forEach((h, c) => put(row, c, { value: h, bold: true, fill: "DDEBF7" }));
  row++;
  for (const r of rollingRows(jc, lang)) {
    const unit = msg(r.display === QUOTA ? "rolling.unitQuota" : "rolling.unitChange", undefined, lang);
    put(row, 0, { value: msg("rolling.label", { code: r.code }, lang) });
    put(row, 1, { value: `${indicatorName(r.code, lang)} – ${unit}`, wrap: true });
    put(row, 2, r.value === null ? { value: "–" } : { value: shown(r.value, r.display), numberFormat: r.display.format });
    if (r.note) {
      put(row, 3, { value: r.note, wrap: true });
      merges.push({ top: row, left: 3, bottom: row, right: lastCol });
    }
    row++;
  }
  return row + 1;
}

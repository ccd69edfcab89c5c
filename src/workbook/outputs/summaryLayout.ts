/**
 * The sheet "Zielerreichung": per Jobcenter and target the JFW, previous year, change, target, status,
 * in-year target, forecast and shortfall – as SGBII formulas on the data cells where possible, with the
 * engine's values cached – then the monitoring figures of goal I and the legend of the highlights.
 */
import { indicatorName, statusLabel, statusMeaning } from "../../domain/display";
import { msg } from "../../domain/messages";
import { LOCALES } from "../../domain/messages/locale";
import { formatYearMonth } from "../../domain/yearMonth";
import { cellAddress } from "../areas";
import type { ResultsInput } from "../host";
import { LEGEND_STATUSES, STATUS_COLORS } from "./colors";
import { changeDisplay, guardBlanks, jfwFormulas, levelDisplay, shown } from "./figureCells";
import { withRowHeights } from "./rowHeights";
import { sheetColumns } from "./summaryFormulas";
import { SUMMARY_COLUMNS, type TargetColumnId } from "./targetColumns";
import type { LayoutCell, SheetLayout } from "./types";

export const SUMMARY_SHEET_NAME = "Zielerreichung";

export function summaryLayout(input: ResultsInput): SheetLayout {
  const lang = input.lang ?? "de";
  const t = (code: Parameters<typeof msg>[0], params?: never) => msg(code, params, lang);
  const cells: LayoutCell[] = [];
  // Every formula guarded: a blank data cell gives #N/A, never 0 (Excel desktop passes blanks as 0).
  const put = (row: number, col: number, cell: Omit<LayoutCell, "row" | "col">) =>
    cells.push({ row, col, ...cell, ...(cell.formula ? { formula: guardBlanks(cell.formula) } : {}) });
  const jcNames = input.jobcenters.map((j) => j.jobcenter.name || j.jobcenter.key).filter(Boolean);
  const title = msg("summary.title", { year: input.targetSet.year }, lang);
  const month = formatYearMonth(input.asOf, lang);
  const created = input.createdAt.toLocaleDateString(LOCALES[lang].intl);
  const columns = sheetColumns(SUMMARY_COLUMNS);
  const colOf = (id: TargetColumnId) => SUMMARY_COLUMNS.indexOf(id);
  put(0, 0, { value: title, bold: true });
  put(1, 0, { value: t("sheet.jobcenter") });
  put(1, 1, { value: jcNames.join(", ") || input.targetSet.jobcenter || "–" });
  put(2, 0, { value: t("sheet.reportMonth") });
  put(2, 1, { value: month });
  put(3, 0, { value: t("sheet.vintage") });
  put(3, 1, { value: input.vintage });
  put(4, 0, { value: t("sheet.created") });
  put(4, 1, { value: created });
  put(5, 0, { value: t("summary.note"), wrap: true });
  let row = 7;
  for (const jc of input.jobcenters) {
    if (input.jobcenters.length > 1 || jc.jobcenter.name) {
      put(row, 0, {
        value: [jc.jobcenter.name, jc.jobcenter.key && `(${jc.jobcenter.key})`].filter(Boolean).join(" "),
        bold: true,
      });
      row++;
    }
    columns.forEach((c, col) => put(row, col, { value: t(c.header), bold: true, fill: "D9E1F2", wrap: true }));
    row++;
    for (const e of jc.evaluation.targets) {
      const r = row;
      const ctx = { series: jc.series, at: (id: TargetColumnId) => cellAddress(r, colOf(id)) };
      columns.forEach((c, col) =>
        put(row, col, {
          value: c.value(e, lang),
          ...(c.format ? { numberFormat: c.format(e) } : {}),
          ...(c.formula?.(e, ctx) ? { formula: c.formula(e, ctx)! } : {}),
          ...(c.bold ? { bold: true } : {}),
          ...(c.wrap ? { wrap: true } : {}),
          ...(c.fill ? { fill: c.fill(e) } : {}),
        }),
      );
      row++;
    }
    if (jc.evaluation.monitoring.length > 0) {
      row++;
      [t("summary.monitoring"), t("col.indicator"), "", t("col.current"), t("col.previous"), t("col.change")].forEach((h, c) =>
        put(row, c, { value: h, bold: true, fill: "DDEBF7" }),
      );
      row++;
      for (const m of jc.evaluation.monitoring) {
        const code = m.item.indicator;
        const level = levelDisplay(code);
        const f = jfwFormulas(code, m.asOf, jc.series);
        put(row, 0, { value: m.item.id });
        put(row, 1, { value: indicatorName(code, lang) });
        put(row, 2, { value: m.item.wording, wrap: true });
        put(row, 3, { value: shown(m.current, level), formula: f.current ?? undefined, numberFormat: level.format });
        put(row, 4, { value: shown(m.previous, level), formula: f.previous ?? undefined, numberFormat: level.format });
        put(row, 5, { value: shown(m.change, changeDisplay(m.changeUnit)), numberFormat: changeDisplay(m.changeUnit).format });
        put(row, colOf("status"), { value: statusLabel("monitoring", lang), fill: STATUS_COLORS.monitoring });
        row++;
      }
    }
    row++;
  }
  put(row, 0, { value: t("summary.legend"), bold: true });
  row++;
  for (const s of LEGEND_STATUSES) {
    put(row, 0, { value: statusLabel(s, lang), fill: STATUS_COLORS[s] });
    put(row, 1, { value: statusMeaning(s, lang) });
    row++;
  }
  return withRowHeights({
    name: SUMMARY_SHEET_NAME,
    cells,
    columnWidths: [10, 30, 50, 13, 13, 13, 11, 14, 17, 11, 14, 14, 14, 12, 10, 13, 13],
    merges: [{ top: 5, left: 0, bottom: 5, right: 8 }],
    // Printed like the report: A4 landscape, all columns on the width of one page; the header stays
    // short (Excel allows 255 characters) – the Jobcenters are named on the sheet.
    pageSetup: { paper: "A4", orientation: "landscape", fitToWidth: 1 },
    header: `&L&"-,Bold"${title}&R${msg("sheet.monthVintage", { month, vintage: input.vintage }, lang)}`,
    footer: `&L${msg("sheet.footer", { created }, lang)}&R${msg("sheet.pageOf", { page: "&P", pages: "&N" }, lang)}`,
  });
}

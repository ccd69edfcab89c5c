/**
 * The print-ready report for the Steuerungsdialog: A4 landscape, one page per Jobcenter, per goal the
 * agreed wording and the figures, a line chart per target ("are we on track?": per month the distance
 * to the in-year target in the target's unit, the target as the zero line, on an axis symmetric around
 * zero with a minimum band, values labelled, 9 pt text; from a small table in hidden columns), and the
 * monitoring figures of goal I. Values only: a report
 * is a record of what was known at the report month.
 */
import { formatChange, indicatorName, statusLabel } from "../../domain/display";
import { INDICATORS } from "../../domain/indicators";
import { msg } from "../../domain/messages";
import { LOCALES } from "../../domain/messages/locale";
import { distanceHalfRange, distanceToPath } from "../../domain/pathDistance";
import { formatYearMonth, monthNames, parseYearMonth } from "../../domain/yearMonth";
import { rangeAddress } from "../areas";
import type { ResultsInput } from "../host";
import { changeDisplay, levelDisplay, shown } from "./cellFormats";
import { niceAxis } from "./niceAxis";
import { putRollingBlock } from "./rollingBlock";
import { withRowHeights } from "./rowHeights";
import { REPORT_COLUMNS, TARGET_COLUMNS } from "./targetColumns";
import type { ChartLayout, LayoutCell, ReportLayout } from "./types";

export const REPORT_SHEET_NAME = "Bericht Steuerungsdialog";

const CHART_COLS = 5;
const CHART_ROWS = 16;
/** First (hidden) column of the charts' data, right of the report's columns and a spare one. */
const DATA_COL = REPORT_COLUMNS.length;

export function reportLayout(input: ResultsInput): ReportLayout {
  const lang = input.lang ?? "de";
  const cells: LayoutCell[] = [];
  const merges: ReportLayout["merges"] = [];
  const charts: ChartLayout[] = [];
  const rowBreaks: number[] = [];
  const put = (row: number, col: number, cell: Omit<LayoutCell, "row" | "col">) => cells.push({ row, col, ...cell });
  const month = formatYearMonth(input.asOf, lang);
  const created = input.createdAt.toLocaleDateString(LOCALES[lang].intl);
  const title = msg("report.title", { year: input.targetSet.year }, lang);
  const distanceName = msg("figure.distanceInYear", undefined, lang);
  const targetLine = msg("chart.targetLine", undefined, lang);
  const { month: m } = parseYearMonth(input.asOf);
  const monthLabels = monthNames(lang)
    .slice(0, m)
    .map((n) => n.slice(0, 3));

  let row = 0;
  let dataCols = 0;
  input.jobcenters.forEach((jc, index) => {
    if (index > 0) rowBreaks.push(row);
    const name = jc.jobcenter.name || input.targetSet.jobcenter || jc.jobcenter.key || msg("sheet.jobcenter", undefined, lang);
    const judged = jc.evaluation.targets.filter((e) => e.path.length > 0);
    // The sheet's header is the same on every page, so each page of a Jobcenter starts with its name.
    const pages = judged.length > 0 ? 2 : 1;
    const pageTitle = (page: number) =>
      `${title} – ${name}${jc.jobcenter.key ? ` (${jc.jobcenter.key})` : ""}${pages > 1 ? ` – ${msg("sheet.pageOf", { page: String(page), pages: String(pages) }, lang)}` : ""}`;
    put(row, 0, { value: pageTitle(1), bold: true });
    row++;
    put(row, 0, { value: msg("report.subtitle", { month, vintage: input.vintage, created }, lang) });
    row += 2;
    for (const goal of ["II", "III"] as const) {
      const evals = jc.evaluation.targets.filter((e) => e.target.goal === goal);
      if (evals.length === 0) continue;
      put(row, 0, { value: msg(`goal.${goal}`, undefined, lang), bold: true });
      row++;
      REPORT_COLUMNS.forEach((id, c) => put(row, c, { value: msg(TARGET_COLUMNS[id].header, undefined, lang), bold: true, fill: "D9E1F2", wrap: true }));
      row++;
      // Values only (a record of the report month); no value is "–", never a blank that reads as zero.
      for (const e of evals) {
        REPORT_COLUMNS.forEach((id, c) => {
          const col = TARGET_COLUMNS[id];
          // The target as the agreement reads it, with its direction ("≥ +1,9 %").
          const value = id === "target" ? col.text(e, lang) : col.value(e, lang);
          put(row, c, {
            value: value ?? "–",
            ...(col.format && id !== "target" ? { numberFormat: col.format(e) } : {}),
            ...(col.bold ? { bold: true } : {}),
            ...(col.wrap ? { wrap: true } : {}),
            ...(col.fill ? { fill: col.fill(e) } : {}),
          });
        });
        row++;
      }
      row++;
    }
    if (jc.evaluation.monitoring.length > 0) {
      put(row, 0, { value: msg("goal.I", undefined, lang), bold: true });
      row++;
      ["", msg("col.indicator", undefined, lang), msg("col.current", undefined, lang), msg("col.previous", undefined, lang), msg("col.change", undefined, lang)].forEach((h, c) =>
        put(row, c, { value: h, bold: true, fill: "DDEBF7" }),
      );
      row++;
      for (const mon of jc.evaluation.monitoring) {
        const code = mon.item.indicator;
        const level = levelDisplay(code);
        const change = changeDisplay(mon.changeUnit);
        put(row, 0, { value: mon.item.id });
        put(row, 1, { value: `${indicatorName(code, lang)} – ${mon.item.wording}`, wrap: true });
        put(row, 2, { value: shown(mon.current, level) ?? "–", numberFormat: level.format });
        put(row, 3, { value: shown(mon.previous, level) ?? "–", numberFormat: level.format });
        put(row, 4, { value: shown(mon.change, change) ?? "–", numberFormat: change.format });
        row++;
      }
      row++;
    }
    row = putRollingBlock(jc, lang, row, REPORT_COLUMNS.length - 1, put, merges);

    // Charts on a page of their own (none is cut by a page break), two per row; their data (Monat | Abstand |
    // Ziel per target) sits to the right in hidden columns, so the printed page shows only the charts.
    if (judged.length > 0) {
      rowBreaks.push(row);
      put(row, 0, { value: pageTitle(2), bold: true });
      row += 2;
    }
    const chartTop = row;
    judged.forEach((e, i) => {
      const code = e.target.indicator;
      const unit = e.target.unit;
      // The distance in the target's unit: per cent relative to the path, points in Pp., counts as numbers
      // (a count target on a rate – a level in per cent – as points).
      const rate = unit === "count" && INDICATORS[code].unit === "fraction";
      const shownUnit = rate ? "points" : unit;
      const display = changeDisplay(shownUnit);
      const distances = e.path.map((p) => distanceToPath(unit, p));
      const col = DATA_COL + i * 3;
      const top = chartTop;
      // For an "at most" target the line should stay below zero: the series says so.
      const seriesName = e.target.direction === "<=" ? `${distanceName} (${msg("chart.better", { direction: "<=" }, lang)})` : distanceName;
      put(top, col, { value: e.target.id, bold: true });
      put(top, col + 1, { value: seriesName, bold: true });
      put(top, col + 2, { value: targetLine, bold: true });
      e.path.forEach((_, k) => {
        put(top + 1 + k, col, { value: monthLabels[k] });
        // A distance the label shows as zero is written as 0 (no "-0,0 %").
        put(top + 1 + k, col + 1, { value: shown(distances[k], display), numberFormat: display.format });
        put(top + 1 + k, col + 2, { value: 0, numberFormat: display.format });
      });
      const half =
        distanceHalfRange(
          shownUnit,
          distances.filter((d): d is number => d !== null),
        ) * display.scale;
      const first = top + 1;
      const last = top + e.path.length;
      const anchorRow = chartTop + Math.floor(i / 2) * (CHART_ROWS + 1);
      const anchorCol = (i % 2) * CHART_COLS;
      charts.push({
        title: `${e.target.id} ${indicatorName(code, lang)}: ${statusLabel(e.status, lang)}`,
        categories: rangeAddress(first, col, last, col),
        series: [
          { name: seriesName, values: rangeAddress(first, col + 1, last, col + 1), color: "0F6CBD", dataLabels: true },
          { name: targetLine, values: rangeAddress(first, col + 2, last, col + 2), color: "C50F1F", dashed: true },
        ],
        anchor: {
          fromCol: anchorCol,
          fromRow: anchorRow,
          toCol: anchorCol + CHART_COLS,
          toRow: anchorRow + CHART_ROWS,
        },
        valueFormat: display.format,
        axis: niceAxis(half),
        textSize: 9,
      });
    });
    dataCols = Math.max(dataCols, judged.length * 3);
    row = Math.max(chartTop + Math.ceil(judged.length / 2) * (CHART_ROWS + 1), judged.length > 0 ? chartTop + m + 1 : chartTop);
    put(row, 0, {
      value: msg(
        "report.reading",
        {
          met: statusLabel("met", lang),
          missed: statusLabel("missed", lang),
          onTrack: statusLabel("onTrack", lang),
          atRisk: statusLabel("atRisk", lang),
          percent: formatChange("percent", 0.001, lang),
          points: formatChange("points", 0.001, lang),
        },
        lang,
      ),
      wrap: true,
    });
    merges.push({ top: row, left: 0, bottom: row, right: REPORT_COLUMNS.length - 1 });
    row += 2;
  });

  // Generic: Excel's header is the same on every page; each page names its Jobcenter in its first row.
  const header = `&L&"-,Bold"${title}&R${msg("sheet.monthVintage", { month, vintage: input.vintage }, lang)}`;
  const footer = `&L${msg("sheet.footer", { created }, lang)}&R${msg("sheet.pageOf", { page: "&P", pages: "&N" }, lang)}`;
  return withRowHeights({
    name: REPORT_SHEET_NAME,
    cells,
    columnWidths: [9, 44, 12, 12, 12, 12, 16, 12, 13, 11, 11],
    merges,
    hiddenColumns: Array.from({ length: dataCols }, (_, i) => DATA_COL + i),
    pageSetup: { paper: "A4", orientation: "landscape", fitToWidth: 1 },
    header,
    footer,
    rowBreaks,
    charts,
  });
}

/**
 * The print-ready report for the Steuerungsdialog: A4 landscape, one page per Jobcenter, per goal the
 * agreed wording and the figures, a line chart per target ("are we on track?": per month the distance
 * to the in-year target in the target's unit, the target as the zero line, on an axis symmetric around
 * zero with a minimum band, values labelled, 9 pt text; from a small table in hidden columns), and the
 * monitoring figures of goal I. Values only: a report
 * is a record of what was known at the report month.
 */
import { formatChange, formatTarget, indicatorName, statusLabel } from "../../domain/display";
import { INDICATORS } from "../../domain/indicators";
import { distanceHalfRange, distanceToPath } from "../../domain/pathDistance";
import { formatYearMonth, monthNames, parseYearMonth } from "../../domain/yearMonth";
import { rangeAddress } from "../areas";
import type { ResultsInput } from "../host";
import { STATUS_COLORS } from "./colors";
import { changeDisplay, levelDisplay, scaled } from "./figureCells";
import { niceAxis } from "./niceAxis";
import { withRowHeights } from "./rowHeights";
import type { ChartLayout, LayoutCell, ReportLayout } from "./types";

export const REPORT_SHEET_NAME = "Bericht Steuerungsdialog";

const GOAL_TITLES: Record<string, string> = {
  I: "Ziel I – Verringerung der Hilfebedürftigkeit (Monitoring)",
  II: "Ziel II – Verbesserung der Integration in Erwerbstätigkeit",
  III: "Ziel III – Vermeidung von langfristigem Leistungsbezug",
};

const HEADER = [
  "Ziel",
  "Vereinbarung",
  "JFW",
  "Vorjahr",
  "Veränderung",
  "Zielwert",
  "Status",
  "unterj. Ziel",
  "Prognose Dez.",
  "Restbedarf bis Dez.",
  "Erreichungsgrad",
];
const CHART_COLS = 5;
const CHART_ROWS = 16;
const DISTANCE = "Abstand zum unterjährigen Ziel";
const TARGET_LINE = "unterjähriges Ziel";
/** First (hidden) column of the charts' data, right of the report's ten columns and a spare one. */
const DATA_COL = 11;

export function reportLayout(input: ResultsInput): ReportLayout {
  const cells: LayoutCell[] = [];
  const merges: ReportLayout["merges"] = [];
  const charts: ChartLayout[] = [];
  const rowBreaks: number[] = [];
  const put = (row: number, col: number, cell: Omit<LayoutCell, "row" | "col">) => cells.push({ row, col, ...cell });
  const month = formatYearMonth(input.asOf);
  const created = input.createdAt.toLocaleDateString("de-DE");
  const { month: m } = parseYearMonth(input.asOf);
  const monthLabels = monthNames("de")
    .slice(0, m)
    .map((n) => n.slice(0, 3));

  let row = 0;
  let dataCols = 0;
  input.jobcenters.forEach((jc, index) => {
    if (index > 0) rowBreaks.push(row);
    const name = jc.jobcenter.name || input.targetSet.jobcenter || jc.jobcenter.key || "Jobcenter";
    const judged = jc.evaluation.targets.filter((e) => e.path.length > 0);
    // The sheet's header is the same on every page, so each page of a Jobcenter starts with its name.
    const pages = judged.length > 0 ? 2 : 1;
    const pageTitle = (page: number) =>
      `Steuerungsdialog ${input.targetSet.year} – ${name}${jc.jobcenter.key ? ` (${jc.jobcenter.key})` : ""}${pages > 1 ? ` – Seite ${page} von ${pages}` : ""}`;
    put(row, 0, { value: pageTitle(1), bold: true });
    row++;
    put(row, 0, {
      value: `Jahresfortschrittswerte ${month}, Wartezeit ${input.vintage}, erstellt am ${created}`,
    });
    row += 2;
    for (const goal of ["II", "III"] as const) {
      const evals = jc.evaluation.targets.filter((e) => e.target.goal === goal);
      if (evals.length === 0) continue;
      put(row, 0, { value: GOAL_TITLES[goal], bold: true });
      row++;
      HEADER.forEach((h, c) => put(row, c, { value: h, bold: true, fill: "D9E1F2", wrap: true }));
      row++;
      for (const e of evals) {
        const code = e.target.indicator;
        const level = levelDisplay(code);
        const change = changeDisplay(e.target.unit);
        put(row, 0, { value: e.target.id, bold: true });
        put(row, 1, {
          value: `${indicatorName(code)}: ${e.target.wording || formatTarget(e.target)}`,
          wrap: true,
        });
        put(row, 2, {
          value: scaled(e.current, level.scale),
          numberFormat: level.format,
        });
        put(row, 3, {
          value: scaled(e.previous, level.scale),
          numberFormat: level.format,
        });
        put(row, 4, {
          value: scaled(e.change, change.scale),
          numberFormat: change.format,
        });
        put(row, 5, { value: formatTarget(e.target) });
        put(row, 6, {
          value: statusLabel(e.status) + (e.narrowlyMissed ? " (knapp)" : ""),
          fill: STATUS_COLORS[e.status],
          bold: true,
        });
        put(row, 7, {
          value: scaled(e.inYearTarget, level.scale),
          numberFormat: level.format,
        });
        put(row, 8, {
          value: scaled(e.forecast.seasonal, level.scale),
          numberFormat: level.format,
        });
        put(row, 9, {
          value: e.shortfall ? e.shortfall.total : "–",
          numberFormat: "#,##0",
        });
        // Degree of attainment of a count target: the JFW as a share of the agreed level (580 of 672 = 86,3 %).
        put(row, 10, {
          value: e.attainment ?? "–",
          numberFormat: "0.0%",
        });
        row++;
      }
      row++;
    }
    if (jc.evaluation.monitoring.length > 0) {
      put(row, 0, { value: GOAL_TITLES.I, bold: true });
      row++;
      ["", "Indikator", "JFW", "Vorjahr", "Veränderung"].forEach((h, c) => put(row, c, { value: h, bold: true, fill: "DDEBF7" }));
      row++;
      for (const mon of jc.evaluation.monitoring) {
        const code = mon.item.indicator;
        const level = levelDisplay(code);
        const change = changeDisplay(mon.changeUnit);
        put(row, 0, { value: mon.item.id });
        put(row, 1, {
          value: `${indicatorName(code)} – ${mon.item.wording}`,
          wrap: true,
        });
        put(row, 2, {
          value: scaled(mon.current, level.scale),
          numberFormat: level.format,
        });
        put(row, 3, {
          value: scaled(mon.previous, level.scale),
          numberFormat: level.format,
        });
        put(row, 4, {
          value: scaled(mon.change, change.scale),
          numberFormat: change.format,
        });
        row++;
      }
      row++;
    }

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
      const shown = changeDisplay(shownUnit);
      const distances = e.path.map((p) => distanceToPath(unit, p));
      const col = DATA_COL + i * 3;
      const top = chartTop;
      put(top, col, { value: e.target.id, bold: true });
      put(top, col + 1, { value: DISTANCE, bold: true });
      put(top, col + 2, { value: TARGET_LINE, bold: true });
      e.path.forEach((_, k) => {
        put(top + 1 + k, col, { value: monthLabels[k] });
        put(top + 1 + k, col + 1, { value: scaled(distances[k], shown.scale), numberFormat: shown.format });
        put(top + 1 + k, col + 2, { value: 0, numberFormat: shown.format });
      });
      const half =
        distanceHalfRange(
          shownUnit,
          distances.filter((d): d is number => d !== null),
        ) * shown.scale;
      const first = top + 1;
      const last = top + e.path.length;
      const anchorRow = chartTop + Math.floor(i / 2) * (CHART_ROWS + 1);
      const anchorCol = (i % 2) * CHART_COLS;
      charts.push({
        title: `${e.target.id} ${indicatorName(code)}: ${statusLabel(e.status)}`,
        categories: rangeAddress(first, col, last, col),
        series: [
          { name: DISTANCE, values: rangeAddress(first, col + 1, last, col + 1), color: "0F6CBD", dataLabels: true },
          { name: TARGET_LINE, values: rangeAddress(first, col + 2, last, col + 2), color: "C50F1F", dashed: true },
        ],
        anchor: {
          fromCol: anchorCol,
          fromRow: anchorRow,
          toCol: anchorCol + CHART_COLS,
          toRow: anchorRow + CHART_ROWS,
        },
        valueFormat: shown.format,
        axis: niceAxis(half),
        textSize: 9,
      });
    });
    dataCols = Math.max(dataCols, judged.length * 3);
    row = Math.max(chartTop + Math.ceil(judged.length / 2) * (CHART_ROWS + 1), judged.length > 0 ? chartTop + m + 1 : chartTop);
    put(row, 0, {
      value: `Bewertung: ${statusLabel("met")} / ${statusLabel("missed")} gelten für das Jahresergebnis (Dezember), ${statusLabel("onTrack")} / ${statusLabel("atRisk")} vergleichen mit dem unterjährigen Ziel (Vorjahresverlauf × Ziel). Veränderungen: ${formatChange("percent", 0.001)} = relativ, ${formatChange("points", 0.001)} = Prozentpunkte.`,
      wrap: true,
    });
    merges.push({ top: row, left: 0, bottom: row, right: HEADER.length - 1 });
    row += 2;
  });

  // Generic: Excel's header is the same on every page; each page names its Jobcenter in its first row.
  const header = `&L&"-,Bold"Steuerungsdialog ${input.targetSet.year}&RBerichtsmonat ${month}, Wartezeit ${input.vintage}`;
  const footer = `&LErstellt am ${created} mit Zielmonitor&RSeite &P von &N`;
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

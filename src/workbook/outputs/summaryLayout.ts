/**
 * The sheet "Zielerreichung": per Jobcenter and target the JFW, previous year, change, target, status,
 * in-year target, forecast and shortfall – as SGBII formulas on the data cells where possible, with the
 * engine's values cached – then the monitoring figures of goal I and the legend of the highlights.
 */
import { formatTarget, indicatorName, statusLabel, statusMeaning, targetCell, unitLabel } from "../../domain/display";
import { formatYearMonth } from "../../domain/yearMonth";
import { cellAddress } from "../areas";
import type { ResultsInput } from "../host";
import { LEGEND_STATUSES, STATUS_COLORS } from "./colors";
import { changeDisplay, changeFormula, distanceDisplay, flowFormulas, guardBlanks, jfwFormulas, levelDisplay, scaled } from "./figureCells";
import { withRowHeights } from "./rowHeights";
import type { LayoutCell, SheetLayout } from "./types";

export const SUMMARY_SHEET_NAME = "Zielerreichung";

export const SUMMARY_HEADER = [
  "Ziel",
  "Indikator",
  "Formulierung der Vereinbarung",
  "JFW",
  "Vorjahr",
  "Veränderung",
  "Zielwert",
  "Einheit",
  "Status",
  "Ziel erfüllt?",
  "unterjähriges Ziel",
  "Prognose Dez. (saisonal)",
  "Prognose Dez. (linear)",
  "Restbedarf bis Dez.",
  "je Restmonat",
  "Abstand zum unterj. Ziel",
  "Erreichungsgrad",
];

export function summaryLayout(input: ResultsInput): SheetLayout {
  const cells: LayoutCell[] = [];
  // Every formula guarded: a blank data cell gives #N/A, never 0 (Excel desktop passes blanks as 0).
  const put = (row: number, col: number, cell: Omit<LayoutCell, "row" | "col">) =>
    cells.push({ row, col, ...cell, ...(cell.formula ? { formula: guardBlanks(cell.formula) } : {}) });
  const jcNames = input.jobcenters.map((j) => j.jobcenter.name || j.jobcenter.key).filter(Boolean);
  const title = `Zielerreichung ${input.targetSet.year}`;
  const month = formatYearMonth(input.asOf);
  const created = input.createdAt.toLocaleDateString("de-DE");
  put(0, 0, { value: title, bold: true });
  put(1, 0, { value: "Jobcenter" });
  put(1, 1, { value: jcNames.join(", ") || input.targetSet.jobcenter || "–" });
  put(2, 0, { value: "Berichtsmonat" });
  put(2, 1, { value: month });
  put(3, 0, { value: "Wartezeit" });
  put(3, 1, { value: input.vintage });
  put(4, 0, { value: "Erstellt am" });
  put(4, 1, { value: created });
  put(5, 0, {
    value:
      "JFW, Vorjahr und Veränderung rechnen mit SGBII-Funktionen aus den Datenzellen nach (Add-in Zielmonitor); ohne Add-in zeigen die Zellen die zuletzt berechneten Werte. Prozentpunkte sind als „Pp.“ ausgewiesen.",
    wrap: true,
  });
  let row = 7;
  for (const jc of input.jobcenters) {
    if (input.jobcenters.length > 1 || jc.jobcenter.name) {
      put(row, 0, {
        value: [jc.jobcenter.name, jc.jobcenter.key && `(${jc.jobcenter.key})`].filter(Boolean).join(" "),
        bold: true,
      });
      row++;
    }
    SUMMARY_HEADER.forEach((h, c) => put(row, c, { value: h, bold: true, fill: "D9E1F2", wrap: true }));
    row++;
    for (const e of jc.evaluation.targets) {
      const code = e.target.indicator;
      const level = levelDisplay(code);
      const change = changeDisplay(e.target.unit);
      const f = jfwFormulas(code, e.asOf, jc.series, e.target.gapMode);
      const flows = flowFormulas(e, jc.series);
      const cur = cellAddress(row, 3);
      const prev = cellAddress(row, 4);
      const chg = cellAddress(row, 5);
      put(row, 0, { value: e.target.id, bold: true });
      put(row, 1, { value: indicatorName(code) });
      put(row, 2, {
        value: e.target.wording || formatTarget(e.target),
        wrap: true,
      });
      put(row, 3, {
        value: scaled(e.current, level.scale),
        formula: f.current ?? undefined,
        numberFormat: level.format,
      });
      put(row, 4, {
        value: scaled(e.previous, level.scale),
        formula: f.previous ?? undefined,
        numberFormat: level.format,
      });
      // The change recomputed from the data cells where they allow it, else from the two cells beside it.
      const fromCells =
        e.target.unit === "percent"
          ? `=SGBII.CHANGE(${cur},${prev})`
          : e.target.unit === "points"
            ? level.scale === 100
              ? `=SGBII.CHANGE(${cur},${prev},"pp")`
              : `=SGBII.CHANGE(${cur},${prev},"pp")*100`
            : `=${cur}-${prev}`;
      put(row, 5, {
        value: scaled(e.change, change.scale),
        formula: e.change !== null ? (changeFormula(e, jc.series) ?? fromCells) : undefined,
        numberFormat: change.format,
      });
      put(row, 6, targetCell(e.target)); // the target in its own precision (−0,25 % stays −0,25 %)
      put(row, 7, { value: unitLabel(e.target.unit) });
      put(row, 8, {
        value: statusLabel(e.status) + (e.narrowlyMissed ? " (knapp)" : ""),
        fill: STATUS_COLORS[e.status],
        bold: true,
      });
      const dir = `"${e.target.direction}"`;
      const metFormula =
        e.target.unit === "count"
          ? `=SGBII.TARGETMET(${cur},${cellAddress(row, 10)},${dir})`
          : e.target.unit === "points"
            ? `=SGBII.TARGETMET(${chg}/100,${e.target.value},${dir})`
            : `=SGBII.TARGETMET(${chg},${e.target.value},${dir})`;
      put(row, 9, {
        value: e.met,
        formula: e.met !== null ? metFormula : undefined,
      });
      put(row, 10, {
        value: scaled(e.inYearTarget, level.scale),
        numberFormat: level.format,
      });
      put(row, 11, {
        value: scaled(e.forecast.seasonal, level.scale),
        formula: flows.forecast ?? undefined,
        numberFormat: level.format,
      });
      put(row, 12, {
        value: scaled(e.forecast.linear, level.scale),
        numberFormat: level.format,
      });
      put(row, 13, {
        value: e.shortfall?.total ?? null,
        formula: flows.shortfall ?? undefined,
        numberFormat: "#,##0",
      });
      put(row, 14, {
        value: e.shortfall?.perMonth ?? null,
        numberFormat: "#,##0.0",
      });
      // The distance now to the in-year level (quotas in points): negative = behind the path.
      const distance = distanceDisplay(code);
      put(row, 15, {
        value: scaled(e.distanceToInYearTarget ?? null, distance.scale),
        numberFormat: distance.format,
      });
      put(row, 16, { value: e.attainment ?? null, numberFormat: "0.0%" });
      row++;
    }
    if (jc.evaluation.monitoring.length > 0) {
      row++;
      ["Monitoring (Ziel I)", "Indikator", "", "JFW", "Vorjahr", "Veränderung"].forEach((h, c) => put(row, c, { value: h, bold: true, fill: "DDEBF7" }));
      row++;
      for (const m of jc.evaluation.monitoring) {
        const code = m.item.indicator;
        const level = levelDisplay(code);
        const change = changeDisplay(m.changeUnit);
        const f = jfwFormulas(code, m.asOf, jc.series);
        put(row, 0, { value: m.item.id });
        put(row, 1, { value: indicatorName(code) });
        put(row, 2, { value: m.item.wording, wrap: true });
        put(row, 3, {
          value: scaled(m.current, level.scale),
          formula: f.current ?? undefined,
          numberFormat: level.format,
        });
        put(row, 4, {
          value: scaled(m.previous, level.scale),
          formula: f.previous ?? undefined,
          numberFormat: level.format,
        });
        put(row, 5, {
          value: scaled(m.change, change.scale),
          numberFormat: change.format,
        });
        put(row, 8, {
          value: statusLabel("monitoring"),
          fill: STATUS_COLORS.monitoring,
        });
        row++;
      }
    }
    row++;
  }
  put(row, 0, {
    value: "Legende der Hervorhebung in den Datenzellen",
    bold: true,
  });
  row++;
  for (const s of LEGEND_STATUSES) {
    put(row, 0, { value: statusLabel(s), fill: STATUS_COLORS[s] });
    put(row, 1, { value: statusMeaning(s) });
    row++;
  }
  return withRowHeights({
    name: SUMMARY_SHEET_NAME,
    cells,
    columnWidths: [10, 30, 50, 13, 13, 13, 11, 14, 17, 11, 14, 14, 14, 12, 10, 13, 13],
    merges: [{ top: 5, left: 0, bottom: 5, right: 8 }],
    // Printed like the report: A4 landscape, all 15 columns on the width of one page; the header stays
    // short (Excel allows 255 characters) – the Jobcenters are named on the sheet.
    pageSetup: { paper: "A4", orientation: "landscape", fitToWidth: 1 },
    header: `&L&"-,Bold"${title}&RBerichtsmonat ${month}, Wartezeit ${input.vintage}`,
    footer: `&LErstellt am ${created} mit Zielmonitor&RSeite &P von &N`,
  });
}

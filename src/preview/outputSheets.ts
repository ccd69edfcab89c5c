/**
 * The sheets the preview "writes" (shown in its viewer, never saved): a plain-value rendering of the
 * summary and the report, used where the shared layouts of src/workbook/outputs/ are not available.
 */
import { formatChange, formatLevel, formatTarget, statusLabel, unitLabel } from "../domain/display";
import { formatYearMonth } from "../domain/yearMonth";
import type { ResultsInput } from "../workbook/host";
import type { CellValue } from "../workbook/types";

export const SUMMARY_SHEET = "Zielerreichung";
export const REPORT_SHEET = "Bericht Steuerungsdialog";

function header(input: ResultsInput, title: string): CellValue[][] {
  return [[title], [`Stand ${formatYearMonth(input.asOf)} · Wartezeit ${input.vintage} · Zieljahr ${input.targetSet.year}`], []];
}

export function localSummaryGrid(input: ResultsInput): CellValue[][] {
  const rows = header(input, "Zielerreichung");
  rows.push(["Jobcenter", "Ziel", "Kennzahl", "JFW", "Vorjahr", "Veränderung", "Einheit", "Zielwert", "Status", "knapp", "unterjähriger Zielwert"]);
  for (const jc of input.jobcenters) {
    for (const ev of jc.evaluation.targets) {
      const code = ev.target.indicator;
      rows.push([
        jc.jobcenter.name || jc.jobcenter.key,
        ev.target.id,
        code,
        formatLevel(code, ev.current),
        formatLevel(code, ev.previous),
        formatChange(ev.target.unit, ev.change),
        unitLabel(ev.target.unit),
        formatTarget(ev.target),
        statusLabel(ev.status),
        ev.narrowlyMissed ? "knapp" : "",
        formatLevel(code, ev.inYearTarget),
      ]);
    }
  }
  return rows;
}

export function localReportGrid(input: ResultsInput): CellValue[][] {
  const rows = header(input, `Steuerungsdialog ${input.targetSet.year}${input.targetSet.jobcenter ? ` – ${input.targetSet.jobcenter}` : ""}`);
  for (const jc of input.jobcenters) {
    if (input.jobcenters.length > 1) rows.push([jc.jobcenter.name || jc.jobcenter.key], []);
    for (const ev of jc.evaluation.targets) {
      const code = ev.target.indicator;
      rows.push([`Ziel ${ev.target.id}`, statusLabel(ev.status) + (ev.narrowlyMissed ? " (knapp)" : "")]);
      rows.push(["", ev.target.wording]);
      rows.push([
        "",
        `JFW ${formatLevel(code, ev.current)} · Vorjahr ${formatLevel(code, ev.previous)} · Veränderung ${formatChange(ev.target.unit, ev.change)} · Ziel ${formatTarget(ev.target)}`,
      ]);
      const f = ev.forecast.seasonal ?? ev.forecast.linear;
      if (f !== null) rows.push(["", `Prognose Dezember ${formatLevel(code, f)} (${ev.forecast.seasonal !== null ? "saisonal" : "linear"})`]);
      if (ev.shortfall && ev.shortfall.total > 0) rows.push(["", `Fehlende Integrationen bis Dezember: ${ev.shortfall.total}`]);
      rows.push([]);
    }
  }
  rows.push([`Erstellt ${input.createdAt.toLocaleDateString("de-DE")} mit Zielmonitor (Vorschau)`]);
  return rows;
}

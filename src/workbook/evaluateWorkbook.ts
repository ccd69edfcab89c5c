/**
 * From a workbook to results: detect the indicators, then evaluate every Jobcenter in one vintage for
 * one report month. Shared by the CLI and the task pane, so both say the same about the same file.
 * Missing months become problems naming the sheet and cell where the figure should be.
 */
import { evaluate, latestCompleteMonth } from "../domain/evaluate";
import type { IndicatorData, Vintage } from "../domain/evaluation";
import { indicatorName } from "../domain/display";
import type { TargetSet } from "../domain/targets";
import { formatYearMonth, parseYearMonth, type YearMonth } from "../domain/yearMonth";
import { detectIndicators, toIndicatorData } from "./detect";
import type { Mapping } from "./mapping";
import type { EvaluatedJobcenter } from "./host";
import type { Detection, DetectedSeries, Jobcenter, Problem, WorkbookData } from "./types";

export interface EvaluateWorkbookOptions {
  mapping?: Mapping;
  /** Report month; default: the latest month of the target year with complete data. */
  month?: YearMonth;
  /** Default: the agreement's vintage, else t-0. */
  vintage?: Vintage;
}

export interface WorkbookResults {
  detection: Detection;
  vintage: Vintage;
  /** The report month used (the latest over all Jobcenters when not given); null when nothing is evaluable. */
  asOf: YearMonth | null;
  jobcenters: EvaluatedJobcenter[];
  problems: Problem[];
}

/** Jobcenters of a detection; a workbook that names none still holds one (key ""). */
export function jobcentersOf(detection: Detection): Jobcenter[] {
  return detection.jobcenters.length > 0 ? detection.jobcenters : [{ key: "", name: "" }];
}

/** Series of one Jobcenter in one vintage; a series without a vintage serves every vintage. */
export function seriesOf(detection: Detection, jobcenterKey: string, vintage: Vintage): DetectedSeries[] {
  return detection.series.filter((s) => s.jobcenter === jobcenterKey && (s.vintage === null || s.vintage === vintage));
}

function columnName(col: number): string {
  let s = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Problems for the months an evaluation lacks, each pointing at the cell (or range) where it belongs. */
function missingProblems(jc: EvaluatedJobcenter): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const who = jc.jobcenter.name || jc.jobcenter.key;
  for (const t of jc.evaluation.targets) {
    for (const m of t.missing) {
      const key = `${m.code}|${m.month}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const series = jc.series.find((s) => s.code === m.code);
      const cell = series?.source.cells.get(m.month);
      const prefix = who ? `${who}: ` : "";
      if (!series) {
        problems.push({
          severity: "error",
          message: `${prefix}${indicatorName(m.code)} nicht gefunden – benötigt für Ziel ${t.target.id}.`,
          messageEn: `${prefix}${indicatorName(m.code, "en")} not found – needed for target ${t.target.id}.`,
        });
        // One message per code is enough when the whole series is absent.
        for (const other of t.missing) if (other.code === m.code) seen.add(`${other.code}|${other.month}`);
        continue;
      }
      problems.push({
        severity: "warning",
        sheet: cell?.sheet ?? series.source.sheet,
        cell: cell ? `${columnName(cell.col)}${cell.row + 1}` : series.source.range,
        message: `${prefix}${indicatorName(m.code)} für ${formatYearMonth(m.month)} fehlt – benötigt für Ziel ${t.target.id}.`,
        messageEn: `${prefix}${indicatorName(m.code, "en")} for ${formatYearMonth(m.month, "en")} is missing – needed for target ${t.target.id}.`,
      });
    }
  }
  return problems;
}

function latestMonthWithData(data: IndicatorData[], year: number): YearMonth | null {
  let latest: YearMonth | null = null;
  for (const d of data)
    for (const series of Object.values(d))
      for (const m of series?.keys() ?? []) if (parseYearMonth(m).year === year && (latest === null || m > latest)) latest = m;
  return latest;
}

export function evaluateDetection(detection: Detection, targetSet: TargetSet, options: Omit<EvaluateWorkbookOptions, "mapping"> = {}): WorkbookResults {
  const vintage: Vintage = options.vintage ?? targetSet.vintage ?? "t-0";
  const problems: Problem[] = [...detection.problems];
  const prepared = jobcentersOf(detection).map((jobcenter) => {
    const data = toIndicatorData(detection, jobcenter.key, vintage);
    return {
      jobcenter,
      data,
      latest: latestCompleteMonth(data, targetSet, targetSet.year),
    };
  });
  const latestOverall =
    prepared
      .map((p) => p.latest)
      .filter((m): m is YearMonth => m !== null)
      .sort()
      .pop() ?? null;
  let asOf = options.month ?? latestOverall;
  if (asOf === null) {
    // No month is complete: evaluate the latest month of the target year that has any data, so the
    // controller sees what can be computed and which cells are missing.
    const latestWithData = latestMonthWithData(
      prepared.map((p) => p.data),
      targetSet.year,
    );
    if (latestWithData) {
      asOf = latestWithData;
      problems.push({
        severity: "warning",
        message: `Für ${targetSet.year} ist kein Monat vollständig (Wartezeit ${vintage}); ausgewertet wird ${formatYearMonth(asOf)}, fehlende Werte sind einzeln genannt.`,
        messageEn: `No month of ${targetSet.year} is complete (vintage ${vintage}); evaluating ${formatYearMonth(asOf, "en")}, missing values are listed one by one.`,
      });
    }
  }
  if (asOf === null) {
    problems.push({
      severity: "error",
      message: `Für ${targetSet.year} gibt es keinen Monat mit vollständigen Daten (Wartezeit ${vintage}).`,
      messageEn: `No month of ${targetSet.year} has complete data (vintage ${vintage}).`,
    });
    return { detection, vintage, asOf: null, jobcenters: [], problems };
  }
  if (parseYearMonth(asOf).year !== targetSet.year) {
    problems.push({
      severity: "warning",
      message: `Berichtsmonat ${formatYearMonth(asOf)} liegt nicht im Zieljahr ${targetSet.year}.`,
      messageEn: `Report month ${formatYearMonth(asOf, "en")} is not in the target year ${targetSet.year}.`,
    });
  }
  const jobcenters: EvaluatedJobcenter[] = prepared.map(({ jobcenter, data }) => ({
    jobcenter,
    evaluation: evaluate(data, targetSet, asOf),
    series: seriesOf(detection, jobcenter.key, vintage),
  }));
  for (const jc of jobcenters) problems.push(...missingProblems(jc));
  return { detection, vintage, asOf, jobcenters, problems };
}

export function evaluateWorkbook(workbook: WorkbookData, targetSet: TargetSet, options: EvaluateWorkbookOptions = {}): WorkbookResults {
  const detection = detectIndicators(workbook, options.mapping ? { mapping: options.mapping } : undefined);
  return evaluateDetection(detection, targetSet, options);
}

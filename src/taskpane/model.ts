/**
 * Pure helpers of the pane's model: which months and vintages can be chosen, and the input the outputs
 * (highlights, summary sheet, report) are built from. No React, no host.
 */
import type { Evaluation, IndicatorData, Vintage } from "../domain/evaluation";
import type { TargetSet } from "../domain/targets";
import { isYearMonth, monthsJanTo, parseYearMonth, type YearMonth } from "../domain/yearMonth";
import type { EvaluatedJobcenter, ResultsInput } from "../workbook/host";
import type { DetectedSeries, Jobcenter } from "../workbook/types";

export const MAPPING_KEY = "zielmonitor.mapping";
export const TARGETS_KEY = "zielmonitor.targets";
export const LANG_KEY = "zielmonitor.lang";

// Which vintages, Jobcenters and series a detection offers: the workbook layer's answers, shared with the CLI.
export { vintagesOf } from "../workbook/detect";
export { jobcentersOf, seriesOf as seriesFor } from "../workbook/evaluateWorkbook";

/** Months of the target year that carry any data, oldest first. */
export function monthsWithData(data: IndicatorData, year: number): YearMonth[] {
  const found = new Set<YearMonth>();
  for (const series of Object.values(data)) {
    if (!series) continue;
    for (const m of series.keys()) if (isYearMonth(m) && parseYearMonth(m).year === year) found.add(m);
  }
  return [...found].sort();
}

/**
 * Report months to offer: January … the latest complete month of the target year; where no month is
 * complete, the months that carry data at all (the evaluation then reports what is missing).
 */
export function reportMonths(data: IndicatorData, year: number, latestComplete: YearMonth | null): YearMonth[] {
  if (latestComplete && parseYearMonth(latestComplete).year === year) return monthsJanTo(year, parseYearMonth(latestComplete).month);
  return monthsWithData(data, year);
}

export function buildResultsInput(
  asOf: YearMonth,
  vintage: Vintage,
  targetSet: TargetSet,
  evaluated: { jobcenter: Jobcenter; evaluation: Evaluation; series: DetectedSeries[] }[],
  createdAt: Date = new Date(),
): ResultsInput {
  const jobcenters: EvaluatedJobcenter[] = evaluated.map((e) => ({ jobcenter: e.jobcenter, evaluation: e.evaluation, series: e.series }));
  return { asOf, vintage, targetSet, jobcenters, createdAt };
}

/** Parses a German (or English) decimal as typed into a form: "1,9" → 1.9, "−0,4" → −0.4; null when not a number. */
export function parseDecimalInput(text: string): number | null {
  const s = text.trim().replace(/\s+/g, "").replace(/%$/, "");
  if (!/^[+\-−–]?(\d+([.,]\d+)?|[.,]\d+)$/.test(s)) return null;
  const n = Number(s.replace(/^[−–]/, "-").replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

/** The form value of a target: a fraction shown as per cent / points (0.019 → "1,9"), counts as they are. */
export function formatDecimalInput(value: number, scaled: boolean, lang: "de" | "en" = "de"): string {
  const v = scaled ? Math.round(value * 100 * 1e6) / 1e6 : value;
  const s = String(v);
  return lang === "de" ? s.replace(".", ",").replace(/^-/, "−") : s;
}

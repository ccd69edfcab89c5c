/**
 * Pure helpers of the pane's model: which months and vintages can be chosen, and the input the outputs
 * (highlights, summary sheet, report) are built from. No React, no host.
 */
import type { Evaluation, IndicatorData, Vintage } from "../domain/evaluation";
import { LOCALES } from "../domain/messages/locale";
import { parseNumberText } from "../domain/numbers";
import type { TargetSet } from "../domain/targets";
import { isYearMonth, monthsJanTo, parseYearMonth, type YearMonth } from "../domain/yearMonth";
import type { EvaluatedJobcenter, ResultsInput } from "../workbook/host";
import type { DetectedSeries, Jobcenter } from "../workbook/types";

export const MAPPING_KEY = "zielmonitor.mapping";
export const TARGETS_KEY = "zielmonitor.targets";
export const LANG_KEY = "zielmonitor.lang";
export const DASH_KEY = "zielmonitor.dash";

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

/**
 * A number as typed into a form, read by the domain's parser in German form: "2.704" = 2704,
 * "1.234,5" = 1234.5, "1,9" = 1.9, "−0,4" = −0.4. Refused with a reason (code) rather than guessed:
 * text that is no number, a dot before exactly three digits where a per cent or points value is asked
 * ("1.234": 1234 or 1,234?), a count that is not whole ("1,234": 1,234 or 1234?).
 */
export type FormNumber = { ok: true; value: number } | { ok: false; reason: "notANumber" | "ambiguous" | "notWhole" };

export function parseFormNumber(text: string, kind: "decimal" | "count"): FormNumber {
  const s = text.trim().replace(/%$/, "").trim();
  const value = parseNumberText(s, true);
  if (value === null) return { ok: false, reason: "notANumber" };
  const bare = s.replace(/^[+\-−–]\s*/, "");
  if (kind === "decimal" && /^\d{1,3}(\.\d{3})+$/.test(bare)) return { ok: false, reason: "ambiguous" };
  if (kind === "count" && !Number.isInteger(value)) return { ok: false, reason: /^\d{1,3},\d{3}$/.test(bare) ? "ambiguous" : "notWhole" };
  return { ok: true, value };
}

/** Parses a German (or English) decimal as typed into a form: "1,9" → 1.9, "−0,4" → −0.4; null when not a number or ambiguous. */
export function parseDecimalInput(text: string): number | null {
  const r = parseFormNumber(text, "decimal");
  return r.ok ? r.value : null;
}

/** The form value of a target: a fraction shown as per cent / points (0.019 → "1,9"), counts as they are. */
export function formatDecimalInput(value: number, scaled: boolean, lang: "de" | "en" = "de"): string {
  const v = scaled ? Math.round(value * 100 * 1e6) / 1e6 : value;
  const s = String(v);
  const { decimalMark, minus } = LOCALES[lang];
  return s.replace(".", decimalMark).replace(/^-/, minus);
}

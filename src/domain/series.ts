/**
 * Reading monthly series for a list of months. An absent month is collected as missing, with its data
 * code, so the caller can name it; it is never read as zero.
 */
import type { IndicatorData, MissingMonth } from "./evaluation";
import type { MonthValue } from "./figures";
import type { DataCode } from "./indicators";
import { message } from "./messages";
import type { DomainError } from "./result";
import type { YearMonth } from "./yearMonth";

export interface SeriesValues {
  /** One entry per requested month, null where the month is missing. */
  values: MonthValue[];
  missing: MissingMonth[];
}

/** Values of `code` for `months`, in that order; absent or non-finite months are listed as missing. */
export function seriesValues(data: IndicatorData, code: DataCode, months: readonly YearMonth[]): SeriesValues {
  const series = data[code];
  const values: MonthValue[] = new Array(months.length);
  const missing: MissingMonth[] = [];
  for (let i = 0; i < months.length; i++) {
    const v = series?.get(months[i]);
    if (typeof v === "number" && Number.isFinite(v)) values[i] = v;
    else {
      values[i] = null;
      missing.push({ code, month: months[i] });
    }
  }
  return { values, missing };
}

/** The list without repeats (the same month can be needed by the current and the previous year's figure). */
export function uniqueMissing(list: readonly MissingMonth[]): MissingMonth[] {
  if (list.length < 2) return [...list];
  const seen = new Set<string>();
  const out: MissingMonth[] = [];
  for (const m of list) {
    const key = `${m.code}|${m.month}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(m);
    }
  }
  return out;
}

/**
 * "Es fehlen Werte: Integrationen März 2023, April 2023 (leere Zellen sind keine Null)", and in English.
 * Only a code and the list: the text is built when shown (the engine forms many such errors nobody reads).
 */
export function missingError(missing: readonly MissingMonth[]): DomainError {
  return { kind: "NA", message: message("err.valuesMissing", { missing }) };
}

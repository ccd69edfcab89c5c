/**
 * Reading monthly series for a list of months. An absent month is collected as missing, with its data
 * code, so the caller can name it; it is never read as zero.
 */
import type { IndicatorData, MissingMonth } from "./evaluation";
import type { MonthValue } from "./figures";
import { INDICATORS, type DataCode } from "./indicators";
import type { DomainError } from "./result";
import { formatYearMonth, type YearMonth } from "./yearMonth";

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

const LISTED = 6;

function groupByCode(missing: readonly MissingMonth[]): Map<DataCode, YearMonth[]> {
  const byCode = new Map<DataCode, YearMonth[]>();
  for (const m of uniqueMissing(missing)) {
    const list = byCode.get(m.code) ?? [];
    list.push(m.month);
    byCode.set(m.code, list);
  }
  return byCode;
}

/** "Es fehlen Werte: Integrationen März 2023, April 2023 (leere Zellen sind keine Null)", and in English. */
export function missingError(missing: readonly MissingMonth[]): DomainError {
  const list = missing;
  const part = (lang: "de" | "en") =>
    [...groupByCode(list)]
      .map(([code, months]) => {
        const def = INDICATORS[code];
        const shown = months.slice(0, LISTED).map((m) => formatYearMonth(m, lang));
        const more = months.length > LISTED ? (lang === "de" ? ` und ${months.length - LISTED} weitere` : ` and ${months.length - LISTED} more`) : "";
        return `${lang === "de" ? def.nameDe : def.nameEn} ${shown.join(", ")}${more}`;
      })
      .join("; ");
  // Built when read: the engine forms many such errors that nobody shows (e.g. for months not chosen).
  let de: string | undefined;
  let en: string | undefined;
  return {
    kind: "NA",
    get message() {
      return (de ??= `Es fehlen Werte: ${part("de")} (leere Zellen sind keine Null)`);
    },
    get messageEn() {
      return (en ??= `Values are missing: ${part("en")} (blank cells are not zero)`);
    },
  };
}

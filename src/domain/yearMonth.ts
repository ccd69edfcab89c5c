/** A calendar month as "YYYY-MM". Strings sort chronologically and serve as map keys. */
import { LOCALES } from "./messages/locale";

export type YearMonth = string;

const YM_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function ym(year: number, month: number): YearMonth {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function isYearMonth(s: string): boolean {
  return YM_PATTERN.test(s);
}

export function parseYearMonth(s: YearMonth): { year: number; month: number } {
  // Hot path of every JFW: read the digits directly, fall back to the pattern only to reject.
  if (s.length === 7 && s.charCodeAt(4) === 45) {
    const year = Number(s.slice(0, 4));
    const month = (s.charCodeAt(5) - 48) * 10 + (s.charCodeAt(6) - 48);
    const digit = (i: number) => s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57;
    if (Number.isInteger(year) && year >= 1000 && digit(5) && digit(6) && month >= 1 && month <= 12) return { year, month };
  }
  throw new InvalidMonthError(s);
}

/**
 * A text that is no month. It carries the catalogue's code ("err.monthInvalid") as its `problem`, which
 * `errorText(e, lang)` renders in the user's language; the code is spelled here, not imported, because the
 * catalogue imports this file.
 */
export class InvalidMonthError extends RangeError {
  readonly problem: { code: "err.monthInvalid"; params: { text: string } };
  constructor(text: string) {
    super(`err.monthInvalid: "${text}" (JJJJ-MM / YYYY-MM)`);
    this.name = "InvalidMonthError";
    this.problem = { code: "err.monthInvalid", params: { text } };
  }
}

export function addMonths(s: YearMonth, n: number): YearMonth {
  const { year, month } = parseYearMonth(s);
  const index = year * 12 + (month - 1) + n;
  return ym(Math.floor(index / 12), (index % 12) + 1);
}

/** January … month of the given year (the months of a Jahresfortschrittswert). */
export function monthsJanTo(year: number, month: number): YearMonth[] {
  const out: YearMonth[] = [];
  for (let m = 1; m <= month; m++) out.push(ym(year, m));
  return out;
}

/** The `count` months ending with `end`, oldest first (for rolling 12-month values). */
export function monthsEndingAt(end: YearMonth, count: number): YearMonth[] {
  const out: YearMonth[] = [];
  for (let i = count - 1; i >= 0; i--) out.push(addMonths(end, -i));
  return out;
}

/** "März 2023" / "March 2023". */
export function formatYearMonth(s: YearMonth, lang: "de" | "en" = "de"): string {
  const { year, month } = parseYearMonth(s);
  return `${LOCALES[lang].months[month - 1]} ${year}`;
}

export function monthNames(lang: "de" | "en" = "de"): readonly string[] {
  return LOCALES[lang].months;
}

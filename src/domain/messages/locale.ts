/**
 * What each language formats its own way, below the level of a message: month names, the locale for
 * numbers and times, the unit of percentage points, the decimal mark of a form field. The catalogue's
 * texts and the display formats read these; nothing branches on the language elsewhere. Imports nothing
 * but the language type, so `yearMonth.ts` and `numbers.ts` can use it without an import cycle.
 */
import type { Lang } from "./lang";

export interface Locale {
  /** The BCP 47 locale for `Intl` and `toLocale…String`: "de-DE" (1.234,5) / "en-GB" (1,234.5). */
  intl: string;
  /** January … December. */
  months: readonly string[];
  /** Percentage points after a number: "+0,1 Pp." / "+0.1 pp". */
  points: string;
  /** The decimal mark a controller types into a form: "1,9" / "1.9". */
  decimalMark: string;
  /** The minus sign a form shows: "−0,4" (typographic) / "-0.4". */
  minus: string;
}

export const LOCALES: Record<Lang, Locale> = {
  de: {
    intl: "de-DE",
    months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    points: "Pp.",
    decimalMark: ",",
    minus: "−",
  },
  en: {
    intl: "en-GB",
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    points: "pp",
    decimalMark: ".",
    minus: "-",
  },
};

/** The language a switch offers: German ↔ English. */
export const OTHER_LANG: Record<Lang, Lang> = { de: "en", en: "de" };

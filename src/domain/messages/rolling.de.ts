/**
 * Texts of the published rolling key figures (BA Statistik, sgb2.info) beside the JFW: what each figure is,
 * which months it covers (German, the reference; `rolling.en.ts` is typed against it).
 */
import { monthNames, parseYearMonth, type YearMonth } from "../yearMonth";
import type { Lang } from "./lang";

/** "Jul 2022", "Mär 2023" / "Mar 2023": a month in a line that names several. */
export function shortMonth(m: YearMonth, lang: Lang): string {
  const { year, month } = parseYearMonth(m);
  return `${monthNames(lang)[month - 1].slice(0, 3)} ${year}`;
}

export const rollingDe = {
  "rolling.intro": "Monatswerte, wie BA Statistik und sgb2.info sie veröffentlichen – zum Abgleich, nicht bewertet.",
  "rolling.kind.quota": "Quote in %, 12 Monate",
  "rolling.kind.change": "Veränderung in % ggü. Vorjahresmonat",
  "rolling.months.quota": (p: { from: YearMonth; to: YearMonth; stockFrom: YearMonth; stockTo: YearMonth }): string =>
    `Integrationen ${shortMonth(p.from, "de")} – ${shortMonth(p.to, "de")}, Ø Bestand ${shortMonth(p.stockFrom, "de")} – ${shortMonth(p.stockTo, "de")}`,
  "rolling.months.change": (p: { month: YearMonth; before: YearMonth }): string => `${shortMonth(p.month, "de")} ggü. ${shortMonth(p.before, "de")}`,
};

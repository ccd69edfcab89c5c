/** Pieces that several messages format the same way in each language. */
import { INDICATORS, type DataCode } from "../indicators";
import { formatYearMonth, type YearMonth } from "../yearMonth";
import type { Lang } from "./lang";
import { LOCALES } from "./locale";

const LISTED = 6;

/** An indicator's (or a data series') name in a language: "Integrationen" / "Integrations". */
export const INDICATOR_NAME: Record<Lang, (code: DataCode) => string> = {
  de: (code) => INDICATORS[code].nameDe,
  en: (code) => INDICATORS[code].nameEn,
};

/**
 * "Integrationen März 2023, April 2023; eLb Mai 2023": months grouped by code, at most six each, then `more(n)`
 * (" und 3 weitere"); a month named twice is listed once.
 */
export function missingList(missing: readonly { code: DataCode; month: YearMonth }[], lang: Lang, more: (n: number) => string): string {
  const byCode = new Map<DataCode, YearMonth[]>();
  const seen = new Set<string>();
  for (const m of missing) {
    const key = `${m.code}|${m.month}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byCode.get(m.code) ?? [];
    list.push(m.month);
    byCode.set(m.code, list);
  }
  return [...byCode]
    .map(([code, months]) => {
      const shown = months.slice(0, LISTED).map((m) => formatYearMonth(m, lang));
      const rest = months.length - LISTED;
      return `${INDICATOR_NAME[lang](code)} ${shown.join(", ")}${rest > 0 ? more(rest) : ""}`;
    })
    .join("; ");
}

/** "Kreis Düren: " before a message about one Jobcenter; nothing without a name. */
export function who(name: string): string {
  return name ? `${name}: ` : "";
}

/** A number with at most two decimals, as the language writes it: 49,97 / 2.630 (de), 49.97 / 2,630 (en). */
export function upTo2(x: number, lang: Lang): string {
  return x.toLocaleString(LOCALES[lang].intl, { maximumFractionDigits: 2 });
}

/** "a, b oder c" / "a, b or c": the last two joined by the language's word. */
export function orList(items: readonly string[], or: string): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${or} ${items[items.length - 1]}`;
}

/**
 * The task pane's texts, German first. Every key must exist in both languages: the English dictionary
 * is typed against the German one, so a missing translation is a compile error. Each language is its
 * own chunk: the first paint loads only the active one, the other loads when the user switches.
 */
import { createContext, useContext } from "react";
import type { Lang } from "../domain/display";
import type { Dictionary } from "./i18nDe";

export type { Dictionary };
export type Dictionaries = Partial<Record<Lang, Dictionary>>;

/** One language's dictionary, fetched on first use (webpack keeps it once loaded). */
export function loadDictionary(lang: Lang): Promise<Dictionary> {
  return lang === "en"
    ? import(/* webpackChunkName: "i18n-en" */ "./i18nEn").then((m) => m.en)
    : import(/* webpackChunkName: "i18n-de" */ "./i18nDe").then((m) => m.de);
}

export interface I18n {
  lang: Lang;
  t: Dictionary;
  setLang: (lang: Lang) => void;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  // a developer's mistake, not a user's: every pane component lives inside <Root>
  if (!i18n) throw new Error("useI18n() außerhalb von <Root> / outside <Root>");
  return i18n;
}

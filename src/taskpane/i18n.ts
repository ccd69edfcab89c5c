/**
 * The task pane's texts, German first. Every key must exist in both languages: the English dictionary
 * is typed against the German one, so a missing translation is a compile error. Each language is its
 * own chunk: the first paint loads only the active one, the other loads when the user switches.
 */
import { createContext, useContext } from "react";
import type { Lang } from "../domain/display";
import { loadLanguage } from "../domain/messages";
import type { Dictionary } from "./i18nDe";

export type { Dictionary };
export type Dictionaries = Partial<Record<Lang, Dictionary>>;

/**
 * One language's dictionary, fetched on first use (webpack keeps it once loaded), together with the
 * language's whole message catalogue (the engine's and the workbook's texts the pane shows).
 */
export async function loadDictionary(lang: Lang): Promise<Dictionary> {
  const [dictionary] = await Promise.all([DICTIONARY[lang](), loadLanguage(lang)]);
  return dictionary;
}

const DICTIONARY: Record<Lang, () => Promise<Dictionary>> = {
  de: () => import(/* webpackChunkName: "i18n-de" */ "./i18nDe").then((m) => m.de),
  en: () => import(/* webpackChunkName: "i18n-en" */ "./i18nEn").then((m) => m.en),
};

export interface I18n {
  lang: Lang;
  t: Dictionary;
  setLang: (lang: Lang) => void;
}

/**
 * Outside <Root> (hooks tested on their own) the language is German, but there is no dictionary: a
 * text asked for there is a developer's mistake and throws, it is never shown empty.
 */
const NO_DICTIONARY = new Proxy({} as Dictionary, {
  get(_, key) {
    throw new Error(`Text "${String(key)}" außerhalb von <Root> / outside <Root>`);
  },
});

export const I18nContext = createContext<I18n>({ lang: "de", t: NO_DICTIONARY, setLang: () => undefined });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/**
 * The task pane's texts, German first. Every key must exist in both languages: the English dictionary
 * is typed against the German one, so a missing translation is a compile error.
 */
import { createContext, useContext } from "react";
import type { Lang } from "../domain/display";
import { de, type Dictionary } from "./i18nDe";
import { en } from "./i18nEn";

export type { Dictionary };

export const DICTIONARIES: Record<Lang, Dictionary> = { de, en };

export interface I18n {
  lang: Lang;
  t: Dictionary;
  setLang: (lang: Lang) => void;
}

export const I18nContext = createContext<I18n>({ lang: "de", t: de, setLang: () => undefined });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

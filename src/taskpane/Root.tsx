import { FluentProvider, type Theme } from "@fluentui/react-components";
import { useCallback, useMemo, useState, type ReactNode } from "react";
import type { Lang } from "../domain/display";
import { DICTIONARIES, I18nContext } from "./i18n";
import { LANG_KEY } from "./model";
import { pickTheme } from "./theme";

type LangStore = Pick<Storage, "getItem" | "setItem">;

function browserStore(): LangStore | null {
  try {
    return typeof localStorage !== "undefined" ? localStorage : null;
  } catch {
    return null;
  }
}

/**
 * The pane's language: the one the user chose last (remembered), else Office's display language
 * ("de-DE" → Deutsch, any other → English), else German.
 */
export function chooseLanguage(remembered: string | null | undefined, displayLanguage: string | null | undefined): Lang {
  if (remembered === "de" || remembered === "en") return remembered;
  if (displayLanguage) return /^de\b/i.test(displayLanguage) ? "de" : "en";
  return "de";
}

export interface RootProps {
  children: ReactNode;
  theme?: Theme;
  /** Fixed start language (tests, `?lang=`); otherwise chosen by `chooseLanguage`. */
  initialLang?: Lang;
  /** Office's display language as the host reports it. */
  displayLanguage?: string | null;
  /** Where the user's choice is remembered; localStorage by default. */
  store?: LangStore | null;
}

/** FluentProvider (theme following Office) and the language context around the pane. */
export function Root({ children, theme, initialLang, displayLanguage, store = browserStore() }: RootProps) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? chooseLanguage(store?.getItem(LANG_KEY), displayLanguage));
  const setLang = useCallback(
    (next: Lang) => {
      setLangState(next);
      try {
        store?.setItem(LANG_KEY, next);
      } catch {
        // a store that refuses (private mode) only means the choice is not remembered
      }
    },
    [store],
  );
  const i18n = useMemo(() => ({ lang, t: DICTIONARIES[lang], setLang }), [lang, setLang]);
  const chosen = useMemo(() => theme ?? pickTheme(), [theme]);
  return (
    <FluentProvider theme={chosen} style={{ height: "100%" }}>
      <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>
    </FluentProvider>
  );
}

import { FluentProvider, type Theme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Lang } from "../domain/display";
import { OTHER_LANG } from "../domain/messages/locale";
import { I18nContext, loadDictionary, type Dictionaries } from "./i18n";
import { LANG_KEY } from "./model";
import { lightTheme } from "./theme";

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

/** The language the pane will start in (see chooseLanguage), for loading its dictionary early. */
export function startLanguage(displayLanguage: string | null | undefined, store: LangStore | null = browserStore()): Lang {
  let remembered: string | null = null;
  try {
    remembered = store?.getItem(LANG_KEY) ?? null;
  } catch {
    remembered = null;
  }
  return chooseLanguage(remembered, displayLanguage);
}

export interface RootProps {
  children: ReactNode;
  /** The Fluent theme; the entries pass the one Office uses (`loadTheme`), light by default. */
  theme?: Theme;
  /** Fixed start language (tests, `?lang=`); otherwise chosen by `chooseLanguage`. */
  initialLang?: Lang;
  /** Office's display language as the host reports it. */
  displayLanguage?: string | null;
  /** Where the user's choice is remembered; localStorage by default. */
  store?: LangStore | null;
  /** Dictionaries already at hand (tests); any other language is loaded when it is first shown. */
  dictionaries?: Dictionaries;
}

/** Said where no dictionary could be loaded, so in both languages at once. */
const DICTIONARY_FAILED = "Die Texte des Aufgabenbereichs konnten nicht geladen werden. / The task pane's texts could not be loaded.";

/**
 * FluentProvider (the theme the entry loaded, following Office) and the language context around the
 * pane. Only the chosen language's dictionary is loaded; on a switch the pane keeps the current language
 * until the other one has arrived. A dictionary that cannot be loaded is said, never passed over.
 */
export function Root({ children, theme, initialLang, displayLanguage, store = browserStore(), dictionaries }: RootProps) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? chooseLanguage(store?.getItem(LANG_KEY), displayLanguage));
  const [loaded, setLoaded] = useState<Dictionaries>(() => ({ ...dictionaries }));
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (loaded[lang]) return;
    let live = true;
    loadDictionary(lang).then(
      (dict) => {
        if (live) setLoaded((prev) => ({ ...prev, [lang]: dict }));
      },
      (e: unknown) => {
        if (!live) return;
        setFailed(`${DICTIONARY_FAILED} (${lang}: ${e instanceof Error ? e.message : String(e)})`);
        // back to the language still shown, so the switch can be tried again
        if (loaded[OTHER_LANG[lang]]) setLangState(OTHER_LANG[lang]);
      },
    );
    return () => {
      live = false;
    };
  }, [lang, loaded]);
  const setLang = useCallback(
    (next: Lang) => {
      setFailed(null);
      setLangState(next);
      try {
        store?.setItem(LANG_KEY, next);
      } catch {
        // a store that refuses (private mode) only means the choice is not remembered
      }
    },
    [store],
  );
  // the language shown: the chosen one once loaded, meanwhile the other one if that is there
  const shown: Lang | null = loaded[lang] ? lang : loaded[OTHER_LANG[lang]] ? OTHER_LANG[lang] : null;
  const i18n = useMemo(() => (shown ? { lang: shown, t: loaded[shown]!, setLang } : null), [shown, loaded, setLang]);
  return (
    <FluentProvider theme={theme ?? lightTheme} style={{ height: "100%" }}>
      {failed && (
        <p role="alert" style={{ padding: 16, margin: 0 }}>
          {failed}
        </p>
      )}
      {i18n && <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>}
    </FluentProvider>
  );
}

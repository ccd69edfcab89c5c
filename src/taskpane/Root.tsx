import { FluentProvider, type Theme } from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import type { Lang } from "../domain/display";
import { DICTIONARIES, I18nContext } from "./i18n";
import { pickTheme } from "./theme";

/** FluentProvider (theme following Office) and the language context around the pane. */
export function Root({ children, theme, initialLang = "de" }: { children: ReactNode; theme?: Theme; initialLang?: Lang }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const i18n = useMemo(() => ({ lang, t: DICTIONARIES[lang], setLang }), [lang]);
  const chosen = useMemo(() => theme ?? pickTheme(), [theme]);
  return (
    <FluentProvider theme={chosen} style={{ height: "100%" }}>
      <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>
    </FluentProvider>
  );
}

/**
 * The catalogues at hand from the start, without waiting. Here (Node: CLI, tests, bench) both languages
 * whole. The browser build (webpack.config.js) takes `languages.browser.ts` instead: German whole and of
 * English only what the custom functions show (values.en.ts); the rest of English is its own chunk,
 * loaded by `loadLanguage("en")` (index.ts) before the pane first shows English.
 */
import type { Catalogue } from "./de";
import { de } from "./de";
import { en } from "./en";

export const AT_START: { de: Catalogue; en: Partial<Catalogue> } = { de, en };

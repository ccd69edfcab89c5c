/**
 * The catalogues at hand from the start in the browser (pane, custom functions, preview; chosen by
 * webpack.config.js instead of `languages.ts`): German whole, of English only what the custom functions
 * show beside #N/A and #VALUE! (values.en.ts). The rest of English loads with `loadLanguage("en")`.
 */
import type { Catalogue } from "./de";
import { de } from "./de";
import { valuesEn } from "./values.en";

export const AT_START: { de: Catalogue; en: Partial<Catalogue> } = { de, en: valuesEn };

/** The languages of every user-facing text: German first, English second. */
export type Lang = "de" | "en";

export const LANGS: readonly Lang[] = ["de", "en"];

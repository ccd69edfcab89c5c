/**
 * Messages as codes with parameters, rendered from one typed catalogue per language (`de.ts`, `en.ts`).
 * Code that reports something returns a `Message` (code + parameters); whoever shows it calls `text(m, lang)`
 * or `msg(code, params, lang)`. A parameter may itself be a message (e.g. a label) or a list of them, rendered in
 * the same language.
 *
 * German, the reference and the language of logs, is always whole. In Node both languages are; in the
 * browser English starts with only what the custom functions show (languages.browser.ts) and the rest
 * arrives with `loadLanguage("en")`, which the pane awaits before it shows English (taskpane/i18n.ts).
 * A text asked for before its language is loaded is a programming error and throws – never an empty or
 * a German text in its place.
 */
import { de, type Catalogue } from "./de";
import type { Lang } from "./lang";
import { AT_START } from "./languages";

export type { Lang } from "./lang";
export { LANGS } from "./lang";
export type { Catalogue } from "./de";

const catalogues: { de: Catalogue; en: Partial<Catalogue> } = { de: AT_START.de, en: { ...AT_START.en } };

/** The catalogues as far as loaded: German whole, English whole once `loadLanguage("en")` has resolved. */
export const CATALOGUES: { readonly de: Catalogue; readonly en: Partial<Catalogue> } = catalogues;

const CODES = Object.keys(de).length;

/** Whether a language's whole catalogue is at hand. */
export function languageLoaded(lang: Lang): boolean {
  return Object.keys(catalogues[lang]).length === CODES;
}

/** Makes a language's whole catalogue available; resolves at once where it already is. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (languageLoaded(lang)) return;
  const { en } = await import(/* webpackChunkName: "messages-en" */ "./en");
  Object.assign(catalogues.en, en);
}

export type MessageCode = keyof Catalogue;

/** The parameters a code's text takes (`undefined` for a fixed text). */
export type ParamsOf<K extends MessageCode> = Catalogue[K] extends (p: infer P) => string ? P : undefined;

/** Parameters as callers give them: a text parameter may be a nested message. */
export type ParamsIn<K extends MessageCode> =
  ParamsOf<K> extends undefined
    ? undefined
    : {
        [P in keyof ParamsOf<K>]: ParamsOf<K>[P] extends string
          ? string | Message
          : ParamsOf<K>[P] extends readonly string[]
            ? readonly (string | Message)[]
            : ParamsOf<K>[P];
      };

/** A user-facing message: a code of the catalogue and its parameters. */
export type Message = { [K in MessageCode]: ParamsOf<K> extends undefined ? { code: K; params?: undefined } : { code: K; params: ParamsIn<K> } }[MessageCode];

export function message<K extends MessageCode>(code: K, ...params: ParamsOf<K> extends undefined ? [] : [ParamsIn<K>]): Message {
  return (params.length ? { code, params: params[0] } : { code }) as Message;
}

function isMessage(v: unknown): v is Message {
  const code = typeof v === "object" && v !== null ? (v as { code?: unknown }).code : undefined;
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(de, code);
}

/** The text of a code in a language; German unless told otherwise. */
export function msg<K extends MessageCode>(code: K, params?: ParamsIn<K>, lang: Lang = "de"): string {
  const entry = catalogues[lang][code] as string | ((p: unknown) => string) | undefined;
  if (entry === undefined) throw new Error(`Text "${code}" (${lang}) ist noch nicht geladen – erst loadLanguage("${lang}") / not loaded yet`);
  if (typeof entry === "string") return entry;
  const rendered: Record<string, unknown> = {};
  for (const [k, v] of Object.entries((params ?? {}) as Record<string, unknown>))
    rendered[k] = isMessage(v) ? text(v, lang) : Array.isArray(v) ? v.map((x: unknown) => (isMessage(x) ? text(x, lang) : x)) : v;
  return entry(rendered);
}

/** The text of a message in a language. */
export function text(m: Message, lang: Lang = "de"): string {
  return msg(m.code, m.params as never, lang);
}

/**
 * A log text in both languages: German, then English – or German alone in the browser while English is
 * not loaded (the user sees `text(m, lang)` in the pane's language, which is always loaded).
 */
export function logText(m: Message): string {
  return languageLoaded("en") ? `${text(m, "de")} / ${text(m, "en")}` : text(m, "de");
}

/**
 * An error that says what went wrong as a catalogue message (`problem`), to be rendered in the user's
 * language by whoever knows it (`errorText`); `message` holds German for a log or an unknown caller.
 */
export class MessageError extends Error {
  constructor(
    readonly problem: Message,
    logText: string = text(problem, "de"),
  ) {
    super(logText);
    this.name = new.target.name;
  }

  text(lang: Lang): string {
    return text(this.problem, lang);
  }
}

/**
 * What an error says in a language: its catalogue message (`problem`, as `XlsxError` and the Excel host's
 * `ZielmonitorExcelError` carry) where it has one, else its own message.
 */
export function errorText(e: unknown, lang: Lang = "de"): string {
  const problem = typeof e === "object" && e !== null ? (e as { problem?: unknown }).problem : undefined;
  if (isMessage(problem)) return text(problem, lang);
  return e instanceof Error ? e.message : String(e);
}

/**
 * Messages as codes with parameters, rendered from one typed catalogue per language (`de.ts`, `en.ts`).
 * Code that reports something returns a `Message` (code + parameters); whoever shows it calls `text(m, lang)`
 * or `msg(code, params, lang)`. A parameter may itself be a message (e.g. a label) or a list of them, rendered in
 * the same language.
 */
import { de, type Catalogue } from "./de";
import { en } from "./en";
import type { Lang } from "./lang";

export type { Lang } from "./lang";
export { LANGS } from "./lang";
export type { Catalogue } from "./de";

export const CATALOGUES: Record<Lang, Catalogue> = { de, en };

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
  const entry = CATALOGUES[lang][code] as string | ((p: unknown) => string);
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

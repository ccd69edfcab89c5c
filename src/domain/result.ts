/**
 * Typed results of the engine. The domain never throws for bad figures: it returns an error that the
 * custom functions map to Excel errors (#N/A, #VALUE!, #DIV/0!) and the UI shows in the user's language.
 */
import { message, text, type Message, type MessageCode, type ParamsIn, type ParamsOf } from "./messages";

export type ErrorKind = "NA" | "VALUE" | "DIV0" | "NUM";

export interface DomainError {
  kind: ErrorKind;
  /** What went wrong, as a code of the message catalogue (`text(error.message, lang)` renders it). */
  message: Message;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed result: `fail("NA", "err.valueMissing", { what: "Wert 3" })`. */
export function fail<K extends MessageCode>(kind: ErrorKind, code: K, ...params: ParamsOf<K> extends undefined ? [] : [ParamsIn<K>]): Result<never> {
  return { ok: false, error: { kind, message: message(code, ...params) } };
}

/** Unwraps a result or rethrows its error as a DomainFailure (handy inside composite computations). */
export class DomainFailure extends Error {
  constructor(public readonly error: DomainError) {
    super(text(error.message));
  }
}

export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  throw new DomainFailure(r.error);
}

/** Runs a computation that may throw DomainFailure and turns it back into a Result. */
export function attempt<T>(f: () => T): Result<T> {
  try {
    return ok(f());
  } catch (e) {
    if (e instanceof DomainFailure) return { ok: false, error: e.error };
    throw e;
  }
}

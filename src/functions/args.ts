/**
 * The arguments of the SGBII functions, declared once per function, and the one adapter that coerces
 * them and maps failures to Excel errors (model: a function-metadata table such as hyperformula's,
 * written here from scratch). Each function body then receives typed values and does only its
 * arithmetic.
 *
 * Kinds (with their dimension):
 * - `months` (a row or a column, or one value): `MonthValue[]`, blanks `null` → the domain says #N/A.
 * - `number` (scalar): a finite number; blank is #N/A, text that is no number #VALUE!.
 * - `option` (scalar, optional): text read by the option's parser, which supplies the default when the
 *   argument is omitted (Excel passes `null`; TypeScript defaults never apply).
 * Options are read first, then the other arguments in order: the first failure is the Excel error.
 * `sameLength` lists pairs of `months` arguments that must hold as many months (#VALUE! otherwise).
 */
import { sameLength, type Label, type MonthValue } from "../domain/figures";
import { ok, type Result } from "../domain/result";
import { evaluate } from "./excelErrors";
import { readMonths, readNumber, readOption } from "./rangeInput";

export interface MonthsArg {
  kind: "months";
  /** What the argument is, named in its errors: a catalogue label ("Integrationen aktuell" / "integrations, current year"). */
  label?: Label;
}
export interface NumberArg {
  kind: "number";
  label: Label;
}
export interface OptionArg<T> {
  kind: "option";
  parse: (option: string | null) => Result<T>;
}
export type ArgSpec = MonthsArg | NumberArg | OptionArg<unknown>;

type Coerced<S> = S extends MonthsArg ? MonthValue[] : S extends NumberArg ? number : S extends OptionArg<infer T> ? T : never;
type CoercedAll<S extends readonly ArgSpec[]> = { -readonly [K in keyof S]: Coerced<S[K]> };

export interface FunctionSpec<S extends readonly ArgSpec[]> {
  args: S;
  /** Pairs of argument positions whose month ranges must be equally long, with the name used in the message. */
  sameLength?: { pair: [number, number]; what: Label }[];
}

function coerce(spec: ArgSpec, raw: unknown): Result<unknown> {
  switch (spec.kind) {
    case "months":
      return readMonths(raw, spec.label);
    case "number":
      return readNumber(raw, spec.label);
    case "option":
      return spec.parse(readOption(raw));
  }
}

function isResult(v: unknown): v is Result<unknown> {
  return typeof v === "object" && v !== null && "ok" in v && typeof (v as { ok: unknown }).ok === "boolean";
}

/** The adapter: the declared arguments coerced, checked and handed to `body`; any failure an Excel error. */
export function define<const S extends readonly ArgSpec[], R>(spec: FunctionSpec<S>, body: (...args: CoercedAll<S>) => Result<R> | R): (...raw: unknown[]) => R {
  const order = [...spec.args.keys()].sort((a, b) => Number(spec.args[b].kind === "option") - Number(spec.args[a].kind === "option"));
  return (...raw) =>
    evaluate<R>(() => {
      const values: unknown[] = new Array(spec.args.length);
      for (const i of order) {
        const r = coerce(spec.args[i], raw[i]);
        if (!r.ok) return r;
        values[i] = r.value;
      }
      for (const { pair, what } of spec.sameLength ?? []) {
        const same = sameLength(values[pair[0]] as unknown[], values[pair[1]] as unknown[], what);
        if (!same.ok) return same;
      }
      const out = body(...(values as CoercedAll<S>));
      return isResult(out) ? (out as Result<R>) : ok(out);
    });
}

/** Chains Results: `then(a, (x) => …)`. */
export function then<A, B>(r: Result<A>, f: (a: A) => Result<B>): Result<B> {
  return r.ok ? f(r.value) : r;
}

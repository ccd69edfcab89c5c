/**
 * Command-line arguments of `zielmonitor evaluate`. Bad arguments are exit code 2, with a message of the
 * catalogue (`cli.*`), shown in German unless `--lang en` was given.
 */
import { isYearMonth, type YearMonth } from "../domain/yearMonth";
import type { Vintage } from "../domain/evaluation";
import { message, type Lang, type Message } from "../domain/messages";

export interface EvaluateOptions {
  workbook: string;
  targets?: string;
  mapping?: string;
  month?: YearMonth;
  vintage?: Vintage;
  json: boolean;
  out?: string;
  lang: "de" | "en";
}

export type ParsedArgs<T> = { ok: true; options: T } | { ok: false; message: Message };

/** The language the user asked for (--lang en / --lang=en), for messages before any parsing succeeded. */
export function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf("--lang");
  return (i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7)) === "en" ? "en" : "de";
}

/** Splits `--name value` / `--name=value` / flags; positional arguments are returned in order. */
export function splitArgs(
  argv: string[],
  flags: readonly string[],
  valued: readonly string[],
): ParsedArgs<{ positional: string[]; named: Map<string, string> }> {
  const positional: string[] = [];
  const named = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (flags.includes(name)) {
      if (eq > 0) return { ok: false, message: message("cli.optionNoValue", { option: name }) };
      named.set(name, "true");
    } else if (valued.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) return { ok: false, message: message("cli.optionNeedsValue", { option: name }) };
      named.set(name, value);
    } else {
      return { ok: false, message: message("cli.optionUnknown", { option: arg }) };
    }
  }
  return { ok: true, options: { positional, named } };
}

export function parseEvaluateArgs(argv: string[]): ParsedArgs<EvaluateOptions> {
  const split = splitArgs(argv, ["json"], ["targets", "mapping", "month", "vintage", "out", "lang"]);
  if (!split.ok) return split;
  const { positional, named } = split.options;
  if (positional.length !== 1)
    return { ok: false, message: positional.length === 0 ? message("cli.noWorkbook") : message("cli.tooManyArgs", { args: positional.slice(1).join(" ") }) };
  const month = named.get("month");
  if (month !== undefined && !isYearMonth(month))
    return { ok: false, message: message("cli.monthForm", { month }) };
  const vintage = named.get("vintage");
  if (vintage !== undefined && vintage !== "t-0" && vintage !== "t-3")
    return { ok: false, message: message("cli.vintageUnknown", { vintage }) };
  const lang = named.get("lang") ?? "de";
  if (lang !== "de" && lang !== "en") return { ok: false, message: message("cli.langUnknown", { lang }) };
  return {
    ok: true,
    options: {
      workbook: positional[0],
      targets: named.get("targets"),
      mapping: named.get("mapping"),
      month,
      vintage: vintage as Vintage | undefined,
      json: named.has("json"),
      out: named.get("out"),
      lang,
    },
  };
}

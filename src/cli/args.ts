/** Command-line arguments of `zielmonitor evaluate`. Bad arguments are exit code 2, with a German message. */
import { isYearMonth, type YearMonth } from "../domain/yearMonth";
import type { Vintage } from "../domain/evaluation";

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

export type ParsedArgs<T> = { ok: true; options: T } | { ok: false; message: string };

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
      if (eq > 0) return { ok: false, message: `Option --${name} erwartet keinen Wert` };
      named.set(name, "true");
    } else if (valued.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) return { ok: false, message: `Option --${name} braucht einen Wert` };
      named.set(name, value);
    } else {
      return { ok: false, message: `Unbekannte Option ${arg}` };
    }
  }
  return { ok: true, options: { positional, named } };
}

export function parseEvaluateArgs(argv: string[]): ParsedArgs<EvaluateOptions> {
  const split = splitArgs(argv, ["json"], ["targets", "mapping", "month", "vintage", "out", "lang"]);
  if (!split.ok) return split;
  const { positional, named } = split.options;
  if (positional.length !== 1)
    return {
      ok: false,
      message:
        positional.length === 0 ? "Keine Arbeitsmappe angegeben (zielmonitor evaluate <mappe.xlsx>)" : `Zu viele Argumente: ${positional.slice(1).join(" ")}`,
    };
  const month = named.get("month");
  if (month !== undefined && !isYearMonth(month))
    return {
      ok: false,
      message: `--month "${month}" ist kein Monat der Form JJJJ-MM`,
    };
  const vintage = named.get("vintage");
  if (vintage !== undefined && vintage !== "t-0" && vintage !== "t-3")
    return {
      ok: false,
      message: `--vintage "${vintage}": erlaubt sind t-0 und t-3`,
    };
  const lang = named.get("lang") ?? "de";
  if (lang !== "de" && lang !== "en") return { ok: false, message: `--lang "${lang}": erlaubt sind de und en` };
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

export const USAGE_DE = `Zielmonitor SGB II – Zielerreichung nach § 48b SGB II

Aufruf:
  zielmonitor evaluate <mappe.xlsx> [--targets ziele.json] [--mapping zuordnung.json] [--month JJJJ-MM]
                       [--vintage t-0|t-3] [--json] [--out ergebnis.xlsx] [--lang de|en]
  zielmonitor targets <vereinbarung.txt|md|docx> [--out ziele.json]

Ohne --targets gelten die Ziele der Vereinbarung Kreis Düren 2023; ohne --month der letzte Monat mit
vollständigen Daten; ohne --vintage die Wartezeit der Vereinbarung (t-0).
Exit-Codes: 0 erfolgreich, 1 Problem mit der Eingabe, 2 falsche Argumente.`;

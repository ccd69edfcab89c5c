/**
 * The optional text arguments of the SGBII functions, in German or English. Omitted (`null`) or blank
 * means the default; an unknown word is #VALUE! listing what is accepted.
 */
import type { Direction, GapMode } from "../domain/targets";
import type { ForecastMethod } from "../domain/forecast";
import { findIndicator } from "../domain/indicators";
import { message, type Message } from "../domain/messages";
import { fail, ok, type Result } from "../domain/result";

/** Lower case without spaces, dots and dashes: "Prozent-Punkte" → "prozentpunkte", "Pp." → "pp". */
function norm(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s.\-_–]/g, "");
}

function pick<T>(
  option: string | null,
  fallback: T,
  table: ReadonlyArray<readonly [T, readonly string[]]>,
  what: Message,
  accepted: readonly (string | Message)[],
): Result<T> {
  if (option === null) return ok(fallback);
  const key = norm(option);
  for (const [value, words] of table) if (words.includes(key)) return ok(value);
  return fail("VALUE", "err.optionUnknown", { what, option, accepted: message("list.or", { items: accepted }) });
}

export type JfwKind = "sum" | "mean";
export function jfwKind(option: string | null): Result<JfwKind> {
  return pick<JfwKind>(
    option,
    "sum",
    [
      ["sum", ["sum", "summe", "σ", "∑", "total"]],
      ["mean", ["avg", "average", "mean", "mittel", "mittelwert", "durchschnitt", "ø", "⌀"]],
    ],
    message("label.kind"),
    ['"Summe"/"sum"', '"Durchschnitt"/"avg"'],
  );
}

export type ChangeUnit = "relative" | "points";
export function changeUnit(option: string | null): Result<ChangeUnit> {
  return pick<ChangeUnit>(
    option,
    "relative",
    [
      ["relative", ["%", "rel", "relativ", "relative", "prozent", "percent"]],
      ["points", ["pp", "pkt", "punkte", "points", "prozentpunkte", "percentagepoints"]],
    ],
    message("label.unit"),
    ['"%"/"relativ"', '"pp"/"Prozentpunkte"'],
  );
}

export function gapMode(option: string | null): Result<GapMode> {
  return pick<GapMode>(
    option,
    "signed",
    [
      ["signed", ["signed", "vorzeichen", "mw", "m−w", "mf", "m−f"]],
      ["abs", ["abs", "absolut", "absolute", "betrag", "abstand", "distance"]],
    ],
    message("label.mode"),
    [message("option.gapSigned"), '"abs"'],
  );
}

export function forecastMethod(option: string | null): Result<ForecastMethod> {
  return pick<ForecastMethod>(
    option,
    "seasonal",
    [
      ["seasonal", ["seasonal", "saisonal", "saison", "profil", "profile"]],
      ["linear", ["linear", "lin"]],
    ],
    message("label.method"),
    ['"saisonal"/"seasonal"', '"linear"'],
  );
}

/**
 * ">=" (default) or "<=", written as an operator, a word ("mindestens", "höchstens", "min", "max") or an
 * indicator code whose good direction applies (K3 → "<=", INT → ">=", GAP → "<=").
 */
export function direction(option: string | null): Result<Direction> {
  if (option === null) return ok(">=");
  const key = norm(option);
  if ([">=", "≥", "=>", "min", "mindestens", "atleast", "up", "steigt"].includes(key)) return ok(">=");
  if (["<=", "≤", "=<", "max", "höchstens", "hoechstens", "atmost", "down", "sinkt"].includes(key)) return ok("<=");
  const def = findIndicator(option);
  if (def) {
    if (def.goodDirection === "up") return ok(">=");
    if (def.goodDirection === "down") return ok("<=");
    return fail("VALUE", "err.noDirection", { code: def.code });
  }
  return fail("VALUE", "err.directionUnknown", { option });
}

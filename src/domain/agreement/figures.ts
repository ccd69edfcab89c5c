/**
 * The figures of a sentence, token by token: the unit written after a number, the preposition and limit
 * before it (at most six words back), and whether the number is a reference, a date or a duration rather
 * than a figure. Each check looks at a bounded window of tokens.
 */
import { isChangeNoun, MAX_WORDS, MIN_WORDS, MONTHS, REFERENCE_WORDS, unitWord, type WrittenUnit } from "./lexicon";
import { work, type Token } from "./tokens";

export interface Figure {
  index: number;
  value: number;
  sign: 1 | -1 | 0;
  unit: WrittenUnit | null;
  prep: "um" | "auf" | "von" | "bei" | "=" | null;
  limit: "min" | "max" | null;
  /** "von" after a noun of change ("eine Steigerung von 2 %"). */
  afterChangeNoun: boolean;
  inParens: boolean;
  /** "(= 50 Integrationen)": an absolute figure stated beside a relative target. */
  beside: boolean;
}

export const SIGNS = new Set(["+", "-", "−", "–"]);
export const SIGN_AFTER = new Set([
  "=",
  "(",
  ":",
  "um",
  "von",
  "auf",
  "bei",
  "mindestens",
  "höchstens",
  "maximal",
  "wenigstens",
  "ziel",
  "zielwert",
  "jeweils",
]);
const DURATION = ["monat", "jahr", "woche", "tag", "stunde", "quartal"];
export const BESIDE_WORDS = new Set(["entspricht", "entsprechend", "sind", "das", "rund", "ca", "etwa", "also"]);
const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;

export function wordAt(tokens: readonly Token[], k: number): string | null {
  const t = tokens[k];
  return t !== undefined && t.kind === "word" ? t.lower : null;
}

/** The prepositions and limits before a number, up to five words back ("um nicht mehr als", "auf mindestens"). */
export function lookBack(tokens: readonly Token[], from: number): Pick<Figure, "prep" | "limit" | "afterChangeNoun"> & { stop: boolean } {
  let prep: Figure["prep"] = null;
  let limit: Figure["limit"] = null;
  let afterChangeNoun = false;
  for (let j = from - 1; j >= 0 && j >= from - 6; j--) {
    work.steps++;
    const t = tokens[j];
    if (t.kind === "num" || t.text === "," || t.text === ";" || t.text === ")") break;
    if (t.text === "=") {
      prep = prep ?? "=";
      break;
    }
    if (t.kind !== "word") continue;
    const w = t.lower;
    if (limit === null && MIN_WORDS.has(w)) limit = "min";
    else if (limit === null && MAX_WORDS.has(w)) limit = "max";
    else if (limit === null && w === "als") {
      const before = wordAt(tokens, j - 1);
      const notBefore = wordAt(tokens, j - 2) === "nicht";
      if (before === "mehr" || before === "höher" || before === "stärker") limit = notBefore ? "max" : "min";
      else if (before === "weniger" || before === "niedriger" || before === "geringer") limit = notBefore ? "min" : "max";
    } else if (limit === null && w === "zu" && wordAt(tokens, j - 1) === "bis") limit = "max";
    else if (limit === null && (w === "unter" || w === "über") && wordAt(tokens, j - 1) === "nicht") limit = w === "unter" ? "min" : "max";
    else if (prep === null && (w === "um" || w === "auf" || w === "von" || w === "bei")) {
      prep = w;
      if (w === "von") afterChangeNoun = isChangeNoun(wordAt(tokens, j - 1) ?? "") || isChangeNoun(wordAt(tokens, j - 2) ?? "");
      if (limit !== null) break;
    } else if (prep !== null) break;
  }
  return { prep, limit, afterChangeNoun, stop: false };
}

/** The unit written after a number: "%", "%-Punkte", "Prozent", "Prozent-Punkte", "Pp.", "Integrationen", "v. H.". */
export function unitAfter(tokens: readonly Token[], k: number): WrittenUnit | null {
  const a = tokens[k + 1];
  if (a === undefined) return null;
  if (a.text === "%") {
    const b = tokens[k + 2];
    const c = wordAt(tokens, k + 3);
    if (b !== undefined && (b.text === "-" || b.text === "–") && c !== null && (c.startsWith("punkt") || c === "pkt")) return "points";
    return "percent";
  }
  if (a.kind !== "word") return null;
  if (a.lower === "v" && tokens[k + 2]?.text === "." && wordAt(tokens, k + 3) === "h") return "percent";
  if (a.lower === "vom" && wordAt(tokens, k + 2) === "hundert") return "percent";
  return unitWord(a.lower);
}

export function isExcludedNumber(tokens: readonly Token[], k: number, excluded: ReadonlySet<number>, value: number | null): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (t.text.includes(".") && !GROUPED.test(t.text)) return true; // a date such as 17.01.2023
  if (value === null) return true;
  // "05/12/2022", "10:00": numbers joined by "/" or ":" are dates and times ("2021: 2.980" is a year and a figure).
  const joined = (sep: Token | undefined, other: Token | undefined, sepSpace: boolean, otherSpace: boolean) =>
    sep !== undefined && (sep.text === "/" || sep.text === ":") && !sepSpace && other?.kind === "num" && !otherSpace;
  if (joined(prev, tokens[k - 2], t.space, prev?.space ?? true) || joined(next, tokens[k + 2], next?.space ?? true, tokens[k + 2]?.space ?? true)) return true;
  const p1 = wordAt(tokens, k - 1) ?? prev?.text ?? "";
  const p2 = prev?.text === "." ? (wordAt(tokens, k - 2) ?? "") : "";
  if (REFERENCE_WORDS.has(p1) || REFERENCE_WORDS.has(p2)) return true;
  if ((p1 === "von" || p1 === "bis" || p1 === "und" || p1 === "-" || p1 === "–" || p1 === ",") && excluded.has(k - 2)) return true;
  if (next?.text === "." && MONTHS.has(wordAt(tokens, k + 2) ?? "")) return true; // "17. Januar"
  const nw = wordAt(tokens, k + 1);
  const isDuration = (w: string | null) => w !== null && DURATION.some((d) => w.startsWith(d)) && !w.startsWith("jahresfortschritt");
  if (isDuration(nw)) return true;
  // "in 21 von 24 Monaten", "12 bis 18 Monate"
  if ((nw === "von" || nw === "bis" || nw === "oder" || nw === "und") && tokens[k + 2]?.kind === "num" && isDuration(wordAt(tokens, k + 3))) return true;
  return false;
}

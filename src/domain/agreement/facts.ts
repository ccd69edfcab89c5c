/**
 * What one sentence says, collected in one pass over its tokens: the figures it names (with sign, unit,
 * preposition and limit), the direction words, tense, negation, hypothetical forms and the years.
 * Numbers that are references, dates, durations or years are kept apart – they are never figures.
 */
import { parseNumberText } from "../numbers";
import { indicatorWords, type IndicatorWords } from "./indicator";
import {
  HYPOTHETICAL_WORDS,
  isChangeNoun,
  isSameWord,
  LEVEL_WORDS,
  MAX_WORDS,
  memo,
  MIN_WORDS,
  MONITORING_WORDS,
  MONTHS,
  movementOfWord,
  NEGATION_WORDS,
  NOT_LIMITS,
  PAST_WORDS,
  REFERENCE_WORDS,
  TARGET_WORDS,
  unitWord,
  type Movement,
  type WrittenUnit,
} from "./lexicon";
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

export interface YearMention {
  year: number;
  /** "im Jahr 2024", "Ziele 2024", "für 2024": names the agreement's year. */
  strong: boolean;
  /** "gegenüber 2022", "seit 2020": a year compared with, not the target year. */
  compared: boolean;
}

export interface Facts {
  tokens: Token[];
  words: string[];
  ind: IndicatorWords;
  figures: Figure[];
  years: YearMention[];
  movements: Set<Movement>;
  /** A change against the previous year's level ("über dem Vorjahr"). */
  overPreviousYear: boolean;
  past: boolean;
  negated: boolean;
  hypothetical: boolean;
  targetWord: boolean;
  levelWord: boolean;
  same: boolean;
  comparison: boolean;
  condition: boolean;
  monitoringWord: boolean;
  /** "21 % nicht unterschreiten": a limit stated after the number. */
  limitAfter: "min" | "max" | null;
}

const NONE: Set<number> = new Set();
const SIGNS = new Set(["+", "-", "−", "–"]);
const SIGN_AFTER = new Set(["=", "(", ":", "um", "von", "auf", "bei", "mindestens", "höchstens", "maximal", "wenigstens", "ziel", "zielwert", "jeweils"]);
const STRONG_BEFORE_YEAR = new Set(["jahr", "ziele", "zielvereinbarung", "vereinbarung", "jahresziele", "zieljahr", "für", "in", "zielwerte", "jahres"]);
const COMPARED_BEFORE_YEAR = new Set(["gegenüber", "vorjahr", "seit", "bis", "vom", "zum", "ab", "stand", "als", "mit", "zu", "vergleich", "verglichen", "dezember", "januar"]);
const DURATION = ["monat", "jahr", "woche", "tag", "stunde", "quartal"];
const BESIDE_WORDS = new Set(["entspricht", "entsprechend", "sind", "das", "rund", "ca", "etwa", "also"]);
const GROUPED = /^\d{1,3}(\.\d{3})+(,\d+)?$/;

function wordAt(tokens: readonly Token[], k: number): string | null {
  const t = tokens[k];
  return t !== undefined && t.kind === "word" ? t.lower : null;
}

/** The prepositions and limits before a number, up to five words back ("um nicht mehr als", "auf mindestens"). */
function lookBack(tokens: readonly Token[], from: number): Pick<Figure, "prep" | "limit" | "afterChangeNoun"> & { stop: boolean } {
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
function unitAfter(tokens: readonly Token[], k: number): WrittenUnit | null {
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

function isExcludedNumber(tokens: readonly Token[], k: number, excluded: ReadonlySet<number>, value: number | null): boolean {
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

const W = { MOVE: 1, OVER_UNDER: 2, PAST: 4, HYPOTHETICAL: 8, NEGATION: 16, TARGET: 32, LEVEL: 64, SAME: 128, COMPARISON: 256, MONITORING: 512, OTHER: 1024 };
const OTHER_WORDS = new Set(["nimmt", "nehmen", "geht", "gehen", "fall", "zu", "ziel", "ziele", "erreicht", "erreichen"]);

/** What a word can say, as bits (remembered per word): most words say nothing and are skipped at once. */
const infoOf = memo((w: string): number => {
  let b = 0;
  if (movementOfWord(w) !== null) b |= W.MOVE;
  if (w === "über" || w === "oberhalb" || w === "unter" || w === "unterhalb") b |= W.OVER_UNDER;
  if (PAST_WORDS.has(w)) b |= W.PAST;
  if (HYPOTHETICAL_WORDS.has(w)) b |= W.HYPOTHETICAL;
  if (NEGATION_WORDS.has(w)) b |= W.NEGATION;
  if (TARGET_WORDS.has(w)) b |= W.TARGET;
  if (LEVEL_WORDS.has(w)) b |= W.LEVEL;
  if (isSameWord(w)) b |= W.SAME;
  if (w.startsWith("vorjahr") || w === "gegenüber" || w === "vergleich") b |= W.COMPARISON;
  if (MONITORING_WORDS.some((s) => w.startsWith(s))) b |= W.MONITORING;
  if (OTHER_WORDS.has(w)) b |= W.OTHER;
  return b;
});

export function factsOf(tokens: Token[]): Facts {
  const words: string[] = [];
  const figures: Figure[] = [];
  const years: YearMention[] = [];
  const movements = new Set<Movement>();
  let excluded: Set<number> = NONE;
  const f = {
    overPreviousYear: false,
    past: false,
    negated: false,
    hypothetical: false,
    targetWord: false,
    levelWord: false,
    same: false,
    comparison: false,
    monitoringWord: false,
    limitAfter: null as "min" | "max" | null,
  };
  let ziel = false;
  let reached = 0;
  let depth = 0;
  let lastWord = "";
  let separable: "zu" | "ab" | "zurück" | null = null;
  for (let k = 0; k < tokens.length; k++) {
    work.steps++;
    const t = tokens[k];
    if (t.text === "(") depth++;
    else if (t.text === ")") depth = Math.max(0, depth - 1);
    if (t.kind === "word") {
      const w = t.lower;
      words.push(w);
      lastWord = w;
      const info = infoOf(w);
      if (info === 0) continue;
      if (info & W.MOVE) {
        const m = movementOfWord(w);
        if (m) movements.add(m);
      }
      if (info & W.OVER_UNDER) {
        for (let j = k + 1; j <= k + 4 && j < tokens.length; j++)
          if ((wordAt(tokens, j) ?? "").startsWith("vorjahr")) {
            movements.add(w === "über" || w === "oberhalb" ? "up" : "down");
            f.overPreviousYear = true;
          }
      }
      if (w === "nimmt" || w === "nehmen") separable = "zu";
      if (w === "geht" || w === "gehen") separable = "zurück";
      if (info & W.PAST) f.past = true;
      if (info & W.HYPOTHETICAL || (w === "fall" && (words[words.length - 2] === "im" || words[words.length - 2] === "den"))) f.hypothetical = true;
      if (info & W.NEGATION) {
        const nx = wordAt(tokens, k + 1);
        if (w === "nicht" && nx !== null && NOT_LIMITS[nx] !== undefined) {
          if (nx === "unterschreiten" || nx === "überschreiten" || nx === "übersteigen") f.limitAfter = NOT_LIMITS[nx];
        } else if (!(w === "nicht" && nx === "nur")) f.negated = true;
      }
      if (info & W.TARGET || (w === "zu" && movementOfWord(wordAt(tokens, k + 1) ?? "") !== null)) f.targetWord = true;
      if (info & W.LEVEL) f.levelWord = true;
      if (info & W.SAME) f.same = true;
      if (info & W.COMPARISON) f.comparison = true;
      if (w === "ziel" || w === "ziele") ziel = true;
      if (w === "erreicht" || w === "erreichen") reached++;
      if (info & W.MONITORING) f.monitoringWord = true;
      continue;
    }
    if (t.kind !== "num") continue;
    const parsedValue = parseNumberText(t.text);
    if (isExcludedNumber(tokens, k, excluded, parsedValue)) {
      if (excluded === NONE) excluded = new Set<number>();
      excluded.add(k);
      continue;
    }
    const unit = unitAfter(tokens, k);
    if (/^\d{4}$/.test(t.text) && unit === null) {
      const year = Number(t.text);
      if (year >= 1990 && year <= 2099) {
        const p1 = wordAt(tokens, k - 1) ?? "";
        const p2 = wordAt(tokens, k - 2) ?? "";
        years.push({ year, strong: STRONG_BEFORE_YEAR.has(p1) || (p1 === "das" && p2 === "für"), compared: COMPARED_BEFORE_YEAR.has(p1) || p1.startsWith("vorjahr") });
        if (excluded === NONE) excluded = new Set<number>();
        excluded.add(k);
        continue;
      }
    }
    let sign: Figure["sign"] = 0;
    let start = k;
    const prev = tokens[k - 1];
    if (prev && SIGNS.has(prev.text)) {
      const before = tokens[k - 2];
      if (before === undefined || SIGN_AFTER.has(before.kind === "word" ? before.lower : before.text)) {
        sign = prev.text === "+" ? 1 : -1;
        start = k - 1;
      }
    }
    const back = lookBack(tokens, start);
    const value = Math.abs(parsedValue ?? 0);
    let beside = false;
    if (depth > 0 && unit === "count") {
      for (let j = start - 1; j >= 0 && j >= start - 3 && tokens[j].text !== "("; j--) if (tokens[j].text === "=" || BESIDE_WORDS.has(tokens[j].lower)) beside = true;
    }
    figures.push({ index: k, value, sign, unit, prep: back.prep, limit: back.limit, afterChangeNoun: back.afterChangeNoun, inParens: depth > 0, beside });
  }
  if (separable !== null && (lastWord === separable || (separable === "zu" && lastWord === "ab"))) movements.add(lastWord === "zu" ? "up" : "down");
  // A relative target with its absolute figure beside it: "+1,9 % (= 50 Integrationen)". Alone, "= 50" is not beside anything.
  if (!figures.some((g) => !g.beside && (g.unit === "percent" || g.unit === "points"))) for (const g of figures) g.beside = false;
  return {
    tokens,
    words,
    ind: indicatorWords(words),
    figures,
    years,
    movements,
    ...f,
    condition: ziel && reached > 0,
    levelWord: f.levelWord || reached > 1 || (reached === 1 && !ziel),
  };
}

/**
 * What one sentence says, collected in one pass over its tokens: the figures it names (with sign, unit,
 * preposition and limit), the direction words, tense, negation, hypothetical forms and the years.
 * Numbers that are references, dates, durations or years are kept apart – they are never figures.
 */
import { parseNumberText } from "../numbers";
import { indicatorWords, type IndicatorWords } from "./indicator";
import {
  HYPOTHETICAL_WORDS,
  isSameWord,
  LEVEL_WORDS,
  memo,
  MONITORING_WORDS,
  movementOfWord,
  NEGATION_WORDS,
  NOT_LIMITS,
  PAST_WORDS,
  TARGET_WORDS,
  type Movement,
} from "./lexicon";
import { BESIDE_WORDS, isExcludedNumber, lookBack, SIGN_AFTER, SIGNS, unitAfter, wordAt, type Figure } from "./figures";
import { work, type Token } from "./tokens";

export type { Figure } from "./figures";

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
const STRONG_BEFORE_YEAR = new Set(["jahr", "ziele", "zielvereinbarung", "vereinbarung", "jahresziele", "zieljahr", "für", "in", "zielwerte", "jahres"]);
const COMPARED_BEFORE_YEAR = new Set([
  "gegenüber",
  "vorjahr",
  "seit",
  "bis",
  "vom",
  "zum",
  "ab",
  "stand",
  "als",
  "mit",
  "zu",
  "vergleich",
  "verglichen",
  "dezember",
  "januar",
]);

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
        years.push({
          year,
          strong: STRONG_BEFORE_YEAR.has(p1) || (p1 === "das" && p2 === "für"),
          compared: COMPARED_BEFORE_YEAR.has(p1) || p1.startsWith("vorjahr"),
        });
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
      for (let j = start - 1; j >= 0 && j >= start - 3 && tokens[j].text !== "("; j--)
        if (tokens[j].text === "=" || BESIDE_WORDS.has(tokens[j].lower)) beside = true;
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

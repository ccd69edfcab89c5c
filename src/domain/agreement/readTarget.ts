/**
 * From the facts of one sentence to its targets – or to the reason there is none. Changes ("um … %")
 * and levels ("auf mindestens 21,0 %", "mindestens 612 Integrationen") are told apart by preposition,
 * sign, unit and verb; the direction comes from the words (steigt, sinkt, mindestens, höchstens, nicht
 * mehr als …), never from a comparison alone ("gegenüber dem Vorjahr") and never guessed.
 */
import { INDICATORS, type IndicatorCode } from "../indicators";
import type { Target } from "../targets";
import type { Facts, Figure } from "./facts";
import { genderVariant, indicatorFromWords } from "./indicator";
import { MEN_WORDS, WOMEN_WORDS, type Movement } from "./lexicon";
import type { ReasonCode } from "./reasons";
import { work } from "./tokens";

export type ReadTarget = Omit<Target, "id" | "goal" | "wording">;
export type Decision = { targets: ReadTarget[] } | { reason: ReasonCode } | null;

function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/** The sentence's direction: up or down, "better"/"worse" read by the indicator's good direction. */
function movementOf(facts: Facts, code: IndicatorCode): "up" | "down" | "both" | null {
  const good = INDICATORS[code].goodDirection;
  const resolve = (m: Movement): "up" | "down" | null =>
    m === "up" || m === "down" ? m : good === "none" ? null : (m === "better") === (good === "up") ? "up" : "down";
  let up = false;
  let down = false;
  for (const m of facts.movements) {
    const r = resolve(m);
    if (r === "up") up = true;
    if (r === "down") down = true;
  }
  return up && down ? "both" : up ? "up" : down ? "down" : null;
}

function readFigure(n: Figure, code: IndicatorCode, facts: Facts, move: "up" | "down" | null): ReadTarget | ReasonCode {
  const def = INDICATORS[code];
  const limit = n.limit ?? facts.limitAfter;
  let kind: "change" | "level" | null;
  if (n.prep === "um") kind = "change";
  else if (n.prep === "auf" || n.prep === "bei") kind = "level";
  else if (n.prep === "von") kind = n.afterChangeNoun ? "change" : "level";
  else if (n.prep === "=") kind = n.unit === "percent" || n.unit === "points" ? "change" : "level";
  else if (n.sign !== 0) kind = "change";
  else if (n.unit === "points" && !(def.unit === "fraction" && facts.levelWord)) kind = "change";
  else if (facts.overPreviousYear) kind = "change";
  else if (facts.levelWord) kind = "level";
  else if ((n.unit === "count" || n.unit === null) && def.unit === "count") kind = "level";
  else if (n.unit === "percent" && move !== null) kind = "change";
  else if (n.limit === null && facts.limitAfter !== null)
    kind = "level"; // "soll 9,5 % nicht unterschreiten"
  else kind = null;
  if (kind === null) return "levelOrChange";
  if (n.unit === "euro" || def.unit === "euro") return "euro";

  if (kind === "level") {
    let value: number;
    if (def.unit === "fraction") {
      if (n.unit !== "percent" && n.unit !== "points") return n.unit === null ? "noUnit" : "levelUnit";
      value = n.value / 100;
    } else {
      if ((n.unit !== "count" && n.unit !== null) || !Number.isInteger(n.value)) return "levelUnit"; // 1,9 Integrationen is no level
      value = n.value;
    }
    if (n.sign === -1) return "levelUnit";
    const direction = limit === "min" ? ">=" : limit === "max" ? "<=" : move === "up" ? ">=" : move === "down" ? "<=" : null;
    if (direction === null) return "levelNoDirection";
    return { indicator: code, unit: "count", direction, value: clean(value) };
  }

  if (n.unit === "count") return "changeAsCount";
  if (n.unit === null) return "noUnit";
  const v = n.value / 100;
  let value: number;
  let direction: ">=" | "<=";
  if (move === "up") {
    value = v;
    direction = limit === "max" ? "<=" : ">=";
  } else if (move === "down") {
    value = -v;
    direction = limit === "max" ? ">=" : "<=";
  } else if (n.sign !== 0) {
    if (!facts.targetWord && !facts.condition && limit === null) return "noTargetWord";
    value = n.sign * v;
    if (limit !== null) direction = limit === "min" ? ">=" : "<=";
    else if (def.goodDirection === "none") return "noDirection";
    else direction = def.goodDirection === "down" ? "<=" : ">=";
  } else return facts.comparison ? "comparisonOnly" : "noDirection";
  return { indicator: code, unit: n.unit, direction, value: clean(value), ...(code === "GAP" ? { gapMode: "signed" as const } : {}) };
}

/** "für Frauen mindestens 410, für Männer mindestens 530 Integrationen": one figure per gender, the unit carried over. */
function splitByGender(facts: Facts, figures: Figure[], move: "up" | "down" | null): Decision {
  const base = indicatorFromWords(facts.ind, true);
  if (base === null) return { reason: "noIndicator" };
  const marks: { index: number; gender: "women" | "men" }[] = [];
  facts.tokens.forEach((t, k) => {
    work.steps++;
    if (t.kind === "word" && WOMEN_WORDS.has(t.lower)) marks.push({ index: k, gender: "women" });
    else if (t.kind === "word" && MEN_WORDS.has(t.lower)) marks.push({ index: k, gender: "men" });
  });
  const genderOf = new Map<Figure, "women" | "men">();
  let m = -1;
  for (const n of figures) {
    while (m + 1 < marks.length && marks[m + 1].index < n.index) m++;
    if (m < 0) return { reason: "several" };
    genderOf.set(n, marks[m].gender);
  }
  const genders = [...genderOf.values()];
  if (figures.length !== 2 || genders[0] === genders[1]) return { reason: "several" };
  const units = new Set(figures.map((n) => n.unit).filter((u) => u !== null));
  if (units.size > 1) return { reason: "several" };
  const unit = units.size === 1 ? [...units][0] : null;
  const targets: ReadTarget[] = [];
  for (const n of figures) {
    const code = genderVariant(base, genderOf.get(n) ?? "women");
    if (code === null) return { reason: "noGenderVariant" };
    const r = readFigure({ ...n, unit: n.unit ?? unit }, code, facts, move);
    if (typeof r === "string") return { reason: r };
    targets.push(r);
  }
  return { targets };
}

/**
 * The targets of a sentence, the reason it has none, or null when it is no candidate (it names no
 * indicator with a figure and is no "Das Ziel ist erreicht, wenn …" sentence).
 */
export function decide(facts: Facts, agreementYear: number | null): Decision {
  const code = indicatorFromWords(facts.ind);
  const figures = facts.figures.filter((n) => !n.beside);
  if (!((code !== null && figures.length > 0) || facts.condition)) return null;
  if (facts.negated) return { reason: "negated" };
  if (facts.hypothetical) return { reason: "hypothetical" };
  const onlyEarlierYears =
    agreementYear !== null && facts.years.length > 0 && facts.years.every((y) => y.year < agreementYear) && !facts.targetWord && !facts.condition;
  if (facts.past || onlyEarlierYears) return { reason: "past" };
  if (code === null) return { reason: "noIndicator" };
  const move = movementOf(facts, code);
  if (move === "both") return { reason: "bothDirections" };
  if (figures.length === 0) {
    if (!facts.same) return { reason: "noNumber" };
    const good = INDICATORS[code].goodDirection;
    if (good === "none") return { reason: "noDirection" };
    return { targets: [{ indicator: code, unit: "percent", direction: good === "down" ? "<=" : ">=", value: 0 }] };
  }
  if (figures.some((n) => n.sign !== 0 && move !== null && (n.sign === 1) !== (move === "up"))) return { reason: "contradiction" };
  if (figures.length > 1 && facts.ind.women && facts.ind.men && code !== "GAP") return splitByGender(facts, figures, move);
  const first = figures.find((n) => n.prep !== "=") ?? figures[0];
  if (figures.some((n) => n.value !== first.value || (n.unit !== first.unit && n.unit !== null))) return { reason: "several" };
  const r = readFigure(first, code, facts, move);
  if (typeof r === "string") return { reason: r };
  const beside = facts.figures.find((n) => n.beside);
  return { targets: [beside && r.unit !== "count" ? { ...r, absolute: beside.value } : r] };
}

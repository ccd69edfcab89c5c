/**
 * Reads the quantitative targets from the text of a target agreement (§ 48b SGB II) – what it says, not
 * how one agreement happens to be laid out. The text is tokenised once; headings of any form set the goal
 * where present (otherwise the indicator does); every sentence naming an indicator and a figure becomes
 * a target or is listed as not understood with the reason – never dropped, never guessed. Past results,
 * negated and hypothetical conditions and figures without a direction give no target. The year comes
 * from the text or is reported unknown (`year: null` and a problem), never today's year in silence.
 */
import { INDICATORS, type IndicatorCode } from "../indicators";
import type { Goal, MonitoringItem, Target, TargetSet } from "../targets";
import { factsOf, type Facts, type YearMention } from "./facts";
import { findPartiesInText, findVintage, mostNamed } from "./header";
import { goalOfHeading, indicatorFromWords } from "./indicator";
import { decide } from "./readTarget";
import { message, type Message } from "../messages";
import { reasonMessage, type ReasonCode } from "./reasons";
import { blocksOf, sentencesOf } from "./structure";
import { render, tokenize, tokenLines, work } from "./tokens";

export interface NotUnderstood {
  sentence: string;
  code: ReasonCode;
  /** Why no target was read (`agreement.reason.<code>`). */
  reason: Message;
}

export interface AgreementCheck {
  targetId: string;
  ok: boolean;
  message: Message;
}

export interface AgreementProblem {
  code: "yearUnknown" | "yearAmbiguous";
  message: Message;
}

export interface ParsedAgreement extends Omit<TargetSet, "year"> {
  /** The agreement's year as the text names it; null when it names none or several (see `problems`). */
  year: number | null;
  parties: { jobcenter?: string; ministry?: string };
  notUnderstood: NotUnderstood[];
  checks: AgreementCheck[];
  problems: AgreementProblem[];
}

export interface ParseOptions {
  /** The previous year's totals per indicator (e.g. INT: 2630), to check figures like "= 50 Integrationen". */
  previousTotals?: Partial<Record<IndicatorCode, number>>;
}

/** A not-understood sentence is shown to the user; an endless one is cut. */
const MAX_SHOWN = 500;

const MONITORING_RULES: [string[][], IndicatorCode, string][] = [
  [
    [
      ["summe", "der", "leistungen"],
      ["leistungen", "zum", "lebensunterhalt"],
    ],
    "LLU",
    "Entwicklung der Summe der Leistungen zum Lebensunterhalt",
  ],
  [
    [
      ["leistungen", "für", "unterkunft"],
      ["kosten", "der", "unterkunft"],
    ],
    "LUH",
    "Entwicklung der Leistungen für Unterkunft und Heizung",
  ],
  [
    [["fallzahlen"], ["zahl", "der", "leistungsbezieherinnen"], ["zahl", "der", "erwerbsfähigen"]],
    "ELB",
    "Entwicklung der Fallzahlen (erwerbsfähige Leistungsberechtigte)",
  ],
  [[["fallzahlen"], ["bedarfsgemeinschaften"]], "BG", "Entwicklung der Fallzahlen (Bedarfsgemeinschaften)"],
  [
    [
      ["anteil", "bedarfsdeckender"],
      ["anteils", "bedarfsdeckender"],
    ],
    "BD_SHARE",
    "Anteil bedarfsdeckender Integrationen",
  ],
  [[["vier", "jahre", "und", "länger"]], "LZB4", "Langzeitleistungsbeziehende, die vier Jahre und länger im Bezug sind"],
];

function hasPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let k = 0; k + phrase.length <= words.length; k++) {
    work.steps++;
    let all = true;
    for (let j = 0; j < phrase.length && all; j++) all = words[k + j] === phrase[j];
    if (all) return true;
  }
  return false;
}

function problem(code: AgreementProblem["code"], years: number[]): AgreementProblem {
  if (code === "yearUnknown") return { code, message: message("agreement.yearUnknown") };
  return { code, message: message("agreement.yearAmbiguous", { years: years.join(", ") }) };
}

export function parseAgreement(text: string, options: ParseOptions = {}): ParsedAgreement {
  // Lines, blocks and sentences are read as a stream; only sentences that may hold a target or a monitoring
  // item are kept for the second pass (which needs the year named anywhere in the text).
  const items: { facts: Facts; goal: Goal | null }[] = [];
  const named: YearMention[] = [];
  let goal: Goal | null = null;
  let vintage: "t-0" | "t-3" | undefined;
  for (const block of blocksOf(tokenLines(text))) {
    vintage ??= findVintage(block.tokens);
    if (block.heading) {
      const words = block.tokens.filter((t) => t.kind === "word").map((t) => t.lower);
      const g = goalOfHeading(words, block.numbering);
      if (g !== null) goal = g;
      else if (block.section) goal = null; // "2. Zusammenarbeit" ends the goal before it
      for (const y of factsOf(block.tokens).years) if (y.strong) named.push(y);
      continue;
    }
    for (const sentence of sentencesOf(block.tokens)) {
      const facts = factsOf(sentence);
      if (!facts.past) for (const y of facts.years) if (y.strong) named.push(y);
      const candidate = facts.condition || (facts.figures.length > 0 && indicatorFromWords(facts.ind) !== null);
      if (candidate || goal === "I" || facts.monitoringWord) items.push({ facts, goal });
    }
  }
  const byName = mostNamed(named);

  const targets: Target[] = [];
  const monitoring: MonitoringItem[] = [];
  const notUnderstood: NotUnderstood[] = [];
  const counters: Record<Goal, number> = { I: 0, II: 0, III: 0 };
  const targetYears: YearMention[] = [];
  for (const { facts, goal: headingGoal } of items) {
    const decision = decide(facts, byName.year);
    if (decision !== null && "targets" in decision) {
      const wording = render(facts.tokens);
      for (const t of decision.targets) {
        const g = headingGoal ?? INDICATORS[t.indicator].goal;
        counters[g]++;
        targets.push({ id: `${g}.${counters[g]}`, goal: g, ...t, wording });
      }
      for (const y of facts.years) targetYears.push(y); // no spread: a sentence may hold any number of years
      continue;
    }
    let monitored = false;
    if (headingGoal === "I" || facts.monitoringWord) {
      for (const [phrases, code, wording] of MONITORING_RULES) {
        if (!phrases.some((p) => hasPhrase(facts.words, p))) continue;
        monitored = true;
        if (!monitoring.some((m) => m.indicator === code)) monitoring.push({ id: `I.${monitoring.length + 1}`, indicator: code, wording });
      }
    }
    if (decision !== null && !monitored) {
      const sentence = render(facts.tokens, 0, Math.min(facts.tokens.length, MAX_SHOWN));
      const shown = sentence.length > MAX_SHOWN ? `${sentence.slice(0, MAX_SHOWN)} …` : sentence;
      notUnderstood.push({ sentence: shown, code: decision.reason, reason: reasonMessage(decision.reason) });
    }
  }

  const inTargets = mostNamed(targetYears);
  const year = targetYears.some((y) => !y.compared) ? inTargets.year : byName.year;
  const tied = targetYears.some((y) => !y.compared) ? inTargets.tied : byName.tied;
  const problems = year !== null ? [] : [problem(tied.length > 1 ? "yearAmbiguous" : "yearUnknown", tied)];

  const parties = findPartiesInText(text);
  return {
    year,
    jobcenter: parties.jobcenter,
    ministry: parties.ministry,
    vintage,
    parties,
    targets,
    monitoring,
    notUnderstood,
    checks: checksOf(targets, options),
    problems,
  };
}

/** "(= 50 Integrationen)" against the previous year's total: 1,9 % of 2.630 = 49,97 ≈ 50. */
function checksOf(targets: readonly Target[], options: ParseOptions): AgreementCheck[] {
  const checks: AgreementCheck[] = [];
  for (const t of targets) {
    const prev = options.previousTotals?.[t.indicator];
    if (t.absolute === undefined || prev === undefined || t.unit !== "percent") continue;
    const implied = prev * t.value;
    const ok = Math.abs(implied - t.absolute) <= Math.max(1, 0.02 * Math.abs(t.absolute));
    const params = { id: t.id, percent: t.value * 100, previous: prev, implied, absolute: t.absolute };
    checks.push({ targetId: t.id, ok, message: ok ? message("agreement.checkOk", params) : message("agreement.checkOff", params) });
  }
  return checks;
}

/** The sentences of a text as the parser sees them (for tests and diagnostics). */
export function sentencesOfText(text: string): string[] {
  return [...blocksOf(tokenize(text))].filter((b) => !b.heading).flatMap((b) => sentencesOf(b.tokens).map((s) => render(s)));
}

/**
 * Reads the quantitative targets from the text of a target agreement (§ 48b SGB II). German wording
 * varies between Länder and years, so each target sentence is read by small rules: which indicator,
 * which number with which unit (per cent, percentage points, integrations), which direction. A sentence
 * that looks like a target but cannot be read unambiguously is listed as not understood – never guessed.
 */
import { INDICATORS, type IndicatorCode } from "../indicators";
import { parseNumberText } from "../numbers";
import type { Direction, Goal, MonitoringItem, Target, TargetSet, TargetUnit } from "../targets";

export interface NotUnderstood {
  sentence: string;
  reason: string;
  reasonEn: string;
}

export interface AgreementCheck {
  targetId: string;
  ok: boolean;
  message: string;
  messageEn: string;
}

export interface ParsedAgreement extends TargetSet {
  parties: { jobcenter?: string; ministry?: string };
  notUnderstood: NotUnderstood[];
  checks: AgreementCheck[];
}

export interface ParseOptions {
  /** The previous year's totals per indicator (e.g. INT: 2630), to check figures like "= 50 Integrationen". */
  previousTotals?: Partial<Record<IndicatorCode, number>>;
}

/** Markdown and layout removed; paragraphs as lines. */
export function plainText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\*\*|__|`/g, "")
    .replace(/^\s{0,3}#{1,6}\s*/gm, "")
    .replace(/^\s*[-*•]\s+/gm, "")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\u00a0/g, " ");
}

/**
 * Paragraphs and headings. A heading is a Markdown heading line, a goal heading ("II. Verbesserung …")
 * or a numbered section ("2. Zusammenarbeit"), even without a blank line around it.
 */
export function blocks(text: string): { text: string; heading: boolean }[] {
  const out: { text: string; heading: boolean }[] = [];
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length > 0) out.push({ text: buffer.join("\n"), heading: false });
    buffer = [];
  };
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const markdownHeading = /^\s{0,3}#{1,6}\s/.test(raw);
    const line = plainText(raw).trim();
    if (line === "") {
      flush();
      continue;
    }
    if (markdownHeading || GOAL_HEADING.test(line) || /^\d+\.\s+\S/.test(line)) {
      flush();
      out.push({ text: line, heading: true });
      continue;
    }
    buffer.push(line);
  }
  flush();
  return out;
}

/** Sentences, with hard line breaks inside a sentence joined; abbreviations like "Abs. 1" kept together. */
export function sentences(paragraph: string): string[] {
  return paragraph
    .replace(/\s*\n\s*/g, " ")
    .split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const GOAL_HEADING = /^\s*(III|II|I)\.\s+\S/;

const UNIT_NUMBER = /([+\-−–]\s*)?(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*(Prozent-?Punkte[n]?|Prozentpunkte[n]?|%-Punkte[n]?|Pp\.?|Prozent|%|Integrationen)/gi;

interface UnitNumber {
  value: number;
  signed: boolean;
  sign: 1 | -1;
  unit: TargetUnit;
  inParens: boolean;
  absolute: boolean;
}

function unitOf(word: string): TargetUnit {
  const w = word.toLowerCase();
  if (/punkt|pp/.test(w)) return "points";
  if (/integrationen/.test(w)) return "count";
  return "percent";
}

function numbersIn(sentence: string): UnitNumber[] {
  const out: UnitNumber[] = [];
  for (const m of sentence.matchAll(UNIT_NUMBER)) {
    const before = sentence.slice(0, m.index);
    const open = before.lastIndexOf("(");
    const inParens = open > before.lastIndexOf(")");
    const n = parseNumberText(m[2]);
    if (n === null) continue;
    const signText = (m[1] ?? "").trim();
    out.push({
      value: n,
      signed: signText !== "",
      sign: signText === "" || signText === "+" ? 1 : -1,
      unit: unitOf(m[3]),
      inParens,
      // "(= 50 Integrationen)": an absolute figure stated beside a relative target.
      absolute: /=\s*$/.test(before.slice(-4)) && unitOf(m[3]) === "count",
    });
  }
  return out;
}

/** The indicator a target sentence is about, most specific first. */
export function indicatorOf(sentence: string): IndicatorCode | null {
  const s = sentence.toLowerCase();
  const langzeit = /langzeitleistungsbezie|langzeitbezie|\blzb\b/.test(s);
  const women = /\bfrauen\b/.test(s);
  const men = /\bmänner\b|\bmaenner\b/.test(s);
  const quota = /integrationsquote/.test(s);
  if (/abstand|differenz|lücke/.test(s) && quota) return "GAP";
  if (/\bk3e1\b/.test(s) || (quota && langzeit)) return "K3E1";
  if (quota && women && !men) return "K2_F";
  if (quota && men && !women) return "K2_M";
  if (quota || /\bk2\b/.test(s)) return "K2";
  if (/\bk3\b/.test(s) || (langzeit && /bestand/.test(s))) return "K3";
  if (/integrationen/.test(s) && langzeit) return "INT_LZB";
  if (/integrationen/.test(s) && women && !men) return "INT_F";
  if (/integrationen/.test(s) && men && !women) return "INT_M";
  if (/integrationen/.test(s)) return "INT";
  if (/\bk1e1\b|unterkunft und heizung/.test(s)) return "K1E1";
  if (/\bk1\b|lebensunterhalt/.test(s)) return "K1";
  return null;
}

type Movement = "up" | "down" | "maxUp" | "maxDown" | "same" | "atLeast" | null;

function movementOf(sentence: string): Movement {
  const s = sentence.toLowerCase();
  if (/nicht mehr als .*(sinkt|verringert|abnimmt|zurückgeht|reduziert)|höchstens .*(sinkt|verringert|zurückgeht)/.test(s)) return "maxDown";
  if (/(maximal|höchstens|nicht mehr als) .*(steigt|erhöht|zunimmt|wächst)/.test(s)) return "maxUp";
  if (/bleibt gleich|gleich bleibt|konstant bleibt|vorjahresniveau/.test(s)) return "same";
  const down = /verringer|\bsinkt\b|\bsinken\b|abnimmt|abgebaut|reduziert|zurückgeht|unter (dem|der|den) (des )?vorjahr/.test(s);
  const up = /erhöh|\bsteigt\b|\bsteigen\b|zunimmt|wächst|über (dem|der|den) (des )?vorjahr|gesteigert/.test(s);
  if (down && !up) return "down";
  if (up && !down) return "up";
  if (/mindestens/.test(s)) return "atLeast";
  return null;
}

interface Reading {
  target?: Omit<Target, "id" | "goal">;
  problem?: { reason: string; reasonEn: string };
}

function readTarget(sentence: string): Reading {
  const indicator = indicatorOf(sentence);
  if (!indicator)
    return {
      problem: {
        reason: "kein Indikator erkennbar",
        reasonEn: "no indicator recognised",
      },
    };
  const numbers = numbersIn(sentence);
  const absolute = numbers.find((n) => n.absolute);
  const main = numbers.filter((n) => !n.absolute);
  if (main.length === 0) {
    if (movementOf(sentence) === "same") return buildSame(indicator, sentence);
    return {
      problem: {
        reason: "keine Zahl mit Einheit (Prozent, Prozentpunkte, Integrationen)",
        reasonEn: "no number with a unit (per cent, points, integrations)",
      },
    };
  }
  // The same value may be stated twice ("um 0,4 Prozent … (K3 = - 0,4 Prozent)"): they must agree.
  const first = main[0];
  for (const other of main.slice(1)) {
    if (other.unit !== first.unit || other.value !== first.value)
      return {
        problem: {
          reason: "mehrere verschiedene Zahlen – unklar, welche das Ziel ist",
          reasonEn: "several different numbers – unclear which is the target",
        },
      };
  }
  const explicitSign = main.find((n) => n.signed)?.sign ?? null;
  const movement = movementOf(sentence);
  const good = INDICATORS[indicator].goodDirection;
  let value = first.value / (first.unit === "count" ? 1 : 100);
  let direction: Direction;
  switch (movement) {
    case "up":
      if (explicitSign === -1) return contradiction();
      direction = ">=";
      break;
    case "down":
      if (explicitSign === 1 && main.some((n) => n.signed)) return contradiction();
      value = -value;
      direction = "<=";
      break;
    case "maxUp":
      direction = "<=";
      break;
    case "maxDown":
      value = -value;
      direction = ">=";
      break;
    case "atLeast":
      direction = ">=";
      if (explicitSign === -1) value = -value;
      break;
    case "same":
      return buildSame(indicator, sentence);
    default:
      if (explicitSign === null)
        return {
          problem: {
            reason: "keine Richtung erkennbar (steigt, sinkt, mindestens …)",
            reasonEn: "no direction recognised (rises, falls, at least …)",
          },
        };
      value = explicitSign * value;
      direction = good === "down" ? "<=" : ">=";
  }
  if (first.unit === "count") {
    if (movement !== "atLeast" && movement !== "maxUp" && !/mindestens|wenigstens/.test(sentence.toLowerCase()))
      return {
        problem: {
          reason: "absolute Zahl ohne „mindestens“ – unklar, ob Zielwert oder Veränderung",
          reasonEn: "absolute number without 'at least' – unclear whether level or change",
        },
      };
    value = first.value;
  }
  return {
    target: {
      indicator,
      unit: first.unit,
      direction,
      value: clean(value),
      wording: sentence,
      ...(absolute ? { absolute: absolute.value } : {}),
      ...(indicator === "GAP" ? { gapMode: "signed" as const } : {}),
    },
  };
}

function clean(x: number): number {
  return Number(x.toPrecision(12));
}

function contradiction(): Reading {
  return {
    problem: {
      reason: "Richtung im Satz und Vorzeichen der Zahl widersprechen sich",
      reasonEn: "the direction in the sentence contradicts the sign of the number",
    },
  };
}

/** "bleibt gleich": no change allowed in the bad direction (≥ 0 where higher is better, ≤ 0 where lower is). */
function buildSame(indicator: IndicatorCode, sentence: string): Reading {
  const good = INDICATORS[indicator].goodDirection;
  return {
    target: {
      indicator,
      unit: "percent",
      direction: good === "down" ? "<=" : ">=",
      value: 0,
      wording: sentence,
    },
  };
}

function looksLikeTarget(sentence: string): boolean {
  const s = sentence.toLowerCase();
  if (/\bziel\b[^.]*\berreicht\b/.test(s)) return true;
  return numbersIn(sentence).some((n) => !n.absolute) && /(steigt|sinkt|erhöh|verringer|mindestens|maximal|bleibt)/.test(s);
}

const MONITORING_RULES: [RegExp, IndicatorCode, string][] = [
  [/summe der leistungen zum lebensunterhalt|leistungen zum lebensunterhalt/i, "LLU", "Entwicklung der Summe der Leistungen zum Lebensunterhalt"],
  [/leistungen für unterkunft und heizung|kosten der unterkunft/i, "LUH", "Entwicklung der Leistungen für Unterkunft und Heizung"],
  [/fallzahlen|zahl der leistungsbezieherinnen|zahl der erwerbsfähigen/i, "ELB", "Entwicklung der Fallzahlen (erwerbsfähige Leistungsberechtigte)"],
  [/fallzahlen|bedarfsgemeinschaften/i, "BG", "Entwicklung der Fallzahlen (Bedarfsgemeinschaften)"],
  [/anteil(s)? bedarfsdeckender integrationen/i, "BD_SHARE", "Anteil bedarfsdeckender Integrationen"],
  [/vier jahre und länger|4 jahre und länger/i, "LZB4", "Langzeitleistungsbeziehende, die vier Jahre und länger im Bezug sind"],
];

function findParties(text: string): { jobcenter?: string; ministry?: string } {
  const flat = text.replace(/\s+/g, " ");
  const m = /zwischen (?:dem|der|den)\s+(.+?)\s+(?:vertreten durch .+?\s+)?und (?:dem|der|den)\s+(.+?)\s+(?:als\b|vertreten durch|gemäß|Gemäß|schließen)/.exec(
    flat,
  );
  if (!m) return {};
  return { ministry: m[1].trim(), jobcenter: m[2].trim() };
}

function findYear(text: string): number | undefined {
  const m = /(?:im Jahr|für das Jahr|Ziele)\s+(20\d{2})/.exec(text.replace(/\s+/g, " "));
  return m ? Number(m[1]) : undefined;
}

function findVintage(text: string): "t-0" | "t-3" | undefined {
  const m = /Wartezeit\s*(?:von\s*)?t\s*[-–]\s*([03])/i.exec(text);
  return m ? (m[1] === "0" ? "t-0" : "t-3") : undefined;
}

export function parseAgreement(text: string, options: ParseOptions = {}): ParsedAgreement {
  const plain = plainText(text);
  const parties = findParties(plain);
  const targets: Target[] = [];
  const monitoring: MonitoringItem[] = [];
  const notUnderstood: NotUnderstood[] = [];
  let goal: Goal | null = null;
  const counters: Record<Goal, number> = { I: 0, II: 0, III: 0 };
  const monitored = new Set<IndicatorCode>();

  for (const { text: paragraph, heading } of blocks(text)) {
    if (heading) {
      const g = GOAL_HEADING.exec(paragraph);
      if (g) goal = g[1] as Goal;
      else if (/^\s*\d+\.\s+(?!Ziele)/.test(paragraph)) goal = null; // "2. Zusammenarbeit" ends the goals.
      continue;
    }
    if (goal === null) continue;
    for (const sentence of sentences(paragraph)) {
      if (goal === "I") {
        for (const [re, code, wording] of MONITORING_RULES) {
          if (re.test(sentence) && !monitored.has(code)) {
            monitored.add(code);
            monitoring.push({
              id: `I.${monitoring.length + 1}`,
              indicator: code,
              wording,
            });
          }
        }
      }
      if (!looksLikeTarget(sentence)) continue;
      const reading = readTarget(sentence);
      if (reading.target) {
        counters[goal]++;
        targets.push({
          id: `${goal}.${counters[goal]}`,
          goal,
          ...reading.target,
        });
      } else if (reading.problem) notUnderstood.push({ sentence, ...reading.problem });
    }
  }

  const checks: AgreementCheck[] = [];
  for (const t of targets) {
    const prev = options.previousTotals?.[t.indicator];
    if (t.absolute === undefined || prev === undefined || t.unit !== "percent") continue;
    const implied = prev * t.value;
    const ok = Math.abs(implied - t.absolute) <= Math.max(1, 0.02 * Math.abs(t.absolute));
    const fmt = (x: number) => x.toLocaleString("de-DE", { maximumFractionDigits: 2 });
    checks.push({
      targetId: t.id,
      ok,
      message: ok
        ? `${t.id}: ${fmt(t.value * 100)} % von ${fmt(prev)} = ${fmt(implied)} ≈ ${fmt(t.absolute)} – stimmig.`
        : `${t.id}: ${fmt(t.value * 100)} % von ${fmt(prev)} sind ${fmt(implied)}, die Vereinbarung nennt ${fmt(t.absolute)} – bitte prüfen.`,
      messageEn: ok
        ? `${t.id}: ${t.value * 100} % of ${prev} = ${implied.toFixed(2)} ≈ ${t.absolute} – consistent.`
        : `${t.id}: ${t.value * 100} % of ${prev} is ${implied.toFixed(2)}, the agreement says ${t.absolute} – please check.`,
    });
  }

  return {
    year: findYear(plain) ?? new Date().getFullYear(),
    jobcenter: parties.jobcenter,
    ministry: parties.ministry,
    vintage: findVintage(plain),
    parties,
    targets,
    monitoring,
    notUnderstood,
    checks,
  };
}

/**
 * Which key figure a sentence is about, and which goal a heading names – from the words alone, most
 * specific first. The goal of a target follows from its indicator wherever no heading says it.
 */
import { INDICATORS, type IndicatorCode } from "../indicators";
import type { Goal } from "../targets";
import { memo, MEN_WORDS, WOMEN_WORDS } from "./lexicon";
import { tokenize, work } from "./tokens";

export interface IndicatorWords {
  quota: boolean;
  lzb: boolean;
  integrations: boolean;
  gap: boolean;
  women: boolean;
  men: boolean;
  k2: boolean;
  k3: boolean;
  k3e1: boolean;
  needCovering: boolean;
  k1: boolean;
  k1e1: boolean;
  elb: boolean;
  bg: boolean;
}

const B = {
  quota: 1,
  integrations: 2,
  lzb: 4,
  gap: 8,
  women: 16,
  men: 32,
  k2: 64,
  k3: 128,
  k3e1: 256,
  needCovering: 512,
  k1: 1024,
  k1e1: 2048,
  unterkunft: 4096,
  heizung: 8192,
  elb: 16384,
  erwerbsfaehig: 32768,
  berechtigt: 65536,
  bg: 131072,
};

/** What one word says about the indicator, as bits (remembered per word). */
const bitsOf = memo((w: string): number => {
  let b = 0;
  if (w.startsWith("integrationsquote")) b |= B.quota;
  else if ((w.startsWith("integration") && !w.startsWith("integrationsfach")) || w === "integriert" || w === "integrieren" || w.startsWith("eingliederungen"))
    b |= B.integrations;
  if (w.startsWith("langzeitleistungsbezieh") || w.startsWith("langzeitbezieh") || w === "lzb" || w.startsWith("langzeitleistungsbezug")) b |= B.lzb;
  if (w === "abstand" || w === "abstands" || w === "differenz" || w === "lücke" || w === "gap" || w === "unterschied") b |= B.gap;
  if (WOMEN_WORDS.has(w)) b |= B.women;
  if (MEN_WORDS.has(w)) b |= B.men;
  if (w === "k2") b |= B.k2;
  if (w === "k3") b |= B.k3;
  if (w === "k3e1") b |= B.k3e1;
  if (w.startsWith("bedarfsdeckend")) b |= B.needCovering;
  if (w === "k1" || w.startsWith("lebensunterhalt")) b |= B.k1;
  if (w === "k1e1") b |= B.k1e1;
  if (w.startsWith("unterkunft")) b |= B.unterkunft;
  if (w.startsWith("heizung")) b |= B.heizung;
  if (w === "elb" || w === "k1e2" || w.startsWith("fallzahl")) b |= B.elb;
  if (w.startsWith("erwerbsfähig")) b |= B.erwerbsfaehig;
  if (w.startsWith("leistungsberechtigt")) b |= B.berechtigt;
  if (w.startsWith("bedarfsgemeinschaft")) b |= B.bg;
  return b;
});

/** The indicator words of a sentence, from the bits of its words. */
export function indicatorWords(words: readonly string[]): IndicatorWords {
  let b = 0;
  for (const w of words) {
    work.steps++;
    b |= bitsOf(w);
  }
  const has = (x: number) => (b & x) !== 0;
  return {
    quota: has(B.quota),
    lzb: has(B.lzb),
    integrations: has(B.integrations),
    gap: has(B.gap),
    women: has(B.women),
    men: has(B.men),
    k2: has(B.k2),
    k3: has(B.k3),
    k3e1: has(B.k3e1),
    needCovering: has(B.needCovering),
    k1: has(B.k1),
    k1e1: has(B.k1e1) || (has(B.unterkunft) && has(B.heizung)),
    elb: has(B.elb) || (has(B.erwerbsfaehig) && has(B.berechtigt)),
    bg: has(B.bg),
  };
}

/** The indicator named by the words; `ignoreGender` gives the base (K2, INT) for sentences with targets for women and men. */
export function indicatorFromWords(f: IndicatorWords, ignoreGender = false): IndicatorCode | null {
  const women = f.women && !ignoreGender;
  const men = f.men && !ignoreGender;
  if (f.gap && (f.quota || f.k2)) return "GAP";
  if (f.k3e1 || (f.quota && f.lzb)) return "K3E1";
  if (f.quota || f.k2) return women && !men ? "K2_F" : men && !women ? "K2_M" : "K2";
  if (f.integrations && f.needCovering) return "BD_SHARE";
  if (f.integrations && f.lzb) return "INT_LZB";
  if (f.integrations) return women && !men ? "INT_F" : men && !women ? "INT_M" : "INT";
  if (f.k3 || f.lzb) return "K3";
  if (f.k1e1) return "K1E1";
  if (f.k1) return "K1";
  if (f.elb) return "ELB";
  if (f.bg) return "BG";
  return null;
}

/** The indicator a sentence is about, most specific first (null when it names none). */
export function indicatorOf(sentence: string): IndicatorCode | null {
  const words = tokenize(sentence).flatMap((l) => l.tokens.filter((t) => t.kind === "word").map((t) => t.lower));
  return indicatorFromWords(indicatorWords(words));
}

/** The same figure for women or men (INT → INT_F), or null where the catalogue has none. */
export function genderVariant(base: IndicatorCode, gender: "women" | "men"): IndicatorCode | null {
  if (base === "INT") return gender === "women" ? "INT_F" : "INT_M";
  if (base === "K2") return gender === "women" ? "K2_F" : "K2_M";
  return null;
}

export function goalOfIndicator(code: IndicatorCode): Goal {
  return INDICATORS[code].goal;
}

const NUMERALS: Record<string, Goal> = { "1": "I", i: "I", "2": "II", ii: "II", "3": "III", iii: "III" };

/**
 * The goal a heading names: by its words ("Verringerung der Hilfebedürftigkeit" → I, "… Integration in
 * Erwerbstätigkeit" → II, "… langfristigem Leistungsbezug" → III), else by a number after "Ziel"
 * ("Ziel 2", "Zielbereich II"). Null for any other heading.
 */
export function goalOfHeading(words: readonly string[], numbering: string | null): Goal | null {
  let one = false;
  let two = false;
  let three = false;
  let ziel = false;
  let zielNumber: Goal | null = null;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (w.startsWith("langzeit") || w.startsWith("langfristig") || w === "lzb") three = true;
    else if (w.startsWith("hilfebedürftig") || w.startsWith("hilfebeduerftig")) one = true;
    else if (w.startsWith("integration") || w.startsWith("erwerbstätigkeit") || w.startsWith("eingliederung") || w === "k2") two = true;
    if (w === "ziel" || w === "zielbereich" || w === "zieldimension" || w === "zielfeld") {
      ziel = true;
      const next = words[k + 1];
      if (next !== undefined && NUMERALS[next]) zielNumber = NUMERALS[next];
    }
  }
  if (three) return "III";
  if (one) return "I";
  if (two) return "II";
  if (zielNumber) return zielNumber;
  if (ziel && numbering && NUMERALS[numbering]) return NUMERALS[numbering];
  return null;
}

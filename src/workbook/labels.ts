/**
 * Which indicator a header or row label names, in German or English, with the usual abbreviations.
 * Rules are tried from the most specific (integrations of LZB, women/men) to the general.
 */
import type { DataCode } from "../domain/indicators";
import { normalizeLabel } from "./cells";

const WOMEN = /\b(frauen|frau|weiblich|women|female)\b/;
const MEN = /\b(maenner|mann|maennlich|men|male)\b/;
const INTEGRATION = /\b(integrationen|integration|integrations|eingliederungen)\b/;
const LZB = /\b(lzb|langzeitleistungsbeziehende\w*|langzeitleistungsbezieher\w*|langzeitbezieher\w*|langzeitleistungsbezug|long term)\b/;
const ELB = /\b(elb|elb s|erwerbsfaehige\w*|employable)\b/;
const FOUR_YEARS = /\b(4|vier|four)\s*(jahre|jahren|years|j)\b|\b4j\b|\blzb4\b|\blzb 4\b/;
/** Derived figures or comparisons are not monthly data. */
const NOT_DATA = /\b(quote|quoten|rate|anteil|share|veraenderung|change|vorjahr|differenz|abstand|prozent|ziel|prognose|jfw)\b/;

/** The data code a label names, or null. */
export function codeForLabel(label: string): DataCode | null {
  const s = normalizeLabel(label);
  if (s === "" || NOT_DATA.test(s)) return null;
  if (INTEGRATION.test(s)) {
    if (/\bbedarfsdeckend\w*|need ending|ending need/.test(s)) return "INT_BD";
    if (LZB.test(s)) return "INT_LZB";
    if (WOMEN.test(s)) return "INT_F";
    if (MEN.test(s)) return "INT_M";
    return "INT";
  }
  if (LZB.test(s)) return FOUR_YEARS.test(s) ? "LZB4" : "LZB";
  if (ELB.test(s) || /\bleistungsberechtigte\b/.test(s)) {
    if (WOMEN.test(s)) return "ELB_F";
    if (MEN.test(s)) return "ELB_M";
    return "ELB";
  }
  if (/\b(lebensunterhalt|llu|leistungsanspruch|subsistence)\b/.test(s)) return "LLU";
  if (/\b(unterkunft|heizung|kdu|luh|housing)\b/.test(s)) return "LUH";
  if (/\b(bedarfsgemeinschaft\w*|bg|households?)\b/.test(s)) return "BG";
  return null;
}

/** A label that only names a sex ("davon Frauen", "Männer") and takes its indicator from context. */
export function genderOnly(label: string): "F" | "M" | null {
  const s = normalizeLabel(label)
    .replace(/\b(davon|dav|darunter|thereof|of which|insgesamt)\b/g, "")
    .trim();
  if (/^(frauen|weiblich|women|female|w)$/.test(s)) return "F";
  if (/^(maenner|maennlich|men|male|m)$/.test(s)) return "M";
  return null;
}

/** Adds the sex to a base code: INT + F → INT_F; ELB + M → ELB_M; others have no split. */
export function withGender(base: DataCode, g: "F" | "M"): DataCode | null {
  if (base === "INT") return g === "F" ? "INT_F" : "INT_M";
  if (base === "ELB") return g === "F" ? "ELB_F" : "ELB_M";
  return null;
}

/** Labels of Jobcenter key and name columns in exports. */
export function isKeyHeader(label: string): boolean {
  const s = normalizeLabel(label);
  return /\b(schluessel|regionalschluessel|kennziffer|jc nr|jc nummer|jobcenter nr|jobcenter id|region key|ags|kreisschluessel)\b/.test(s);
}

export function isNameHeader(label: string): boolean {
  const s = normalizeLabel(label);
  return !isKeyHeader(label) && /^(jobcenter|jc|name|region|traeger|kreis|kreis kreisfreie stadt|jobcenter name|bezeichnung)$/.test(s);
}

/** Header of the month column of an export ("Berichtsmonat", "Monat", "Zeitraum"). */
export function isMonthHeader(label: string): boolean {
  return /\b(berichtsmonat|monat|zeitraum|periode|month|stichtag)\b/.test(normalizeLabel(label));
}

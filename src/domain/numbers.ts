/**
 * Numbers as controllers type them: German (`1.234,5`) or English (`1,234.5`) form, stored as text,
 * with a sign written apart ("+ 0,1", "- 0,4", "−0,4") or a trailing "%". Markers such as `*`, `x`, `-`,
 * `.`, `/` and blanks mean "no value" and are never read as zero.
 */
import { LOCALES } from "./messages/locale";

const MISSING_MARKERS = new Set(["", "*", "x", "X", "-", "–", "—", ".", "..", "...", "/", "k.A.", "k. A.", "n.v.", "n/a", "N/A", "#NV", "#N/A"]);

export function isMissingMarker(s: string): boolean {
  return MISSING_MARKERS.has(s.trim());
}

/**
 * Parses a number written as text; returns null when the text is not a number.
 * A single separator followed by exactly three digits ("1.234", "1,234") is read as a thousands
 * separator when `preferGerman` (the default) makes "." the grouping mark, i.e. "1.234" = 1234 and
 * "1,234" = 1.234; with a decimal part present ("1.234,5" / "1,234.5") the last separator is the decimal one.
 */
export function parseNumberText(text: string, preferGerman = true): number | null {
  let s = text.trim().replace(/[\u00a0\u202f\s']/g, "");
  if (s === "") return null;
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  let sign = 1;
  if (/^[+\-−–]/.test(s)) {
    if (s[0] !== "+") sign = -1;
    s = s.slice(1);
  }
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return null;
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    const [intPart, frac, ...rest] = s.split(decimal);
    if (rest.length > 0 || frac.includes(group) || !validGrouping(intPart, group)) return null;
    normalized = intPart.split(group).join("") + "." + frac;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? "." : ",";
    const parts = s.split(sep);
    if (parts.length > 2) {
      if (!validGrouping(s, sep)) return null;
      normalized = parts.join("");
    } else {
      const groupMark = preferGerman ? "." : ",";
      const looksGrouped = /^[1-9][0-9]{0,2}$/.test(parts[0]) && /^[0-9]{3}$/.test(parts[1]);
      normalized = sep === groupMark && looksGrouped ? parts.join("") : parts[0] + "." + parts[1];
    }
  } else {
    normalized = s;
  }
  if (normalized.startsWith(".")) normalized = "0" + normalized;
  if (normalized.endsWith(".")) return null;
  const n = Number(normalized);
  if (!Number.isFinite(n)) return null;
  return (sign * n) / (percent ? 100 : 1);
}

function validGrouping(intPart: string, group: string): boolean {
  const groups = intPart.split(group);
  if (groups.length === 1) return /^[0-9]+$/.test(intPart);
  return /^[0-9]{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^[0-9]{3}$/.test(g));
}

/** Rounds half away from zero to `decimals` places, robust against binary representation (1.005 → 1.01). */
export function roundHalfAway(x: number, decimals: number): number {
  const f = 10 ** decimals;
  const scaled = Math.abs(x) * f;
  const r = Math.round(Number(scaled.toPrecision(15)));
  return (Math.sign(x) * r) / f || 0;
}

const deNumber = new Map<string, Intl.NumberFormat>();
/** German display: 1.234,5 */
export function formatNumberDe(x: number, decimals = 0, lang: "de" | "en" = "de"): string {
  const key = `${lang}:${decimals}`;
  let nf = deNumber.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALES[lang].intl, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    deNumber.set(key, nf);
  }
  return nf.format(roundHalfAway(x, decimals));
}

/** A fraction as per cent with one decimal: 0.019 → "1,9 %"; signed adds "+" for positive changes. */
export function formatPercent(fraction: number, decimals = 1, signed = false, lang: "de" | "en" = "de"): string {
  const v = roundHalfAway(fraction * 100, decimals);
  const s = formatNumberDe(v, decimals, lang);
  return `${signed && v > 0 ? "+" : ""}${s} %`;
}

/** A fraction as percentage points: 0.001 → "+0,1 Pp." (German) / "+0.1 pp" (English). */
export function formatPoints(fraction: number, decimals = 1, lang: "de" | "en" = "de"): string {
  const v = roundHalfAway(fraction * 100, decimals);
  return `${v > 0 ? "+" : ""}${formatNumberDe(v, decimals, lang)} ${LOCALES[lang].points}`;
}

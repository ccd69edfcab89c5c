/**
 * The parties, the vintage and the year of an agreement. A party's name ends where the name ends: at
 * "vertreten durch", "als …", a bracket, a comma before such a word, the end of its paragraph – and after
 * at most 20 words. The year is the one the text names; where it names none or several, it is unknown.
 */
import type { YearMention } from "./facts";
import { tokenize, work, type Line, type Token } from "./tokens";

const ARTICLES = new Set(["dem", "der", "den", "das"]);
const STOP = new Set([
  "vertreten",
  "vertr",
  "als",
  "gemäß",
  "schließen",
  "schließt",
  "wird",
  "werden",
  "folgende",
  "nachfolgend",
  "nach",
  "zur",
  "zum",
  "über",
  "auf",
  "hat",
  "haben",
  "ist",
  "sind",
]);
const AUTHORITY =
  /^(ministerium|staatsministerium|land|landes|senat|senatsverwaltung|regionaldirektion|bundesagentur|landesamt|landesministerium|ministerin|minister)$/;

/** The tokens from line `li`, token `ti` on, at most `limit` of them, with `null` where a paragraph ends (a blank line). */
function flatten(lines: readonly Line[], li: number, ti: number, limit: number): (Token | null)[] {
  const out: (Token | null)[] = [];
  for (let l = li; l < lines.length && out.length < limit; l++) {
    const tokens = lines[l].tokens;
    if (tokens.length === 0) {
      if (out.length > 0 && out[out.length - 1] !== null) out.push(null);
      continue;
    }
    for (let k = l === li ? ti : 0; k < tokens.length && out.length < limit; k++) out.push(tokens[k]);
  }
  return out;
}

function isArticleAt(flat: readonly (Token | null)[], k: number): boolean {
  const t = flat[k];
  return t !== null && t !== undefined && t.kind === "word" && ARTICLES.has(t.lower);
}

/** A party's name from position k on; `end` is the first position after it. */
function nameAt(flat: readonly (Token | null)[], k: number, isSecond: boolean): { name: string; end: number } {
  const parts: Token[] = [];
  let j = k;
  for (; j < flat.length && parts.length < 20; j++) {
    work.steps++;
    const t = flat[j];
    if (t === null) {
      if (parts.length > 0) break;
      continue;
    }
    if (t.kind === "word" && STOP.has(t.lower)) break;
    if (t.kind === "word" && t.lower === "und" && isArticleAt(flat, j + 1)) break;
    if (t.kind === "num" && /^\d{4}$/.test(t.text)) break; // "… Oberhavel für das Jahr 2025"
    if (t.kind === "word" && t.lower === "für" && (flat[j + 1]?.lower === "das" || flat[j + 1]?.kind === "num")) break;
    if (t.text === "(" || t.text === ";" || t.text === ":" || t.text === "„" || t.text === '"') break;
    if (t.text === ",") {
      const next = flat[j + 1];
      if (isSecond || next === null || next === undefined || (next.kind === "word" && (STOP.has(next.lower) || next.lower === "und"))) break;
    }
    if (t.text === ".") {
      const prev = parts[parts.length - 1];
      if (!(prev && prev.kind === "word" && prev.text.length <= 3 && !t.space)) break;
    }
    parts.push(t);
  }
  let s = "";
  parts.forEach((t, i) => (s += (i > 0 && (t.space || t.text === "") ? " " : "") + t.text));
  return { name: s.trim(), end: j };
}

export function findParties(lines: readonly Line[]): { jobcenter?: string; ministry?: string } {
  for (let li = 0; li < lines.length; li++) {
    const tokens = lines[li].tokens;
    for (let ti = 0; ti < tokens.length; ti++) {
      work.steps++;
      if (tokens[ti].lower !== "zwischen") continue;
      // Both names and what stands between them fit in a bounded window after "zwischen".
      const flat = flatten(lines, li, ti, 200);
      let a = 1;
      while (a < flat.length && flat[a] === null) a++;
      if (!isArticleAt(flat, a)) continue;
      return partiesAt(flat, a);
    }
  }
  return {};
}

function partiesAt(flat: readonly (Token | null)[], a: number): { jobcenter?: string; ministry?: string } {
  const first = nameAt(flat, a + 1, false);
  // The second party follows "und dem/der/den", after "vertreten durch …" at most 40 tokens on.
  let b = first.end;
  while (b < flat.length && b - first.end < 40 && !(flat[b]?.lower === "und" && isArticleAt(flat, b + 1))) b++;
  if (b >= flat.length || b - first.end >= 40) return first.name ? { ministry: first.name } : {};
  const second = nameAt(flat, b + 2, true);
  const authority = (name: string) => name.split(" ").some((w) => AUTHORITY.test(w.toLowerCase()));
  if (authority(second.name) && !authority(first.name)) return { jobcenter: first.name || undefined, ministry: second.name || undefined };
  return { ministry: first.name || undefined, jobcenter: second.name || undefined };
}

/** "Wartezeit t-0", "Wartezeit von t - 3", "Wartezeit T3". */
export function findVintage(tokens: readonly Token[]): "t-0" | "t-3" | undefined {
  const ts = tokens;
  for (let k = 0; k < ts.length; k++) {
    work.steps++;
    if (ts[k].lower !== "wartezeit") continue;
    for (let j = k + 1; j < ts.length && j <= k + 4; j++) {
      const w = ts[j].lower;
      if (w === "t-0" || w === "t0") return "t-0";
      if (w === "t-3" || w === "t3") return "t-3";
      if (w === "t" && (ts[j + 1]?.text === "-" || ts[j + 1]?.text === "–") && (ts[j + 2]?.text === "0" || ts[j + 2]?.text === "3"))
        return ts[j + 2].text === "0" ? "t-0" : "t-3";
    }
  }
  return undefined;
}

/**
 * The parties, read from a window of text after "zwischen" (the first 20 places it occurs, 4,000 characters
 * each), so that finding them costs the same on a text of any length.
 */
export function findPartiesInText(text: string): { jobcenter?: string; ministry?: string } {
  let from = 0;
  for (let attempt = 0; attempt < 20; attempt++) {
    const lower = text.indexOf("zwischen", from);
    const upper = text.indexOf("Zwischen", from);
    const at = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
    if (at < 0) return {};
    const found = findParties(tokenize(text.slice(at, at + 4000)));
    if (found.jobcenter !== undefined || found.ministry !== undefined) return found;
    from = at + 8;
  }
  return {};
}

/** The most named year, or the years in a tie. */
export function mostNamed(mentions: readonly YearMention[]): { year: number | null; tied: number[] } {
  const counts = new Map<number, number>();
  for (const m of mentions) if (!m.compared) counts.set(m.year, (counts.get(m.year) ?? 0) + 1);
  let best = 0;
  let years: number[] = [];
  for (const [y, c] of counts) {
    if (c > best) {
      best = c;
      years = [y];
    } else if (c === best) years.push(y);
  }
  return years.length === 1 ? { year: years[0], tied: [] } : { year: null, tied: years.sort() };
}

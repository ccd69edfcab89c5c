/**
 * Lines of tokens into headings, paragraphs and sentences. Headings of any form are recognised
 * (Markdown, numbered "II." / "2.", "Ziel 2: …", "§ 3 …", a short line standing alone as in a .docx
 * export) – and never required: the parser reads every paragraph, heading or not.
 */
import { ABBREVIATIONS, MONTHS } from "./lexicon";
import { work, type Line, type Token } from "./tokens";

export interface Block {
  tokens: Token[];
  heading: boolean;
  /** A heading's own kind: numbered and Markdown headings open a section, a short named line only names one. */
  section: boolean;
  /** "ii", "2", … when the line was numbered. */
  numbering: string | null;
}

const ROMAN = new Set(["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]);
const TERMINAL = new Set([".", "!", "?", ":", ";", ","]);
const CONTINUES = new Set([
  "und",
  "oder",
  "sowie",
  "bzw",
  "der",
  "die",
  "das",
  "den",
  "dem",
  "des",
  "von",
  "zu",
  "zur",
  "zum",
  "um",
  "mit",
  "für",
  "auf",
  "in",
  "im",
  "an",
  "am",
  "bei",
  "über",
  "unter",
  "als",
  "wenn",
  "dass",
  "ein",
  "eine",
  "einer",
  "eines",
  "einem",
  "einen",
  "nach",
  "vor",
  "gegenüber",
  "mindestens",
  "höchstens",
  "maximal",
  "wenigstens",
]);

/** Strips a list number ("2.", "II.", "(1)", "a)") from the front of a line; returns the numbering. */
function stripNumbering(tokens: Token[]): { rest: Token[]; numbering: string | null } {
  const [a, b, c] = tokens;
  if (
    a &&
    b &&
    (b.text === "." || b.text === ")") &&
    ((a.kind === "num" && a.text.length <= 2) || (a.kind === "word" && ROMAN.has(a.lower)) || (a.kind === "word" && a.text.length === 1 && b.text === ")"))
  )
    return { rest: tokens.slice(2), numbering: a.lower };
  // "2.1 Verbesserung der Integration": a decimal section number (one token) before a word.
  if (a && b && a.kind === "num" && /^\d{1,2}(\.\d{1,2}){1,3}$/.test(a.text) && b.kind === "word")
    return { rest: tokens.slice(1), numbering: a.text.split(".")[0] };
  if (a && b && c && a.text === "(" && c.text === ")" && (b.kind === "num" || (b.kind === "word" && b.text.length <= 3)))
    return { rest: tokens.slice(3), numbering: b.lower };
  return { rest: tokens, numbering: null };
}

function endsSentence(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return last === undefined || TERMINAL.has(last.text);
}

function startsCapital(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  return first !== undefined && first.kind === "word" && first.text[0] !== first.lower[0];
}

/** A short line that stands alone, without final punctuation and not ending in a word that continues a sentence. */
function looksLikeNamedHeading(tokens: readonly Token[], before: readonly Token[], next: Line | undefined): boolean {
  if (tokens.length === 0 || tokens.length > 14 || endsSentence(tokens) || !startsCapital(tokens)) return false;
  const last = tokens[tokens.length - 1];
  if (last.kind === "word" && CONTINUES.has(last.lower)) return false;
  if (last.text === "%" || tokens.some((t) => t.text === "%")) return false;
  if (!endsSentence(before)) return false;
  if (next === undefined || next.tokens.length === 0 || next.bullet || next.markdownHeading) return true;
  const n0 = next.tokens[0];
  return n0.kind === "num" || startsCapital(next.tokens) || n0.text === "(" || n0.text === "§";
}

/** Headings and paragraphs of the text, in order. Bullets start a new paragraph unless the line before continues. */
export function* blocksOf(lines: Iterable<Line>): Generator<Block> {
  let paragraph: Token[] = [];
  const take = (): Block => {
    const b: Block = { tokens: paragraph, heading: false, section: false, numbering: null };
    paragraph = [];
    return b;
  };
  const it = lines[Symbol.iterator]();
  let current = it.next();
  while (!current.done) {
    work.steps++;
    const line = current.value;
    const after = it.next(); // one line of look-ahead, for a short line standing alone
    const next = after.done ? undefined : after.value;
    current = after;
    if (line.tokens.length === 0) {
      if (paragraph.length > 0) yield take();
      continue;
    }
    const { rest, numbering } = stripNumbering(line.tokens);
    if (rest.length === 0) continue; // a bare number on a line: a page number or a list mark
    const first = rest[0];
    const zielLine =
      first.kind === "word" &&
      /^ziel(bereich|dimension|feld)?$/.test(first.lower) &&
      rest[1] !== undefined &&
      (rest[1].kind === "num" || ROMAN.has(rest[1].lower));
    const paragraphLine = first.text === "§" && rest.length <= 14 && !endsSentence(rest);
    const numberedHeading = numbering !== null && !endsSentence(rest) && rest.length <= 16;
    if (line.markdownHeading || numberedHeading || ((zielLine || paragraphLine) && rest.length <= 16 && rest[rest.length - 1].text !== ".")) {
      if (paragraph.length > 0) yield take();
      yield { tokens: rest, heading: true, section: true, numbering };
      continue;
    }
    if (!line.bullet && numbering === null && looksLikeNamedHeading(rest, paragraph, next)) {
      if (paragraph.length > 0) yield take();
      yield { tokens: rest, heading: true, section: false, numbering: null };
      continue;
    }
    const last = paragraph[paragraph.length - 1];
    const continues = last !== undefined && (last.text === "," || last.text === ";" || (last.kind === "word" && CONTINUES.has(last.lower)));
    if ((numbering !== null || (line.bullet && !continues)) && paragraph.length > 0) yield take();
    for (const t of rest) paragraph.push(t);
  }
  if (paragraph.length > 0) yield take();
}

/** Where a "." ends no sentence: after abbreviations and initials, in dates ("17. Januar"), before lower case. */
function breaksAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t.text !== "." && t.text !== "!" && t.text !== "?") return false;
  const next = tokens[k + 1];
  if (next === undefined) return true;
  if (t.text !== ".") return true;
  const prev = tokens[k - 1];
  if (prev !== undefined && !t.space) {
    if (prev.kind === "word" && (ABBREVIATIONS.has(prev.lower) || prev.text.length === 1)) return false;
    if (prev.kind === "num" && prev.text.length <= 2 && next.kind === "word" && MONTHS.has(next.lower)) return false;
  }
  if (next.kind === "word" && next.text[0] === next.lower[0] && next.text[0] !== next.text[0].toUpperCase()) return false;
  return next.kind === "word" || next.kind === "num" || next.text === "(" || next.text === "„" || next.text === '"' || next.text === "§";
}

/** The sentences of a paragraph, each as its tokens. */
export function sentencesOf(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let start = 0;
  for (let k = 0; k < tokens.length; k++) {
    work.steps++;
    if (breaksAt(tokens, k)) {
      // A closing bracket or quote right after the full stop belongs to the sentence.
      let end = k + 1;
      while (end < tokens.length && end - k <= 2 && (tokens[end].text === ")" || tokens[end].text === "“" || tokens[end].text === '"') && !tokens[end].space)
        end++;
      out.push(tokens.slice(start, end));
      start = end;
      k = end - 1;
    }
  }
  if (start < tokens.length) out.push(tokens.slice(start));
  return out;
}

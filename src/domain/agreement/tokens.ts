/**
 * The agreement text read once, character by character, into lines of tokens (words, numbers,
 * punctuation). No regular expression ever runs over the text itself – only over single tokens of
 * bounded length – so reading takes time linear in the length of the text, whatever it contains
 * (long runs of spaces, endless sentences, repeated words). `work` counts the steps for the tests.
 */

export interface Token {
  kind: "word" | "num" | "punct";
  /** As written (for numbers the digits and separators, for words the letters). */
  text: string;
  /** Lower case (words), used for all comparisons. */
  lower: string;
  /** Whitespace (or a line break) before the token. */
  space: boolean;
}

export interface Line {
  tokens: Token[];
  /** "# …" to "###### …". */
  markdownHeading: boolean;
  /** Started with "-", "*", "•" or "–" and a space. */
  bullet: boolean;
}

/** Steps taken by the reader and the sentence analysis; the linear-time tests compare it for n and 4n. */
export const work = { steps: 0 };

/** Longer tokens are cut: no word or number of an agreement is that long, and it bounds every per-token check. */
export const MAX_TOKEN = 64;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0xfeff || c === 11 || c === 12;
}

/** Letters with case (any script) and ß; the character itself is only looked at beyond ASCII. */
function isLetterAt(text: string, i: number, c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  const ch = text[i];
  return ch.toLowerCase() !== ch.toUpperCase() || ch === "ß";
}

/** Markup that carries no meaning for the reader: emphasis and code marks of Markdown. */
function isMarkup(c: number): boolean {
  return c === 42 /* * */ || c === 95 /* _ */ || c === 96; /* ` */
}

/** Splits the text into lines of tokens in one pass. */
export function tokenize(text: string): Line[] {
  return [...tokenLines(text)];
}

/** The lines of the text one by one, so that a reader can let go of each line's tokens when done with it. */
export function* tokenLines(text: string): Generator<Line> {
  let tokens: Token[] = [];
  let markdownHeading = false;
  let bullet = false;
  let lineStart = true;
  let space = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    work.steps++;
    const c = text.charCodeAt(i);
    if (c === 10) {
      const line: Line = { tokens, markdownHeading, bullet };
      tokens = [];
      markdownHeading = false;
      bullet = false;
      lineStart = true;
      space = true; // a line break is whitespace
      i++;
      yield line;
      continue;
    }
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      // Markdown heading marks, quote marks and bullets at the start of a line.
      let j = i;
      while (j < n && j - i < 6 && text.charCodeAt(j) === 35 /* # */) j++;
      if (j > i && (j >= n || isSpace(text.charCodeAt(j)))) {
        markdownHeading = true;
        i = j;
        continue;
      }
      if (c === 62 /* > */) {
        i++;
        continue;
      }
      if ((c === 45 || c === 42 || c === 0x2022 || c === 0x2013 || c === 43) && i + 1 < n && isSpace(text.charCodeAt(i + 1))) {
        bullet = true;
        i += 2;
        continue;
      }
    }
    if (isMarkup(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isLetterAt(text, i, c)) {
      // A word: letters and digits, joined by single inner hyphens or apostrophes ("Prozent-Punkte", "t-0").
      let lowerOnly = c >= 97 && c <= 122;
      i++;
      while (i < n) {
        work.steps++;
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) i++;
        else if (isLetterAt(text, i, d) || isDigit(d)) {
          lowerOnly = false;
          i++;
        } else if ((d === 45 || d === 8209 || d === 39) && i + 1 < n && (isLetterAt(text, i + 1, text.charCodeAt(i + 1)) || isDigit(text.charCodeAt(i + 1)))) {
          lowerOnly = false;
          i++;
        } else break;
      }
      const word = text.slice(start, Math.min(i, start + MAX_TOKEN));
      tokens.push({ kind: "word", text: word, lower: lowerOnly ? word : word.toLowerCase(), space });
      space = false;
      continue;
    }
    if (isDigit(c)) {
      // A number: digits with "." or "," between digit groups ("1.234,5", "17.01.2023").
      i++;
      while (i < n) {
        work.steps++;
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ((d === 46 || d === 44) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
      // Digits run into letters ("48b", "3E1"): a word, not a number.
      if (i < n && isLetterAt(text, i, text.charCodeAt(i))) {
        while (i < n && (isLetterAt(text, i, text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) {
          work.steps++;
          i++;
        }
        push("word", text.slice(start, Math.min(i, start + MAX_TOKEN)));
      } else push("num", text.slice(start, Math.min(i, start + MAX_TOKEN)));
      continue;
    }
    i++;
    push("punct", text[start]);
  }
  yield { tokens, markdownHeading, bullet };

  function push(kind: Token["kind"], t: string) {
    tokens.push({ kind, text: t, lower: kind === "word" ? t.toLowerCase() : t, space });
    space = false;
  }
}

/** The tokens written back as text, one space where the source had whitespace. */
export function render(tokens: readonly Token[], from = 0, to = tokens.length): string {
  let s = "";
  for (let k = from; k < to; k++) {
    work.steps++;
    if (k > from && tokens[k].space) s += " ";
    s += tokens[k].text;
  }
  return s;
}

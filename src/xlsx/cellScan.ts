/**
 * The scanner's fast path for the commonest element of a worksheet, a cell with a plain value:
 * `<c r="D7" s="1" t="s"><v>12</v></c>` (attributes in any order and quote style) or an empty
 * `<c r="D7" s="1"/>`. It reads the cell in one go from the text, without strings for tag and attribute
 * names. Anything else — another attribute, a formula, an inline string, a prefix, an entity, white
 * space inside, a reference it does not know — is left to the general tokeniser (returns NOT_MINE),
 * which reads it the slow way into the same handler; nothing is reported from here.
 */

/** A handler that takes whole cells: `col` -1 for a cell without reference (the next column). */
export interface CellSink {
  cell(col: number, type: string, style: number, value: string | null): void;
}

export const NOT_MINE = -2;
export const INCOMPLETE = -1;

/** The cell types with a plain <v>, as the same strings each time. */
function typeOf(s: string, from: number, to: number): string | null {
  const len = to - from;
  const c = s.charCodeAt(from);
  if (len === 1) return c === 115 ? "s" : c === 110 ? "n" : c === 98 ? "b" : c === 101 ? "e" : null;
  return len === 3 && s.startsWith("str", from) ? "str" : null;
}

/** Character codes after the `<` of `</c>`, `<v>` and `</v></c>`. */
const CLOSE_C = [47, 99, 62];
const OPEN_V = [118, 62];
const CLOSE_V_C = [47, 118, 62, 60, 47, 99, 62];

/** Whether the codes stand at s[k…] (the caller has made sure they have arrived). */
function at(s: string, k: number, codes: number[]): boolean {
  for (let j = 0; j < codes.length; j++) if (s.charCodeAt(k + j) !== codes[j]) return false;
  return true;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * Reads the cell whose `<c` is at `lt`; returns the index after it, INCOMPLETE when the text ends
 * inside it (the caller waits for more), or NOT_MINE.
 */
export function scanCell(s: string, lt: number, n: number, sink: CellSink): number {
  let k = lt + 2;
  let col = -1;
  let style = 0;
  let type = "n";
  let seen = 0; // bits: r 1, s 2, t 4
  for (;;) {
    const spaced = k < n && isSpace(s.charCodeAt(k));
    while (k < n && isSpace(s.charCodeAt(k))) k++;
    if (k + 1 >= n) return INCOMPLETE;
    const c = s.charCodeAt(k);
    if (c === 62 || c === 47) break;
    // One-letter attributes r, s, t only, as `x="…"` or `x = '…'`.
    if (!spaced || (c !== 114 && c !== 115 && c !== 116)) return NOT_MINE;
    let e = k + 1;
    while (e < n && isSpace(s.charCodeAt(e))) e++;
    if (e + 1 >= n) return INCOMPLETE;
    if (s.charCodeAt(e) !== 61) return NOT_MINE;
    e++;
    while (e < n && isSpace(s.charCodeAt(e))) e++;
    if (e >= n) return INCOMPLETE;
    const q = s.charCodeAt(e);
    if (q !== 34 && q !== 39) return NOT_MINE;
    let close = e + 1;
    while (close < n && s.charCodeAt(close) !== q) close++;
    if (close >= n) return INCOMPLETE;
    const from = e + 1;
    if (c === 114) {
      if (seen & 1) return NOT_MINE;
      seen |= 1;
      // Upper-case column letters, then row digits (anything else: the general reader and parseCell decide).
      let v = 0;
      let j = from;
      for (; j < close; j++) {
        const ch = s.charCodeAt(j);
        if (ch < 65 || ch > 90) break;
        v = v * 26 + ch - 64;
      }
      // Within Excel's limits, as parseCell (src/workbook/areas.ts) reads it; anything else goes to it.
      if (j === from || j === close || j - from > 3 || v > 16384 || close - j > 7 || s.charCodeAt(j) === 48) return NOT_MINE;
      let row = 0;
      for (; j < close; j++) {
        const ch = s.charCodeAt(j);
        if (ch < 48 || ch > 57) return NOT_MINE;
        row = row * 10 + ch - 48;
      }
      if (row > 1048576) return NOT_MINE;
      col = v - 1;
    } else if (c === 115) {
      if (seen & 2 || close === from || close - from > 6) return NOT_MINE;
      seen |= 2;
      let v = 0;
      for (let j = from; j < close; j++) {
        const ch = s.charCodeAt(j);
        if (ch < 48 || ch > 57) return NOT_MINE;
        v = v * 10 + ch - 48;
      }
      style = v;
    } else {
      if (seen & 4) return NOT_MINE;
      seen |= 4;
      const t = close > from ? typeOf(s, from, close) : null;
      if (t === null) return NOT_MINE;
      type = t;
    }
    k = close + 1;
  }
  if (s.charCodeAt(k) === 47) {
    if (s.charCodeAt(k + 1) !== 62) return NOT_MINE;
    sink.cell(col, type, style, null);
    return k + 2;
  }
  // `>` then `</c>` (empty) or `<v>text</v></c>`
  k++;
  if (k + 4 > n) return INCOMPLETE;
  if (s.charCodeAt(k) !== 60) return NOT_MINE;
  if (at(s, k + 1, CLOSE_C)) {
    sink.cell(col, type, style, null);
    return k + 4;
  }
  if (!at(s, k + 1, OPEN_V)) return NOT_MINE;
  let end = k + 3;
  for (; end < n; end++) {
    const ch = s.charCodeAt(end);
    if (ch === 60) break;
    if (ch === 38 || ch === 93 || ch === 13) return NOT_MINE;
  }
  if (end + 8 > n) return INCOMPLETE;
  if (!at(s, end + 1, CLOSE_V_C)) return NOT_MINE;
  sink.cell(col, type, style, s.slice(k + 3, end));
  return end + 8;
}

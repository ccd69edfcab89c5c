/**
 * The scanner's fast paths for the bulk of a worksheet, read straight from the text without strings for
 * names or values:
 * - a cell with a plain value directly inside a row, `<c r="D7" s="1" t="s"><v>12</v></c>` (attributes
 *   r, s, t in any order and quote style), an empty `<c r="D7"/>` or `<c r="D7"></c>`; a number or a
 *   shared-string index is handed on as a number, other values as their text;
 * - a row's start tag `<row r="7" spans="1:16" x14ac:dyDescent="0.25">` (any attributes; r and hidden read).
 * Anything else — another cell attribute, a formula, an inline string, a prefix, an entity, a control
 * character, white space inside, a reference beyond Excel's limits, the text's end — is left to the
 * general tokeniser (NOT_MINE), which reads it the slow way into the same handler; nothing is reported
 * from here. Every character passed over is checked, so what is read here is well-formed XML.
 */

/** A handler that takes whole cells and rows: `col` -1 for a cell without reference (the next column). */
export interface CellSink {
  /** A number value (`t="n"` or none) that `Number` reads exactly as given. */
  number(col: number, style: number, value: number): void;
  /** A shared string's index (`t="s"`). */
  shared(col: number, style: number, index: number): void;
  /** Any other plain cell: its type and text (null: no `<v>`). */
  cell(col: number, type: string, style: number, value: string | null): void;
  /** `<row>` opened: `r` as written (-1 when absent or empty), and whether hidden="1"/"true". */
  row(r: number, hidden: boolean): void;
}

export const NOT_MINE = -2;

/** Powers of ten up to 10^15, exact as doubles. */
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * Reads the cell whose `<c` is at `lt` (followed by a space, `>` or `/`) into the sink; returns the
 * index after it, or NOT_MINE. Each character is looked at once: references, styles and values are
 * worked out while they are checked.
 */
export function scanCell(s: string, lt: number, sink: CellSink): number {
  let k = lt + 2;
  let col = -1;
  let style = 0;
  let type = "n";
  let seen = 0; // bits: r 1, s 2, t 4
  let c = s.charCodeAt(k);
  while (c === 32) {
    do c = s.charCodeAt(++k);
    while (c === 32);
    // One-letter attributes r, s, t only, as `x="…"` or `x='…'`.
    const q = s.charCodeAt(k + 2);
    if (s.charCodeAt(k + 1) !== 61 || (q !== 34 && q !== 39)) return NOT_MINE;
    let j = k + 3;
    const from = j;
    let ch = s.charCodeAt(j);
    if (c === 114 && (seen & 1) === 0) {
      // Upper-case column letters, then row digits within Excel's limits, as parseCell reads them.
      let v = 0;
      while (ch >= 65 && ch <= 90) {
        v = v * 26 + ch - 64;
        ch = s.charCodeAt(++j);
      }
      if (j === from || j - from > 3 || v > 16384 || ch === 48) return NOT_MINE;
      const digits = j;
      let row = 0;
      while (ch >= 48 && ch <= 57) {
        row = row * 10 + ch - 48;
        ch = s.charCodeAt(++j);
      }
      if (ch !== q || j === digits || j - digits > 7 || row > 1048576) return NOT_MINE;
      col = v - 1;
      seen |= 1;
    } else if (c === 115 && (seen & 2) === 0) {
      let v = 0;
      while (ch >= 48 && ch <= 57) {
        v = v * 10 + ch - 48;
        ch = s.charCodeAt(++j);
      }
      if (ch !== q || j === from || j - from > 6) return NOT_MINE;
      style = v;
      seen |= 2;
    } else if (c === 116 && (seen & 4) === 0) {
      const next = s.charCodeAt(j + 1);
      if (next === q) type = ch === 115 ? "s" : ch === 110 ? "n" : ch === 98 ? "b" : ch === 101 ? "e" : "";
      else if (ch === 115 && next === 116 && s.charCodeAt(j + 2) === 114 && s.charCodeAt(j + 3) === q) type = "str";
      else return NOT_MINE;
      if (type === "") return NOT_MINE;
      j += type.length;
      seen |= 4;
    } else return NOT_MINE;
    k = j + 1;
    c = s.charCodeAt(k);
  }
  if (c === 47) {
    if (s.charCodeAt(k + 1) !== 62) return NOT_MINE;
    sink.cell(col, type, style, null);
    return k + 2;
  }
  if (c !== 62 || s.charCodeAt(k + 1) !== 60) return NOT_MINE;
  // `>` then `</c>` (empty) or `<v>text</v></c>`
  k += 2;
  c = s.charCodeAt(k);
  if (c === 47) {
    if (s.charCodeAt(k + 1) !== 99 || s.charCodeAt(k + 2) !== 62) return NOT_MINE;
    sink.cell(col, type, style, null);
    return k + 3;
  }
  if (c !== 118 || s.charCodeAt(k + 1) !== 62) return NOT_MINE;
  const from = k + 2;
  let end = from;
  let ch = s.charCodeAt(end);
  // A plain number (an optional minus, digits, at most one point, 1 to 15 digits: an exact integer, and
  // one division by an exact power of ten rounds as `Number` does) or shared-string index, read as such.
  let value = NaN;
  if (type === "n" || type === "s") {
    const neg = ch === 45 && type === "n";
    if (neg) ch = s.charCodeAt(++end);
    const first = end;
    let m = 0;
    while (ch >= 48 && ch <= 57) {
      m = m * 10 + ch - 48;
      ch = s.charCodeAt(++end);
    }
    let digits = end - first;
    let scale = 1;
    if (ch === 46 && type === "n") {
      const point = ++end;
      ch = s.charCodeAt(end);
      while (ch >= 48 && ch <= 57) {
        m = m * 10 + ch - 48;
        ch = s.charCodeAt(++end);
      }
      digits += end - point;
      scale = POW10[Math.min(end - point, 15)];
    }
    // `Number("")` is 0: an empty index reads the first string, as the general path does.
    if (ch === 60 && digits <= 15 && (digits > 0 || type === "s")) value = neg ? -(m / scale) : m / scale;
  }
  // Any other text: any character XML allows but `&`, `]` (of `]]>`) and line ends (the general reader's).
  for (; ch !== 60; ch = s.charCodeAt(++end)) if (!(ch >= 32 && ch < 0xfffe) || ch === 38 || ch === 93) return NOT_MINE;
  if (
    s.charCodeAt(end + 1) !== 47 ||
    s.charCodeAt(end + 2) !== 118 ||
    s.charCodeAt(end + 3) !== 62 ||
    s.charCodeAt(end + 4) !== 60 ||
    s.charCodeAt(end + 5) !== 47 ||
    s.charCodeAt(end + 6) !== 99 ||
    s.charCodeAt(end + 7) !== 62
  )
    return NOT_MINE;
  if (value !== value) sink.cell(col, type, style, s.slice(from, end));
  else if (type === "n") sink.number(col, style, value);
  else sink.shared(col, style, value);
  return end + 8;
}

/** Whether s has the same `len` characters at `a` and at `b`. */
function same(s: string, a: number, b: number, len: number): boolean {
  for (let j = 0; j < len; j++) if (s.charCodeAt(a + j) !== s.charCodeAt(b + j)) return false;
  return true;
}

/** Where the names of a row's attributes start, and their lengths, to find a repeated one. */
const names: number[] = [];

/**
 * Reads the start tag `<row …>` at `lt` into the sink (not `<row …/>`); returns the index after it, or
 * NOT_MINE. Attribute values with an entity, `<`, a control character or a line end are not read here.
 */
export function scanRow(s: string, lt: number, sink: CellSink): number {
  let k = lt + 4;
  let r = -1;
  let hidden = false;
  let count = 0;
  let c = s.charCodeAt(k);
  while (isSpace(c)) {
    do c = s.charCodeAt(++k);
    while (isSpace(c));
    if (c === 62) break;
    // a name: ASCII letters, digits, `_`, `:`, `-`, `.` (not a digit, `-` or `.` first)
    const from = k;
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58)) return NOT_MINE;
    do c = s.charCodeAt(++k);
    while ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46);
    const len = k - from;
    const q = s.charCodeAt(k + 1);
    if (c !== 61 || (q !== 34 && q !== 39)) return NOT_MINE;
    for (let j = 0; j < count; j += 2) if (names[j + 1] === len && same(s, names[j], from, len)) return NOT_MINE;
    names[count++] = from;
    names[count++] = len;
    const vFrom = k + 2;
    k = vFrom;
    for (c = s.charCodeAt(k); c !== q; c = s.charCodeAt(++k)) if (!(c >= 32 && c < 0xfffe) || c === 38 || c === 60) return NOT_MINE;
    if (len === 1 && s.charCodeAt(from) === 114) {
      if (k - vFrom > 9) return NOT_MINE;
      let v = 0;
      for (let j = vFrom; j < k; j++) {
        const d = s.charCodeAt(j) - 48;
        if (d < 0 || d > 9) return NOT_MINE;
        v = v * 10 + d;
      }
      r = k === vFrom ? -1 : v;
    } else if (len === 6 && s.startsWith("hidden", from)) {
      const vl = k - vFrom;
      hidden = (vl === 1 && s.charCodeAt(vFrom) === 49) || (vl === 4 && s.startsWith("true", vFrom));
    }
    c = s.charCodeAt(++k);
  }
  if (c !== 62) return NOT_MINE;
  sink.row(r, hidden);
  return k + 1;
}

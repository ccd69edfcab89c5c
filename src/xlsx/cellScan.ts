/**
 * The scanner's fast path for the commonest element of a worksheet, read straight from its UTF-8 bytes:
 * a cell directly inside a row with a plain value, `<c r="D7" s="1" t="s"><v>12</v></c>` (attributes
 * r, s, t in any order and quote style), with a formula before the value (skipped, ./tagScan), or empty
 * (`<c r="D7"/>`, `<c r="D7"></c>`). A number or a shared-string index is handed on as a number, without
 * a string; other values as their text. Anything else — another attribute, an inline string, a formula
 * without a stored result, a prefix, an entity in the value, a control character, white space inside, a
 * reference beyond Excel's limits, the bytes' end — is left to the general reader (NOT_MINE), which
 * reads it the slow way into the same handler; nothing is reported from here.
 */
import { NOT_MINE, notAChar, skipFormula, textOf, type RowSink } from "./tagScan";

/** A handler that takes whole cells and rows: `col` -1 for a cell without reference (the next column). */
export interface CellSink extends RowSink {
  /** A number value (`t="n"` or none) that `Number` reads exactly as given. */
  number(col: number, style: number, value: number): void;
  /** A shared string's index (`t="s"`). */
  shared(col: number, style: number, index: number): void;
  /** Any other plain cell: its type and text (null: no `<v>`). */
  cell(col: number, type: string, style: number, value: string | null): void;
}

/** Powers of ten up to 10^15, exact as doubles. */
const POW10 = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * Reads the cell whose `<c` is at `lt` (followed by a space, `>` or `/`) into the sink; returns the
 * index after it, or NOT_MINE. Each character is looked at once: references, styles and values are
 * worked out while they are checked.
 */
export function scanCell(b: Uint8Array, lt: number, n: number, sink: CellSink): number {
  let k = lt + 2;
  let col = -1;
  let style = 0;
  let type = "n";
  let seen = 0; // bits: r 1, s 2, t 4
  let c = b[k];
  while (c === 32) {
    do c = b[++k];
    while (c === 32);
    // One-letter attributes r, s, t only, as `x="…"` or `x='…'`.
    const q = b[k + 2];
    if (b[k + 1] !== 61 || (q !== 34 && q !== 39)) return NOT_MINE;
    let j = k + 3;
    const from = j;
    let ch = b[j];
    if (c === 114 && (seen & 1) === 0) {
      // Upper-case column letters, then row digits within Excel's limits, as parseCell reads them.
      let v = 0;
      while (ch >= 65 && ch <= 90) {
        v = v * 26 + ch - 64;
        ch = b[++j];
      }
      if (j === from || j - from > 3 || v > 16384 || ch === 48) return NOT_MINE;
      const digits = j;
      let row = 0;
      while (ch >= 48 && ch <= 57) {
        row = row * 10 + ch - 48;
        ch = b[++j];
      }
      if (ch !== q || j === digits || j - digits > 7 || row > 1048576) return NOT_MINE;
      col = v - 1;
      seen |= 1;
    } else if (c === 115 && (seen & 2) === 0) {
      let v = 0;
      while (ch >= 48 && ch <= 57) {
        v = v * 10 + ch - 48;
        ch = b[++j];
      }
      if (ch !== q || j === from || j - from > 6) return NOT_MINE;
      style = v;
      seen |= 2;
    } else if (c === 116 && (seen & 4) === 0) {
      const next = b[j + 1];
      if (next === q) type = ch === 115 ? "s" : ch === 110 ? "n" : ch === 98 ? "b" : ch === 101 ? "e" : "";
      else if (ch === 115 && next === 116 && b[j + 2] === 114 && b[j + 3] === q) type = "str";
      else return NOT_MINE;
      if (type === "") return NOT_MINE;
      j += type.length;
      seen |= 4;
    } else return NOT_MINE;
    k = j + 1;
    c = b[k];
  }
  if (c === 47) {
    if (b[k + 1] !== 62 || k + 2 > n) return NOT_MINE;
    sink.cell(col, type, style, null);
    return k + 2;
  }
  if (c !== 62 || b[k + 1] !== 60) return NOT_MINE;
  // `>` then `</c>` (empty), or `<v>text</v></c>` after a formula `<f …>…</f>` or none
  k += 1;
  c = b[k + 1];
  if (c === 47) {
    if (b[k + 2] !== 99 || b[k + 3] !== 62 || k + 4 > n) return NOT_MINE;
    sink.cell(col, type, style, null);
    return k + 4;
  }
  if (c === 102) {
    const d = b[k + 2];
    if (d !== 32 && d !== 62 && d !== 47) return NOT_MINE;
    k = skipFormula(b, k);
    if (k < 0 || b[k] !== 60) return NOT_MINE;
    c = b[k + 1];
  }
  if (c !== 118 || b[k + 2] !== 62) return NOT_MINE;
  k += 1;
  const from = k + 2;
  let end = from;
  let ch = b[end];
  // A plain number (an optional minus, digits, at most one point, 1 to 15 digits: an exact integer, and
  // one division by an exact power of ten rounds as `Number` does) or shared-string index, read as such.
  let value = NaN;
  if (type === "n" || type === "s") {
    const neg = ch === 45 && type === "n";
    if (neg) ch = b[++end];
    const first = end;
    let m = 0;
    while (ch >= 48 && ch <= 57) {
      m = m * 10 + ch - 48;
      ch = b[++end];
    }
    let digits = end - first;
    let scale = 1;
    if (ch === 46 && type === "n") {
      const point = ++end;
      ch = b[end];
      while (ch >= 48 && ch <= 57) {
        m = m * 10 + ch - 48;
        ch = b[++end];
      }
      digits += end - point;
      scale = POW10[Math.min(end - point, 15)];
    }
    // `Number("")` is 0: an empty index reads the first string, as the general path does.
    if (ch === 60 && digits <= 15 && (digits > 0 || type === "s")) value = neg ? -(m / scale) : m / scale;
  }
  // Any other text: any character XML allows but `&`, `]` (of `]]>`) and line ends (the general reader's).
  let wide = false;
  for (; ch !== 60; ch = b[++end]) {
    if (!(ch >= 32) || ch === 38 || ch === 93) return NOT_MINE;
    if (ch >= 0x80) {
      if (ch === 0xef && notAChar(b, end)) return NOT_MINE;
      wide = true;
    }
  }
  if (
    b[end + 1] !== 47 ||
    b[end + 2] !== 118 ||
    b[end + 3] !== 62 ||
    b[end + 4] !== 60 ||
    b[end + 5] !== 47 ||
    b[end + 6] !== 99 ||
    b[end + 7] !== 62 ||
    end + 8 > n
  )
    return NOT_MINE;
  if (value !== value) sink.cell(col, type, style, textOf(b, from, end, wide));
  else if (type === "n") sink.number(col, style, value);
  else sink.shared(col, style, value);
  return end + 8;
}


/**
 * Tags of a worksheet read straight from its UTF-8 bytes (./sheetScanner's fast path): the attributes of
 * a tag, a row's start tag, a cell's formula (skipped: a cell with a stored result means that result).
 * Every byte passed over is checked as XML requires; anything else — an entity in an attribute, a
 * control character, a repeated attribute, a byte sequence for U+FFFE/U+FFFF, the bytes' end — gives
 * NOT_MINE, and the general reader reads it (or names what is wrong).
 */

export const NOT_MINE = -2;

/** What reads a row's start tag: `r` as written (-1 when absent or empty), and hidden="1"/"true". */
export interface RowSink {
  row(r: number, hidden: boolean): void;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/** Whether b[k…] starts the UTF-8 bytes of U+FFFE or U+FFFF, which XML forbids. */
export const notAChar = (b: Uint8Array, k: number): boolean => b[k] === 0xef && b[k + 1] === 0xbf && (b[k + 2] === 0xbe || b[k + 2] === 0xbf);

/** Made on first use: a module that imports this one may run where TextDecoder is missing (jsdom). */
let utf8: TextDecoder | null = null;

/** The text of b[from, to), which holds whole characters (`wide`: some are not ASCII). */
export function textOf(b: Uint8Array, from: number, to: number, wide: boolean): string {
  if (wide || to - from > 256) return (utf8 ??= new TextDecoder("utf-8", { ignoreBOM: true })).decode(b.subarray(from, to));
  return String.fromCharCode.apply(null, b.subarray(from, to) as unknown as number[]);
}

/** The attributes read by scanAttributes: name start, name length, value start, value end, … */
export const attrs = new Int32Array(4 * 64);
export let attrCount = 0;

/** Whether b has the same `len` bytes at `a` and at `c`. */
function same(b: Uint8Array, a: number, c: number, len: number): boolean {
  for (let j = 0; j < len; j++) if (b[a + j] !== b[c + j]) return false;
  return true;
}

/**
 * Reads the attributes of the tag whose name ends at `k` into `attrs`; returns the index of the `>` or
 * `/` that ends them, or NOT_MINE. Values hold no entity, `<`, control character or line end.
 */
export function scanAttributes(b: Uint8Array, k: number): number {
  let count = 0;
  let c = b[k];
  while (isSpace(c)) {
    do c = b[++k];
    while (isSpace(c));
    if (c === 62 || c === 47) break;
    // a name: ASCII letters, digits, `_`, `:`, `-`, `.` (not a digit, `-` or `.` first)
    const from = k;
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58)) return NOT_MINE;
    do c = b[++k];
    while ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46);
    const len = k - from;
    const q = b[k + 1];
    if (c !== 61 || (q !== 34 && q !== 39) || count === attrs.length) return NOT_MINE;
    for (let j = 0; j < count; j += 4) if (attrs[j + 1] === len && same(b, attrs[j], from, len)) return NOT_MINE;
    const vFrom = k + 2;
    k = vFrom;
    for (c = b[k]; c !== q; c = b[++k]) {
      if (!(c >= 32) || c === 38 || c === 60) return NOT_MINE;
      if (c === 0xef && notAChar(b, k)) return NOT_MINE;
    }
    attrs[count] = from;
    attrs[count + 1] = len;
    attrs[count + 2] = vFrom;
    attrs[count + 3] = k;
    count += 4;
    c = b[++k];
  }
  attrCount = count;
  return c === 62 || c === 47 ? k : NOT_MINE;
}

/**
 * Reads the start tag `<row …>` at `lt` into the sink (not `<row …/>`) if it ends by `n`; returns the
 * index after it, or NOT_MINE.
 */
export function scanRow(b: Uint8Array, lt: number, n: number, sink: RowSink): number {
  const k = scanAttributes(b, lt + 4);
  if (k < 0 || b[k] !== 62 || k + 1 > n) return NOT_MINE;
  let r = -1;
  let hidden = false;
  for (let j = 0; j < attrCount; j += 4) {
    const from = attrs[j];
    const len = attrs[j + 1];
    const vFrom = attrs[j + 2];
    const vTo = attrs[j + 3];
    if (len === 1 && b[from] === 114) {
      if (vTo - vFrom > 9) return NOT_MINE;
      let v = 0;
      for (let i = vFrom; i < vTo; i++) {
        const d = b[i] - 48;
        if (d < 0 || d > 9) return NOT_MINE;
        v = v * 10 + d;
      }
      r = vTo === vFrom ? -1 : v;
    } else if (len === 6 && b[from] === 104 && b[from + 1] === 105 && b[from + 2] === 100 && b[from + 3] === 100 && b[from + 4] === 101 && b[from + 5] === 110) {
      const vl = vTo - vFrom;
      hidden = (vl === 1 && b[vFrom] === 49) || (vl === 4 && b[vFrom] === 116 && b[vFrom + 1] === 114 && b[vFrom + 2] === 117 && b[vFrom + 3] === 101);
    }
  }
  sink.row(r, hidden);
  return k + 1;
}

/** Whether b[k…] is one of the five predefined entities (`&` at k); returns the index after it, or -1. */
function entityEnd(b: Uint8Array, k: number): number {
  const c = b[k + 1];
  if (c === 108 || c === 103) return b[k + 2] === 116 && b[k + 3] === 59 ? k + 4 : -1; // lt gt
  if (c === 97) {
    if (b[k + 2] === 109 && b[k + 3] === 112 && b[k + 4] === 59) return k + 5; // amp
    if (b[k + 2] === 112 && b[k + 3] === 111 && b[k + 4] === 115 && b[k + 5] === 59) return k + 6; // apos
    return -1;
  }
  return c === 113 && b[k + 2] === 117 && b[k + 3] === 111 && b[k + 4] === 116 && b[k + 5] === 59 ? k + 6 : -1; // quot
}

/**
 * Skips the formula `<f …>text</f>` or `<f …/>` at `lt` (its text is not needed); returns the index
 * after it, or NOT_MINE (a character reference, `]]>`, a control character: the general reader's).
 */
export function skipFormula(b: Uint8Array, lt: number): number {
  let k = scanAttributes(b, lt + 2);
  if (k < 0) return NOT_MINE;
  if (b[k] === 47) return b[k + 1] === 62 ? k + 2 : NOT_MINE;
  for (let c = b[++k]; c !== 60; c = b[++k]) {
    if (c < 32) {
      if (c !== 9 && c !== 10 && c !== 13) return NOT_MINE;
    } else if (c === 38) {
      const end = entityEnd(b, k);
      if (end < 0) return NOT_MINE;
      k = end - 1;
    } else if (c === 93) {
      if (b[k + 1] === 93 && b[k + 2] === 62) return NOT_MINE;
    } else if (c === 0xef) {
      if (notAChar(b, k)) return NOT_MINE;
    } else if (!(c >= 32)) return NOT_MINE;
  }
  return b[k + 1] === 47 && b[k + 2] === 102 && b[k + 3] === 62 ? k + 4 : NOT_MINE;
}

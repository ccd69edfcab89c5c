/**
 * A worksheet part read from its UTF-8 bytes: rows and their cells straight from the bytes (./tagScan,
 * ./cellScan), without decoding them to text and without a string per name or value; whatever that
 * fast path does not read (a formula without a result, an inline string, a prefix, a comment, anything
 * unusual or malformed) goes, decoded, to the general tokeniser (./xmlScanner) up to the end of the
 * row, and the fast path goes on from there. Both drive the same handler (./sheetBuilder) and share the
 * scanner's stack of open elements, so the handler cannot tell which of them read what.
 *
 * Why bytes: on the 400-Jobcenter export the fast path over bytes takes about half the time of the
 * same code over a decoded string, and the decoding itself is saved (see ./partReader for figures).
 */
import { scanCell, type CellSink } from "./cellScan";
import type { XmlHandler } from "./sheetBuilder";
import { scanRow } from "./tagScan";
import { XmlScanner } from "./xmlScanner";
import { Utf8Text } from "./zipPackage";

/**
 * Where the general reader's stretch from `p` ends: before the next row's start tag, after the next
 * `</row>`, or at the window's end (then the fast path takes over again if the scanner has read all).
 */
function stretchEnd(b: Uint8Array, p: number, n: number): number {
  for (let k = b.indexOf(60, p + 1); k >= 0; k = b.indexOf(60, k + 1)) {
    const c = b[k + 1];
    if (c === 114) {
      const d = b[k + 4];
      if (b[k + 2] === 111 && b[k + 3] === 119 && (d === 32 || d === 62 || d === 9 || d === 10 || d === 13)) return k;
    } else if (c === 47 && b[k + 2] === 114 && b[k + 3] === 111 && b[k + 4] === 119 && b[k + 5] === 62) return k + 6;
  }
  return n;
}

export class SheetScanner {
  private readonly scanner: XmlScanner;
  private readonly text = new Utf8Text();

  constructor(private readonly handler: XmlHandler & CellSink) {
    this.scanner = new XmlScanner(handler);
  }

  /** A window of the part's bytes (`clean`: it ends before a `<` or with the part, not inside a character). */
  write(b: Uint8Array, clean: boolean): void {
    const n = b.length;
    if (!clean) {
      this.scanner.write(this.text.decode(b, false));
      return;
    }
    let p = 0;
    while (p < n) {
      if (this.scanner.idle && !this.text.pending) {
        p = this.rows(b, p);
        if (p >= n) break;
      }
      const q = stretchEnd(b, p, n);
      this.scanner.write(this.text.decode(b.subarray(p, q), true));
      p = q;
    }
  }

  close(): void {
    this.scanner.close();
  }

  /**
   * The fast path for as long as it reads: rows' start and end tags, the cells directly inside a row,
   * and white space between them that the handler does not want. Returns where it stopped.
   */
  private rows(b: Uint8Array, k: number): number {
    const { stack } = this.scanner;
    const handler = this.handler;
    let inRow = stack.length > 0 && stack[stack.length - 1] === "row";
    for (;;) {
      let c = b[k];
      if (c !== 60) {
        if (!(c === 32 || c === 10 || c === 13 || c === 9) || stack.length === 0 || handler.wantsText) break;
        do c = b[++k];
        while (c === 32 || c === 10 || c === 13 || c === 9);
        continue;
      }
      c = b[k + 1];
      let end = -1;
      if (c === 99) {
        const d = b[k + 2];
        if (inRow && (d === 32 || d === 62 || d === 47)) end = scanCell(b, k, handler);
      } else if (c === 47) {
        if (inRow && b[k + 2] === 114 && b[k + 3] === 111 && b[k + 4] === 119 && b[k + 5] === 62) {
          stack.pop();
          handler.close("row");
          inRow = stack.length > 0 && stack[stack.length - 1] === "row";
          end = k + 6;
        }
      } else if (c === 114) {
        if (b[k + 2] === 111 && b[k + 3] === 119 && stack.length > 0) {
          end = scanRow(b, k, handler);
          if (end >= 0) {
            stack.push("row");
            inRow = true;
          }
        }
      }
      if (end < 0) break;
      k = end;
    }
    return k;
  }
}

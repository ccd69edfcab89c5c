/**
 * A part read from its UTF-8 bytes by a fast path of its own (rows and cells of a worksheet,
 * ./sheetScanner; strings of the string table, ./sharedStrings), without decoding them to text;
 * whatever the fast path does not read (anything unusual or malformed) goes, decoded, to the general
 * tokeniser (./xmlScanner) up to the end of the element at hand, and the fast path goes on from there.
 * Both drive the same handler and share the scanner's stack of open elements, so the handler cannot
 * tell which of them read what.
 *
 * Why bytes: on the 400-Jobcenter export the fast path over bytes takes about half the time of the
 * same code over a decoded string, and the decoding itself is saved (see ./partReader for figures).
 */
import type { XmlHandler } from "./sheetBuilder";
import { XmlScanner } from "./xmlScanner";
import { Utf8Text } from "./zipPackage";

export abstract class ByteScanner {
  protected readonly scanner: XmlScanner;
  private readonly text = new Utf8Text();

  /** `element`: the name (ASCII) of the elements the fast path reads, e.g. "row". */
  constructor(
    handler: XmlHandler,
    private readonly element: string,
  ) {
    this.scanner = new XmlScanner(handler);
  }

  /**
   * A window of the part's bytes, b[0, n) (`clean`: it ends before a `<` or with the part, not inside a
   * character, and WINDOW_PAD bytes can be read after it; see ./zipPackage).
   */
  write(b: Uint8Array, n: number, clean: boolean): void {
    if (!clean) {
      this.scanner.write(this.text.decode(b.subarray(0, n), false));
      return;
    }
    let p = 0;
    while (p < n) {
      if (this.scanner.idle && !this.text.pending) {
        p = this.fast(b, p, n);
        if (p >= n) break;
      }
      const q = this.stretchEnd(b, p, n);
      this.scanner.write(this.text.decode(b.subarray(p, q), true));
      p = q;
    }
  }

  close(): void {
    this.scanner.close();
  }

  /** Reads from `k` for as long as the fast path can, taking nothing that ends after `n`; returns where it stopped. */
  protected abstract fast(b: Uint8Array, k: number, n: number): number;

  /**
   * Where the general reader's stretch from `p` ends: before the next start tag of the element, after
   * the next end tag of it, or at the window's end (then the fast path goes on if the scanner has read all).
   */
  private stretchEnd(b: Uint8Array, p: number, n: number): number {
    const name = this.element;
    const len = name.length;
    for (let k = b.indexOf(60, p + 1); k >= 0 && k < n; k = b.indexOf(60, k + 1)) {
      const close = b[k + 1] === 47 ? 1 : 0;
      let j = 0;
      while (j < len && b[k + 1 + close + j] === name.charCodeAt(j)) j++;
      if (j < len) continue;
      const d = b[k + 1 + close + len];
      if (close === 1 && d === 62) return k + len + 3;
      if (close === 0 && (d === 32 || d === 62 || d === 9 || d === 10 || d === 13)) return k;
    }
    return n;
  }
}

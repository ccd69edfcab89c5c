/**
 * A strict, small XML tokeniser for the parts the CLI reads in bulk (the shared strings; in worksheets
 * whatever ./sheetScanner's fast path over the bytes does not read itself): it jumps from `<` to `<` with indexOf and parses a tag's attributes in one go, instead of one
 * callback step per character. It reads exactly the XML that SpreadsheetML writers produce: elements
 * with ASCII names, attributes in either quote style and any order, the five predefined entities and
 * character references, comments, CDATA, the XML declaration, `\r\n` line ends (normalised as XML says).
 *
 * Anything else — a DOCTYPE, a non-ASCII name, a control character, a tag that does not close, an
 * unknown entity, any well-formedness error — throws ScanFallback, and ./sheetReader reads the part
 * again with saxes (the reference reader), which either reads it or names the error. So the scanner
 * never accepts what saxes refuses, and never reports an error of its own
 * (test/xlsx/xmlScanner.test.ts checks both on random and on damaged sheets).
 *
 * Why not saxes alone: see ./partReader (measured figures, `npm run bench -- readers`).
 */
import type { XmlHandler } from "./sheetBuilder";
import { decodeXml, normalise, plain, ScanFallback } from "./xmlText";

export { decodeXml, ScanFallback } from "./xmlText";

const DECLARATION = /^<\?xml\s+version\s*=\s*(["'])1\.0\1(\s+encoding\s*=\s*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*\?>$/;

const fail = (why: string): never => {
  throw new ScanFallback(why);
};

function isNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 58 || c === 45 || c === 46;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

export class XmlScanner {
  private buf = "";
  /** The open elements; ./sheetScanner's fast path opens and closes rows on it too. */
  readonly stack: string[] = [];
  private started = false;
  private rootSeen = false;
  private readonly names: string[] = [];
  private readonly values: string[] = [];
  private count = 0;
  /** Names seen, by a hash of length and end characters: a tag name is not copied again and again. */
  private readonly nameCache: string[] = new Array<string>(256).fill("");
  /** The opened element's attributes, for the handler's `open` call. */
  private readonly attr = (name: string): string | undefined => {
    for (let k = 0; k < this.count; k++) if (this.names[k] === name) return this.values[k];
    return undefined;
  };

  constructor(private readonly handler: XmlHandler) {}

  /** Whether all text written so far has been read (no token waits for more). */
  get idle(): boolean {
    return this.buf.length === 0;
  }

  /** Reads a chunk of the part's text; a token cut at the chunk's end waits for the next chunk. */
  write(chunk: string): void {
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    this.run(false);
  }

  /** The part has ended: everything must be read and every element closed. */
  close(): void {
    this.run(true);
    if (this.buf.length > 0 || this.stack.length > 0 || !this.rootSeen) fail("unexpected end");
  }

  private run(final: boolean): void {
    const s = this.buf;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.charCodeAt(i) === 60 ? i : s.indexOf("<", i);
      if (lt < 0) {
        i = this.partialText(s, i, n, final);
        break;
      }
      if (lt > i) this.text(s, i, lt);
      const next = this.token(s, lt, n);
      if (next < 0) {
        i = lt;
        break;
      }
      i = next;
      this.started = true;
    }
    this.buf = i >= n ? "" : s.slice(i);
  }

  /** Text up to the end of what has arrived; the tail that may continue (an entity, `]]`, `\r`) waits. */
  private partialText(s: string, i: number, n: number, final: boolean): number {
    let end = n;
    if (!final) {
      const amp = s.lastIndexOf("&");
      if (amp >= i && s.indexOf(";", amp) < 0) end = amp;
      for (let k = 0; k < 2 && end > i && (s.charCodeAt(end - 1) === 93 || s.charCodeAt(end - 1) === 13); k++) end--;
    }
    if (end > i) this.text(s, i, end);
    return end;
  }

  private text(s: string, from: number, to: number): void {
    if (this.stack.length === 0) {
      for (let k = from; k < to; k++) if (!isSpace(s.charCodeAt(k))) fail("text outside the root element");
      this.started = true;
      return;
    }
    if (plain(s, from, to)) {
      if (this.handler.wantsText) this.handler.text(s.slice(from, to));
      return;
    }
    const raw = s.slice(from, to);
    if (raw.indexOf("]]>") >= 0) fail("]]> in text");
    if (this.handler.wantsText) this.handler.text(decodeXml(raw, false));
    else if (raw.indexOf("&") >= 0) decodeXml(raw, false);
  }

  /** Reads the token at `<`; returns the index after it, or -1 when it has not fully arrived. */
  private token(s: string, lt: number, n: number): number {
    if (lt + 1 >= n) return -1;
    const c = s.charCodeAt(lt + 1);
    if (c === 47) return this.closeTag(s, lt, n);
    if (c === 33) return this.markup(s, lt, n);
    if (c === 63) {
      const end = s.indexOf("?>", lt + 2);
      if (end < 0) return -1;
      if (this.started || !DECLARATION.test(s.slice(lt, end + 2))) fail("processing instruction");
      return end + 2;
    }
    return this.openTag(s, lt, n);
  }

  private markup(s: string, lt: number, n: number): number {
    if (lt + 9 > n) return -1;
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      if (end < 0) return -1;
      if (s.slice(lt + 4, end).includes("--") || s.charCodeAt(end - 1) === 45) fail("-- in a comment");
      plain(s, lt + 4, end);
      return end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      if (this.stack.length === 0) fail("CDATA outside the root element");
      plain(s, lt + 9, end);
      if (this.handler.wantsText) this.handler.text(normalise(s.slice(lt + 9, end), false));
      return end + 3;
    }
    return fail("DOCTYPE or other markup");
  }

  /** End of an ASCII name starting at `from` (-1 when the buffer ends inside it). */
  private nameEnd(s: string, from: number, n: number): number {
    if (from >= n) return -1;
    if (!isNameStart(s.charCodeAt(from))) fail("name");
    let k = from + 1;
    while (k < n && isNameChar(s.charCodeAt(k))) k++;
    return k >= n ? -1 : k;
  }

  /** s[from, to) as a string, the same string each time the name recurs. */
  private nameAt(s: string, from: number, to: number): string {
    const len = to - from;
    const h = (len * 31 + s.charCodeAt(from) * 7 + s.charCodeAt(to - 1)) & 255;
    const cached = this.nameCache[h];
    if (cached.length === len && s.startsWith(cached, from)) return cached;
    return (this.nameCache[h] = s.slice(from, to));
  }

  private closeTag(s: string, lt: number, n: number): number {
    const end = this.nameEnd(s, lt + 2, n);
    if (end < 0) return -1;
    let k = end;
    while (k < n && isSpace(s.charCodeAt(k))) k++;
    if (k >= n) return -1;
    if (s.charCodeAt(k) !== 62) fail("close tag");
    const name = this.stack.pop();
    if (name === undefined || name.length !== end - lt - 2 || !s.startsWith(name, lt + 2)) fail("mismatched close tag");
    this.handler.close(name!);
    return k + 1;
  }

  private openTag(s: string, lt: number, n: number): number {
    if (this.rootSeen && this.stack.length === 0) fail("second root element");
    const end = this.nameEnd(s, lt + 1, n);
    if (end < 0) return -1;
    let k = end;
    let count = 0;
    for (;;) {
      const spaced = k < n && isSpace(s.charCodeAt(k));
      while (k < n && isSpace(s.charCodeAt(k))) k++;
      if (k >= n) return -1;
      const c = s.charCodeAt(k);
      if (c === 62 || c === 47) break;
      if (!spaced) fail("no space before an attribute");
      const nameEnd = this.nameEnd(s, k, n);
      if (nameEnd < 0) return -1;
      let e = nameEnd;
      while (e < n && isSpace(s.charCodeAt(e))) e++;
      if (e >= n) return -1;
      if (s.charCodeAt(e) !== 61) fail("attribute without value");
      e++;
      while (e < n && isSpace(s.charCodeAt(e))) e++;
      if (e >= n) return -1;
      const q = s.charCodeAt(e);
      if (q !== 34 && q !== 39) fail("unquoted attribute value");
      const close = s.indexOf(q === 34 ? '"' : "'", e + 1);
      if (close < 0) return -1;
      let value = s.slice(e + 1, close);
      if (!plain(s, e + 1, close)) {
        if (value.indexOf("<") >= 0) fail("< in an attribute value");
        value = decodeXml(value, true);
      }
      const name = this.nameAt(s, k, nameEnd);
      for (let j = 0; j < count; j++) if (this.names[j] === name) fail("duplicate attribute");
      this.names[count] = name;
      this.values[count] = value;
      count++;
      k = close + 1;
    }
    const selfClosing = s.charCodeAt(k) === 47;
    if (selfClosing) {
      if (k + 1 >= n) return -1;
      if (s.charCodeAt(k + 1) !== 62) fail("/ without >");
    }
    const name = this.nameAt(s, lt + 1, end);
    this.count = count;
    this.rootSeen = true;
    this.handler.open(name, this.attr);
    if (selfClosing) this.handler.close(name);
    else this.stack.push(name);
    this.count = 0;
    return selfClosing ? k + 2 : k + 1;
  }
}

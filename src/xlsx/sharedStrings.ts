/**
 * The shared string table, streamed: the text of each <si> (runs joined, phonetic hints left out). A
 * string of one plain run, `<si><t>text</t></si>`, is read straight from the bytes (./byteScanner);
 * anything else (runs, phonetic hints, entities, a prefix) by the general reader into the same handler.
 */
import { ByteScanner } from "./byteScanner";
import { readPart, type XmlReader } from "./partReader";
import type { XmlHandler } from "./sheetBuilder";
import { NOT_MINE, notAChar, scanAttributes, textOf } from "./tagScan";
import type { XlsxPackage } from "./zipPackage";

const local = (name: string): string => name.slice(name.indexOf(":") + 1);

class StringTable implements XmlHandler {
  readonly out: string[] = [];
  private inSi = false;
  private phonetic = 0;
  private runs: string[] = [];
  wantsText = false;

  open(name: string): void {
    const n = local(name);
    if (n === "si") {
      this.inSi = true;
      this.runs = [];
    } else if (n === "rPh") this.phonetic++;
    else if (n === "t" && this.inSi && this.phonetic === 0) this.wantsText = true;
  }

  close(name: string): void {
    const n = local(name);
    if (n === "si") {
      this.out.push(this.runs.length === 1 ? this.runs[0] : this.runs.join(""));
      this.inSi = false;
    } else if (n === "rPh") this.phonetic--;
    else if (n === "t") this.wantsText = false;
  }

  text(t: string): void {
    if (this.wantsText) this.runs.push(t);
  }
}

/**
 * Reads `<si><t …>text</t></si>` at `lt` into `out` (text without entities, `]]>`, carriage returns or
 * control characters), if it ends by `n`; returns the index after it, or NOT_MINE.
 */
function scanString(b: Uint8Array, lt: number, n: number, out: string[]): number {
  if (b[lt + 1] !== 115 || b[lt + 2] !== 105 || b[lt + 3] !== 62 || b[lt + 4] !== 60 || b[lt + 5] !== 116) return NOT_MINE;
  const k = scanAttributes(b, lt + 6);
  if (k < 0 || b[k] !== 62) return NOT_MINE;
  const from = k + 1;
  let end = from;
  let wide = false;
  for (let c = b[end]; c !== 60; c = b[++end]) {
    if (c < 32) {
      if (c !== 9 && c !== 10) return NOT_MINE;
    } else if (c === 38) return NOT_MINE;
    else if (c === 93) {
      if (b[end + 1] === 93 && b[end + 2] === 62) return NOT_MINE;
    } else if (c >= 0x80) {
      if (c === 0xef && notAChar(b, end)) return NOT_MINE;
      wide = true;
    } else if (!(c >= 32)) return NOT_MINE;
  }
  if (b[end + 1] !== 47 || b[end + 2] !== 116 || b[end + 3] !== 62 || b[end + 4] !== 60 || b[end + 5] !== 47 || b[end + 6] !== 115 || b[end + 7] !== 105 || b[end + 8] !== 62 || end + 9 > n) return NOT_MINE;
  out.push(textOf(b, from, end, wide));
  return end + 9;
}

/** The string table's fast path: plain strings directly inside the (unprefixed) `<sst>`, and white space between them. */
class StringsScanner extends ByteScanner {
  constructor(private readonly table: StringTable) {
    super(table, "si");
  }

  protected fast(b: Uint8Array, k: number, n: number): number {
    const { stack } = this.scanner;
    if (stack.length !== 1 || stack[0] !== "sst") return k;
    const out = this.table.out;
    while (k < n) {
      let c = b[k];
      if (c !== 60) {
        if (!(c === 32 || c === 10 || c === 13 || c === 9)) break;
        do c = b[++k];
        while (c === 32 || c === 10 || c === 13 || c === 9);
        continue;
      }
      const end = scanString(b, k, n, out);
      if (end < 0) break;
      k = end;
    }
    return k;
  }
}

export async function readSharedStrings(pkg: XlsxPackage, part: string | undefined, reader: XmlReader = "scan"): Promise<string[]> {
  if (!part || !pkg.zip.file(part)) return [];
  return (await readPart(pkg, part, () => new StringTable(), reader, undefined, (t) => new StringsScanner(t))).out;
}

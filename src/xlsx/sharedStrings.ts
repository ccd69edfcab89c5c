/** The shared string table, streamed: the text of each <si> (runs joined, phonetic hints left out). */
import { readPart, type XmlReader } from "./partReader";
import type { XmlHandler } from "./sheetBuilder";
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

export async function readSharedStrings(pkg: XlsxPackage, part: string | undefined, reader: XmlReader = "scan"): Promise<string[]> {
  if (!part || !pkg.zip.file(part)) return [];
  return (await readPart(pkg, part, () => new StringTable(), reader)).out;
}

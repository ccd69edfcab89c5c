/** The shared string table, streamed: the text of each <si> (runs joined, phonetic hints left out). */
import { SaxesParser } from "saxes";
import { xlsxErrors } from "./errors";
import { streamPart, type XlsxPackage } from "./zipPackage";

export async function readSharedStrings(pkg: XlsxPackage, part: string | undefined): Promise<string[]> {
  if (!part || !pkg.zip.file(part)) return [];
  const out: string[] = [];
  const parser = new SaxesParser({ position: false });
  let inSi = false;
  let inT = false;
  let phonetic = 0;
  let text: string[] = [];
  parser.on("opentag", (tag) => {
    const name = tag.name.slice(tag.name.indexOf(":") + 1);
    if (name === "si") {
      inSi = true;
      text = [];
    } else if (name === "rPh") phonetic++;
    else if (name === "t" && inSi && phonetic === 0) inT = true;
  });
  parser.on("closetag", (tag) => {
    const name = tag.name.slice(tag.name.indexOf(":") + 1);
    if (name === "si") {
      out.push(text.join(""));
      inSi = false;
    } else if (name === "rPh") phonetic--;
    else if (name === "t") inT = false;
  });
  parser.on("text", (t) => {
    if (inT) text.push(t);
  });
  parser.on("error", (e) => {
    throw xlsxErrors.damagedPart(pkg.fileName, part, e.message);
  });
  await streamPart(pkg, part, (chunk) => parser.write(chunk));
  parser.close();
  return out;
}

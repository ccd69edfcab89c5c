/**
 * The number format of each cell style (cellXfs index → format code), read only to tell dates from plain
 * numbers: built-in format ids have no code in the file, so the date and time ones get a representative.
 */
import { child, children, parseXml } from "./xml";
import { readPartText, type XlsxPackage } from "./zipPackage";

/** Built-in number formats (ECMA-376 part 1 §18.8.30) that show dates or times. */
const BUILT_IN_DATES: Record<number, string> = {
  14: "dd.mm.yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "dd.mm.yyyy h:mm",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

/** Format code per style index ("" for General and other built-in number formats). */
export async function readStyleFormats(pkg: XlsxPackage, part: string | undefined): Promise<string[]> {
  if (!part || !pkg.zip.file(part)) return [];
  const doc = parseXml(await readPartText(pkg, part), pkg.fileName, part);
  const root = doc.documentElement!;
  const custom = new Map<number, string>();
  const numFmts = child(root, "numFmts");
  for (const f of numFmts ? children(numFmts, "numFmt") : []) custom.set(Number(f.getAttribute("numFmtId")), f.getAttribute("formatCode") ?? "");
  const xfs = child(root, "cellXfs");
  return (xfs ? children(xfs, "xf") : []).map((xf) => {
    const id = Number(xf.getAttribute("numFmtId") ?? "0");
    return custom.get(id) ?? BUILT_IN_DATES[id] ?? "";
  });
}

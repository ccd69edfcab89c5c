/** One worksheet part read into SheetData (./sheetBuilder) from its bytes (./sheetScanner), or by saxes (./partReader). */
import { readPart, type XmlReader } from "./partReader";
import { SheetBuilder, type SheetReadResult } from "./sheetBuilder";
import { SheetScanner } from "./sheetScanner";
import type { XlsxPackage } from "./zipPackage";

export type { SheetReadResult } from "./sheetBuilder";

export async function readSheet(
  pkg: XlsxPackage,
  part: string,
  name: string,
  strings: string[],
  styleFormats: string[],
  date1904: boolean,
  cellBudget: { left: number },
  reader: XmlReader = "scan",
): Promise<SheetReadResult> {
  const make = () => new SheetBuilder({ fileName: pkg.fileName, name }, strings, styleFormats, date1904, cellBudget);
  const builder = await readPart(pkg, part, make, reader, (b) => ({ sheet: name, cell: b.lastCell() }), (b) => new SheetScanner(b));
  return builder.finish();
}

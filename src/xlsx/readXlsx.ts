/**
 * An .xlsx (or .xlsm) file's bytes as WorkbookData, in Node and in the browser preview: every worksheet
 * streamed (./sheetReader), values only, dates told by their number format. Chart sheets, dialog and
 * macro sheets hold no cells and are left out with a note; very hidden sheets are left out as in Excel.
 * Anything that cannot be read is an XlsxError naming the file (and part or sheet).
 */
import type { Problem, WorkbookData } from "../workbook/types";
import { MAX_CELLS } from "./errors";
import type { XmlReader } from "./partReader";
import { readSharedStrings } from "./sharedStrings";
import { readSheet } from "./sheetReader";
import { readStructure } from "./structure";
import { readStyleFormats } from "./styles";
import { hasPart, openPackage, type RawInflater } from "./zipPackage";
import { message } from "../domain/messages";

export interface XlsxWorkbook extends WorkbookData {
  /** What reading noticed: sheets left out, formulas without stored results. */
  notes: Problem[];
}


/**
 * `reader`: the XML reader of sheets and strings ("saxes" only to compare with the scanner, see
 * ./partReader); `windowBytes`: how much text the readers get at once (tests make it small).
 */
export async function readXlsx(
  source: ArrayBuffer | Uint8Array,
  fileName = "Arbeitsmappe.xlsx",
  inflateRaw?: RawInflater,
  reader: XmlReader = "scan",
  windowBytes?: number,
): Promise<XlsxWorkbook> {
  const pkg = await openPackage(source, fileName, inflateRaw, windowBytes);
  const structure = await readStructure(pkg);
  const strings = await readSharedStrings(pkg, structure.sharedStringsPart, reader);
  const styleFormats = await readStyleFormats(pkg, structure.stylesPart);
  const notes: Problem[] = [];
  const sheets: WorkbookData["sheets"] = [];
  const budget = { left: MAX_CELLS };
  for (const entry of structure.sheets) {
    if (entry.state === "veryHidden") continue;
    if (entry.kind !== "worksheet") {
      notes.push({
        severity: "info",
        sheet: entry.name,
        message: message("xlsx.notCells", { sheet: entry.name, kind: entry.kind }),
      });
      continue;
    }
    if (!entry.part || !hasPart(pkg, entry.part)) {
      notes.push({
        severity: "warning",
        sheet: entry.name,
        message: message("xlsx.sheetMissing", { sheet: entry.name, part: String(entry.part) }),
      });
      continue;
    }
    const read = await readSheet(pkg, entry.part, entry.name, strings, styleFormats, structure.date1904, budget, reader);
    sheets.push(read.sheet);
    if (read.uncalculatedCount > 0) {
      const list = read.uncalculated.join(", ") + (read.uncalculatedCount > read.uncalculated.length ? " …" : "");
      notes.push({
        severity: "warning",
        sheet: entry.name,
        cell: read.uncalculated[0],
        message: message("xlsx.uncalculated", { sheet: entry.name, count: read.uncalculatedCount, list }),
      });
    }
  }
  return { fileName, sheets, notes };
}

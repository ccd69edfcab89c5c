/**
 * An .xlsx (or .xlsm) file's bytes as WorkbookData, in Node and in the browser preview: every worksheet
 * streamed (./sheetReader), values only, dates told by their number format. Chart sheets, dialog and
 * macro sheets hold no cells and are left out with a note; very hidden sheets are left out as in Excel.
 * Anything that cannot be read is an XlsxError naming the file (and part or sheet).
 */
import type { Problem, WorkbookData } from "../workbook/types";
import { MAX_CELLS } from "./errors";
import { readSharedStrings } from "./sharedStrings";
import { readSheet } from "./sheetReader";
import { readStructure } from "./structure";
import { readStyleFormats } from "./styles";
import { hasPart, openPackage, type RawInflater } from "./zipPackage";

export interface XlsxWorkbook extends WorkbookData {
  /** What reading noticed: sheets left out, formulas without stored results. */
  notes: Problem[];
}

const KIND_DE = { chartsheet: "Diagrammblatt", dialogsheet: "Dialogblatt", macrosheet: "Makroblatt", other: "unbekannter Blatttyp" } as const;
const KIND_EN = { chartsheet: "chart sheet", dialogsheet: "dialog sheet", macrosheet: "macro sheet", other: "unknown sheet type" } as const;

export async function readXlsx(source: ArrayBuffer | Uint8Array, fileName = "Arbeitsmappe.xlsx", inflateRaw?: RawInflater): Promise<XlsxWorkbook> {
  const pkg = await openPackage(source, fileName, inflateRaw);
  const structure = await readStructure(pkg);
  const strings = await readSharedStrings(pkg, structure.sharedStringsPart);
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
        message: `Blatt "${entry.name}" ist ein ${KIND_DE[entry.kind]} ohne Zellen und wird nicht ausgewertet.`,
        messageEn: `Sheet "${entry.name}" is a ${KIND_EN[entry.kind]} without cells and is not evaluated.`,
      });
      continue;
    }
    if (!entry.part || !hasPart(pkg, entry.part)) {
      notes.push({
        severity: "warning",
        sheet: entry.name,
        message: `Blatt "${entry.name}" fehlt im Paket (Teil "${entry.part}") und wird nicht ausgewertet.`,
        messageEn: `Sheet "${entry.name}" is missing from the package (part "${entry.part}") and is not evaluated.`,
      });
      continue;
    }
    const read = await readSheet(pkg, entry.part, entry.name, strings, styleFormats, structure.date1904, budget);
    sheets.push(read.sheet);
    if (read.uncalculatedCount > 0) {
      const list = read.uncalculated.join(", ") + (read.uncalculatedCount > read.uncalculated.length ? " …" : "");
      notes.push({
        severity: "warning",
        sheet: entry.name,
        cell: read.uncalculated[0],
        message: `Blatt "${entry.name}": ${read.uncalculatedCount} Formel(n) ohne gespeichertes Ergebnis (${list}) gelten als leer. Bitte die Mappe in Excel öffnen, berechnen und speichern.`,
        messageEn: `Sheet "${entry.name}": ${read.uncalculatedCount} formula(s) without a stored result (${list}) count as blank. Please open the workbook in Excel, recalculate and save it.`,
      });
    }
  }
  return { fileName, sheets, notes };
}

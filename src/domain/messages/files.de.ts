/**
 * Texts of reading and writing workbook files (src/xlsx: `XlsxError`, `--out` checks and notes) and of the
 * Excel host (src/excel: `ZielmonitorExcelError`), German. Every text names the file, sheet or part.
 */
import { formatNumberDe } from "../numbers";
import { upTo2 } from "./parts";

const gib = (bytes: number) => `${upTo2(bytes / 1024 / 1024 / 1024, "de")} GiB`;
const SHEET_KIND = { chartsheet: "Diagrammblatt", dialogsheet: "Dialogblatt", macrosheet: "Makroblatt", other: "unbekannter Blatttyp" };
const FIRST_CELLS = 5;

/** "A1, B2, C3, D4, E5 …": the first five cells, then an ellipsis. */
export function firstCells(cells: readonly string[]): string {
  return `${cells.slice(0, FIRST_CELLS).join(", ")}${cells.length > FIRST_CELLS ? " …" : ""}`;
}

export const filesDe = {
  // a workbook that cannot be read (XlsxError, src/xlsx/errors.ts)
  "xlsx.notZip": (p: { file: string }) => `Arbeitsmappe "${p.file}" ist keine .xlsx-Datei (kein ZIP-Paket). Bitte in Excel als Arbeitsmappe (.xlsx) speichern.`,
  "xlsx.oldXls": (p: { file: string }) => `Arbeitsmappe "${p.file}" ist im alten Excel-Format 97–2003 (.xls). Bitte in Excel mit „Speichern unter“ als .xlsx speichern.`,
  "xlsx.text": (p: { file: string }) => `Arbeitsmappe "${p.file}" ist eine Textdatei (etwa CSV), keine .xlsx-Datei. Bitte in Excel öffnen und als .xlsx speichern.`,
  "xlsx.truncated": (p: { file: string; detail: string }) => `Arbeitsmappe "${p.file}" ist beschädigt oder unvollständig (${p.detail}).`,
  "xlsx.tooLarge": (p: { file: string; part: string; limit: number }) =>
    `Arbeitsmappe "${p.file}": Teil "${p.part}" wäre entpackt größer als ${gib(p.limit)} (Grenze gegen ZIP-Bomben); nicht gelesen.`,
  "xlsx.notWorkbook": (p: { file: string; detail: string }) => `Arbeitsmappe "${p.file}" ist keine Excel-Arbeitsmappe (${p.detail}).`,
  "xlsx.damagedPart": (p: { file: string; part: string; detail: string; sheet?: string; cell?: string }) =>
    `Arbeitsmappe "${p.file}"${p.sheet ? `, Blatt "${p.sheet}"` : ""}: Teil "${p.part}" ist kein gültiges XML (${p.detail})${p.cell ? `; Fehler nach Zelle ${p.cell}` : ""}.`,
  "xlsx.tooManyCells": (p: { file: string; sheet: string; limit: number }) =>
    `Arbeitsmappe "${p.file}", Blatt "${p.sheet}": mehr als ${formatNumberDe(p.limit, 0, "de")} gefüllte Zellen; zu groß zum Auswerten. Bitte nur die benötigten Blätter und Zeilen übergeben.`,
  "xlsx.cannotKeep": (p: { file: string; what: string }) =>
    `Arbeitsmappe "${p.file}": ${p.what}; die Kopie (--out) würde nicht alles behalten und wird daher nicht geschrieben.`,
  // details inside those texts
  "xlsx.detail.directory": "ein Ordner",
  "xlsx.detail.relsMissing": "_rels/.rels fehlt",
  "xlsx.detail.noWorkbookPart": "kein Arbeitsmappen-Teil",
  "xlsx.detail.partMissing": (p: { part: string }) => `Teil "${p.part}" fehlt`,
  "xlsx.detail.partInflates": (p: { part: string }) => `Teil "${p.part}" entpackt größer als angegeben`,
  "xlsx.detail.empty": "leer",
  "xlsx.detail.strict": "sie ist im Format „Strict Open XML“ gespeichert",
  // sheets read with a note (src/xlsx)
  "xlsx.notCells": (p: { sheet: string; kind: keyof typeof SHEET_KIND }) => `Blatt "${p.sheet}" ist ein ${SHEET_KIND[p.kind]} ohne Zellen und wird nicht ausgewertet.`,
  "xlsx.sheetMissing": (p: { sheet: string; part: string }) => `Blatt "${p.sheet}" fehlt im Paket (Teil "${p.part}") und wird nicht ausgewertet.`,
  "xlsx.uncalculated": (p: { sheet: string; count: number; list: string }) =>
    `Blatt "${p.sheet}": ${p.count} Formel(n) ohne gespeichertes Ergebnis (${p.list}) gelten als leer. Bitte die Mappe in Excel öffnen, berechnen und speichern.`,
  // where --out may write (src/xlsx/outPath.ts)
  "out.isInput": (p: { out: string; input: string }) =>
    `--out "${p.out}" ist die Eingabedatei "${p.input}" (gleicher Pfad, Verknüpfung oder Hardlink); die Eingabe wird nie überschrieben. Bitte einen anderen Dateinamen wählen.`,
  "out.directory": (p: { out: string }) => `--out "${p.out}" ist ein Ordner; bitte einen Dateinamen angeben (z. B. ergebnis.xlsx).`,
  "out.belowFile": (p: { out: string; file: string }) => `--out "${p.out}" liegt unter der Datei "${p.file}", die kein Ordner ist.`,
  "out.extension": (p: { out: string }) => `--out "${p.out}": bitte eine Datei mit der Endung .xlsx angeben.`,
  "out.keepMacros": (p: { out: string }) => `--out "${p.out}": die Eingabe enthält Makros (.xlsm); die Kopie muss ebenfalls auf .xlsm enden, damit nichts verloren geht.`,
  "out.keepXlsx": (p: { out: string }) => `--out "${p.out}": die Eingabe ist eine .xlsx-Datei; die Kopie muss auf .xlsx enden.`,
  // notes of writing the copy (src/xlsx/writeResultWorkbook.ts)
  "out.sheetNotFound": (p: { sheet: string }) => `Blatt "${p.sheet}" nicht gefunden; dort nicht hervorgehoben.`,
  "out.blanked": (p: { cells: readonly string[] }) => `${p.cells.length} Zelle(n) ohne darstellbare Zahl (NaN/unendlich) leer gelassen: ${firstCells(p.cells)}`,
  // an agreement file (src/xlsx/readAgreementFile.ts)
  "agreementFile.oldDoc": "altes Word-Format (.doc); bitte als .docx speichern",
  "agreementFile.notDocx": "keine Word-Datei (.docx ist ein ZIP-Paket)",
  "agreementFile.unreadable": (p: { detail: string }) => `keine lesbare Word-Datei (${p.detail})`,
  // the Excel host (src/excel)
  "excel.settingNotStored": (p: { key: string }) => `Die Einstellung „${p.key}“ ließ sich nicht in der Arbeitsmappe speichern (beim Zurücklesen abweichend).`,
  "excel.sheetGone": (p: { sheet: string; address: string }) =>
    `Blatt „${p.sheet}“ (Bereich ${p.address}) gibt es nicht mehr – bitte die Arbeitsmappe neu einlesen. Es wurde nichts hervorgehoben.`,
  "excel.noFreeName": (p: { name: string }) => `Das Blatt „${p.name}“ gibt es schon (von Ihnen angelegt); ein freier Name ist zu lang. Bitte das Blatt umbenennen.`,
  // the browser preview's ?file= (src/preview/PreviewApp.tsx)
  "preview.foreignFile": (p: { url: string; origin: string }) =>
    `${p.url}: Die Vorschau öffnet nur Arbeitsmappen von ihrem eigenen Server (${p.origin}); eine andere Mappe bitte über „Arbeitsmappe öffnen“ wählen.`,
  "preview.httpError": (p: { url: string; status: number }) => `${p.url}: Der Vorschau-Server hat die Arbeitsmappe nicht geliefert (HTTP ${p.status}).`,
  "preview.noSheet": (p: { sheet: string }) => `Blatt „${p.sheet}“ gibt es nicht.`,
  "goTo.notACell": (p: { where: string }) => `„${p.where}“ ist kein Zellbezug.`,
  // progress of reading a workbook (src/excel/readWorkbook.ts, src/preview/PreviewHost.ts)
  "progress.sheets": "Blätter",
  "progress.ranges": "Bereiche",
  "progress.values": "Werte",
  "progress.done": "fertig",
  "progress.loadingFile": "Datei wird geladen",
  "progress.readingTables": "Tabellen werden gelesen",
  "progress.sheetsRead": (p: { count: number }) => (p.count === 1 ? "1 Blatt gelesen" : `${p.count} Blätter gelesen`),
};

/**
 * Why a workbook file cannot be read or written, as a code with German and English text. Every message
 * names the file (and sheet or part where there is one); the CLI prints it without a stack trace.
 * (Kept here until the shared message catalogue under src/domain/messages/ takes these codes.)
 */
export type XlsxErrorCode =
  | "notZip"
  | "oldXls"
  | "text"
  | "truncated"
  | "tooLarge"
  | "notWorkbook"
  | "damagedPart"
  | "tooManyCells"
  | "cannotKeep";

export class XlsxError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    readonly messageDe: string,
    readonly messageEn: string,
  ) {
    super(messageDe);
    this.name = "XlsxError";
  }

  text(lang: "de" | "en"): string {
    return lang === "de" ? this.messageDe : this.messageEn;
  }
}

/** Bytes of uncompressed XML accepted from one package part, and from all parts read together. */
export const MAX_PART_BYTES = 1024 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024;
/**
 * Filled cells accepted from one workbook: ten times a BA export of 400 Jobcenters × 36 months × 2 waiting
 * times (460,000 cells), and small enough that reading, detecting and evaluating stay within seconds and
 * far below 2 GB; a larger workbook is refused with a message, at the cell where the limit is reached.
 */
export const MAX_CELLS = 5_000_000;

const GIB = (n: number) => `${(n / 1024 / 1024 / 1024).toLocaleString("de-DE")} GiB`;
const GIB_EN = (n: number) => `${(n / 1024 / 1024 / 1024).toLocaleString("en-GB")} GiB`;

export const xlsxErrors = {
  notZip: (file: string) =>
    new XlsxError(
      "notZip",
      `Arbeitsmappe "${file}" ist keine .xlsx-Datei (kein ZIP-Paket). Bitte in Excel als Arbeitsmappe (.xlsx) speichern.`,
      `Workbook "${file}" is not an .xlsx file (not a ZIP package). Please save it from Excel as a workbook (.xlsx).`,
    ),
  oldXls: (file: string) =>
    new XlsxError(
      "oldXls",
      `Arbeitsmappe "${file}" ist im alten Excel-Format 97–2003 (.xls). Bitte in Excel mit „Speichern unter“ als .xlsx speichern.`,
      `Workbook "${file}" is in the old Excel 97–2003 format (.xls). Please use "Save As" in Excel to save it as .xlsx.`,
    ),
  text: (file: string) =>
    new XlsxError(
      "text",
      `Arbeitsmappe "${file}" ist eine Textdatei (etwa CSV), keine .xlsx-Datei. Bitte in Excel öffnen und als .xlsx speichern.`,
      `Workbook "${file}" is a text file (such as CSV), not an .xlsx file. Please open it in Excel and save it as .xlsx.`,
    ),
  truncated: (file: string, detail: string, detailEn = detail) =>
    new XlsxError(
      "truncated",
      `Arbeitsmappe "${file}" ist beschädigt oder unvollständig (${detail}).`,
      `Workbook "${file}" is damaged or incomplete (${detailEn}).`,
    ),
  tooLarge: (file: string, part: string, limit: number) =>
    new XlsxError(
      "tooLarge",
      `Arbeitsmappe "${file}": Teil "${part}" wäre entpackt größer als ${GIB(limit)} (Grenze gegen ZIP-Bomben); nicht gelesen.`,
      `Workbook "${file}": part "${part}" would unpack to more than ${GIB_EN(limit)} (limit against zip bombs); not read.`,
    ),
  notWorkbook: (file: string, detail: string, detailEn = detail) =>
    new XlsxError(
      "notWorkbook",
      `Arbeitsmappe "${file}" ist keine Excel-Arbeitsmappe (${detail}).`,
      `Workbook "${file}" is not an Excel workbook (${detailEn}).`,
    ),
  /** `at`: the sheet of the part and the last cell read before the error, where known. */
  damagedPart: (file: string, part: string, detail: string, at?: { sheet: string; cell?: string }) =>
    new XlsxError(
      "damagedPart",
      `Arbeitsmappe "${file}"${at ? `, Blatt "${at.sheet}"` : ""}: Teil "${part}" ist kein gültiges XML (${detail})${at?.cell ? `; Fehler nach Zelle ${at.cell}` : ""}.`,
      `Workbook "${file}"${at ? `, sheet "${at.sheet}"` : ""}: part "${part}" is not valid XML (${detail})${at?.cell ? `; error after cell ${at.cell}` : ""}.`,
    ),
  tooManyCells: (file: string, sheet: string, limit: number) =>
    new XlsxError(
      "tooManyCells",
      `Arbeitsmappe "${file}", Blatt "${sheet}": mehr als ${limit.toLocaleString("de-DE")} gefüllte Zellen; zu groß zum Auswerten. Bitte nur die benötigten Blätter und Zeilen übergeben.`,
      `Workbook "${file}", sheet "${sheet}": more than ${limit.toLocaleString("en-GB")} filled cells; too large to evaluate. Please pass only the sheets and rows needed.`,
    ),
  cannotKeep: (file: string, what: string, whatEn: string) =>
    new XlsxError(
      "cannotKeep",
      `Arbeitsmappe "${file}": ${what}; die Kopie (--out) würde nicht alles behalten und wird daher nicht geschrieben.`,
      `Workbook "${file}": ${whatEn}; the copy (--out) would not keep everything and is therefore not written.`,
    ),
};

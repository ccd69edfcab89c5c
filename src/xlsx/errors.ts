/**
 * Why a workbook file cannot be read or written: a code and a message of the catalogue (`xlsx.<code>`,
 * src/domain/messages/files.de.ts), rendered in the language asked. Every message names the file (and
 * sheet or part where there is one); the CLI prints it without a stack trace.
 */
import { message, MessageError, type Message } from "../domain/messages";

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

export class XlsxError extends MessageError {
  constructor(
    readonly code: XlsxErrorCode,
    /** The text as a message of the catalogue; `message` holds its German rendering. */
    problem: Message,
  ) {
    super(problem);
  }
}

/** A detail inside an error: a catalogue message, or a library's own words (an XML parser's, zlib's). */
type Detail = string | Message;

/** Bytes of uncompressed XML accepted from one package part, and from all parts read together. */
export const MAX_PART_BYTES = 1024 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024;
/**
 * Filled cells accepted from one workbook: ten times a BA export of 400 Jobcenters × 36 months × 2 waiting
 * times (460,000 cells), and small enough that reading, detecting and evaluating stay within seconds and
 * far below 2 GB; a larger workbook is refused with a message, at the cell where the limit is reached.
 */
export const MAX_CELLS = 5_000_000;

export const xlsxErrors = {
  notZip: (file: string) => new XlsxError("notZip", message("xlsx.notZip", { file })),
  oldXls: (file: string) => new XlsxError("oldXls", message("xlsx.oldXls", { file })),
  text: (file: string) => new XlsxError("text", message("xlsx.text", { file })),
  truncated: (file: string, detail: Detail) => new XlsxError("truncated", message("xlsx.truncated", { file, detail })),
  tooLarge: (file: string, part: string, limit: number) => new XlsxError("tooLarge", message("xlsx.tooLarge", { file, part, limit })),
  notWorkbook: (file: string, detail: Detail) => new XlsxError("notWorkbook", message("xlsx.notWorkbook", { file, detail })),
  /** `at`: the sheet of the part and the last cell read before the error, where known. */
  damagedPart: (file: string, part: string, detail: Detail, at?: { sheet: string; cell?: string }) =>
    new XlsxError("damagedPart", message("xlsx.damagedPart", { file, part, detail, sheet: at?.sheet, cell: at?.cell })),
  tooManyCells: (file: string, sheet: string, limit: number) => new XlsxError("tooManyCells", message("xlsx.tooManyCells", { file, sheet, limit })),
  cannotKeep: (file: string, what: Detail) => new XlsxError("cannotKeep", message("xlsx.cannotKeep", { file, what })),
};

/**
 * The text of an agreement file: .txt / .md as UTF-8, .docx through mammoth (paragraphs separated by a
 * blank line, as Markdown paragraphs). Other Word formats are named, not guessed at.
 */
import { readFile } from "node:fs/promises";
import mammoth from "mammoth";
import { message, MessageError } from "../domain/messages";

/** Why an agreement file cannot be read: a catalogue message (`agreementFile.*`); `message` holds it in German. */
export class AgreementFileError extends MessageError {}

/** Paragraphs of a .docx, separated by blank lines. */
export async function docxText(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const buffer = Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  if (buffer.length < 4 || buffer[0] !== 0x50 || buffer[1] !== 0x4b)
    throw new AgreementFileError(message(buffer[0] === 0xd0 && buffer[1] === 0xcf ? "agreementFile.oldDoc" : "agreementFile.notDocx"));
  try {
    const { value } = await mammoth.extractRawText({ buffer });
    return value.replace(/\n{3,}/g, "\n\n").trim();
  } catch (e) {
    throw new AgreementFileError(message("agreementFile.unreadable", { detail: (e as Error).message.split("\n")[0] }));
  }
}

export async function readAgreementFile(path: string): Promise<string> {
  const bytes = await readFile(path);
  if (path.toLowerCase().endsWith(".docx")) return docxText(bytes);
  return bytes.toString("utf8").replace(/^\uFEFF/, "");
}

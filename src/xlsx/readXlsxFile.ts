/** An .xlsx file on disk as WorkbookData (Node only; the browser preview reads bytes with readXlsx). */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { MAX_TOTAL_BYTES, xlsxErrors } from "./errors";
import { nodeInflateRaw } from "./nodeInflate";
import type { XmlReader } from "./partReader";
import { readXlsx, type XlsxWorkbook } from "./readXlsx";
import { message } from "../domain/messages";

export async function readXlsxFile(path: string, reader: XmlReader = "scan"): Promise<XlsxWorkbook> {
  const info = await stat(path);
  if (info.isDirectory()) throw xlsxErrors.notWorkbook(path, message("xlsx.detail.directory"));
  if (info.size > MAX_TOTAL_BYTES) throw xlsxErrors.tooLarge(path, basename(path), MAX_TOTAL_BYTES);
  const wb = await readXlsx(await readFile(path), path, nodeInflateRaw, reader);
  return { ...wb, fileName: basename(path) };
}

/** An .xlsx file on disk as WorkbookData (Node only; the browser preview reads bytes with readXlsx). */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { WorkbookData } from "../workbook/types";
import { readXlsx } from "./readXlsx";

export async function readXlsxFile(path: string): Promise<WorkbookData> {
  return readXlsx(await readFile(path), basename(path));
}

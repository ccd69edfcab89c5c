/** Texts of workbook files and the Excel host (English), typed against the German ones. */
import { formatNumberDe } from "../numbers";
import { firstCells, type filesDe } from "./files.de";
import { upTo2 } from "./parts";

const gib = (bytes: number) => `${upTo2(bytes / 1024 / 1024 / 1024, "en")} GiB`;
const SHEET_KIND = { chartsheet: "chart sheet", dialogsheet: "dialog sheet", macrosheet: "macro sheet", other: "unknown sheet type" };

export const filesEn: typeof filesDe = {
  "xlsx.notZip": (p) => `Workbook "${p.file}" is not an .xlsx file (not a ZIP package). Please save it from Excel as a workbook (.xlsx).`,
  "xlsx.oldXls": (p) => `Workbook "${p.file}" is in the old Excel 97–2003 format (.xls). Please use "Save As" in Excel to save it as .xlsx.`,
  "xlsx.text": (p) => `Workbook "${p.file}" is a text file (such as CSV), not an .xlsx file. Please open it in Excel and save it as .xlsx.`,
  "xlsx.truncated": (p) => `Workbook "${p.file}" is damaged or incomplete (${p.detail}).`,
  "xlsx.tooLarge": (p) => `Workbook "${p.file}": part "${p.part}" would unpack to more than ${gib(p.limit)} (limit against zip bombs); not read.`,
  "xlsx.notWorkbook": (p) => `Workbook "${p.file}" is not an Excel workbook (${p.detail}).`,
  "xlsx.damagedPart": (p) =>
    `Workbook "${p.file}"${p.sheet ? `, sheet "${p.sheet}"` : ""}: part "${p.part}" is not valid XML (${p.detail})${p.cell ? `; error after cell ${p.cell}` : ""}.`,
  "xlsx.tooManyCells": (p) =>
    `Workbook "${p.file}", sheet "${p.sheet}": more than ${formatNumberDe(p.limit, 0, "en")} filled cells; too large to evaluate. Please pass only the sheets and rows needed.`,
  "xlsx.cannotKeep": (p) => `Workbook "${p.file}": ${p.what}; the copy (--out) would not keep everything and is therefore not written.`,
  "xlsx.detail.directory": "a directory",
  "xlsx.detail.relsMissing": "_rels/.rels is missing",
  "xlsx.detail.noWorkbookPart": "no workbook part",
  "xlsx.detail.partMissing": (p) => `part "${p.part}" is missing`,
  "xlsx.detail.partInflates": (p) => `part "${p.part}" inflates beyond its declared size`,
  "xlsx.detail.empty": "empty",
  "xlsx.detail.strict": "it is saved as Strict Open XML",
  "xlsx.notCells": (p) => `Sheet "${p.sheet}" is a ${SHEET_KIND[p.kind]} without cells and is not evaluated.`,
  "xlsx.sheetMissing": (p) => `Sheet "${p.sheet}" is missing from the package (part "${p.part}") and is not evaluated.`,
  "xlsx.uncalculated": (p) =>
    `Sheet "${p.sheet}": ${p.count} formula(s) without a stored result (${p.list}) count as blank. Please open the workbook in Excel, recalculate and save it.`,
  "out.isInput": (p) => `--out "${p.out}" is the input file "${p.input}" (same path, link or hard link); the input is never overwritten. Please choose another file name.`,
  "out.directory": (p) => `--out "${p.out}" is a directory; please give a file name (e.g. result.xlsx).`,
  "out.belowFile": (p) => `--out "${p.out}" lies below the file "${p.file}", which is not a directory.`,
  "out.extension": (p) => `--out "${p.out}": please give a file ending in .xlsx.`,
  "out.keepMacros": (p) => `--out "${p.out}": the input holds macros (.xlsm); the copy must end in .xlsm too, so nothing is lost.`,
  "out.keepXlsx": (p) => `--out "${p.out}": the input is an .xlsx file; the copy must end in .xlsx.`,
  "out.sheetNotFound": (p) => `Sheet "${p.sheet}" not found; not highlighted there.`,
  "out.blanked": (p) => `${p.cells.length} cell(s) without a representable number (NaN/infinite) left blank: ${firstCells(p.cells)}`,
  "agreementFile.oldDoc": "old Word format (.doc); please save it as .docx",
  "agreementFile.notDocx": "not a Word file (a .docx is a ZIP package)",
  "agreementFile.unreadable": (p) => `not a readable Word file (${p.detail})`,
  "excel.settingNotStored": (p) => `The setting "${p.key}" could not be stored in the workbook (it read back differently).`,
  "excel.sheetGone": (p) => `Sheet "${p.sheet}" (range ${p.address}) no longer exists – please re-read the workbook. Nothing was highlighted.`,
  "excel.noFreeName": (p) => `A sheet "${p.name}" already exists (created by you); no free name fits. Please rename that sheet.`,
  "preview.foreignFile": (p) =>
    `${p.url}: the preview opens only workbooks from its own server (${p.origin}); pick another one with "Open workbook".`,
  "preview.httpError": (p) => `${p.url}: the preview server did not deliver the workbook (HTTP ${p.status}).`,
  "preview.noSheet": (p) => `There is no sheet "${p.sheet}".`,
  "goTo.notACell": (p) => `"${p.where}" is not a cell reference.`,
  "progress.sheets": "Sheets",
  "progress.ranges": "Ranges",
  "progress.values": "Values",
  "progress.done": "done",
  "progress.loadingFile": "Loading the file",
  "progress.readingTables": "Reading the tables",
  "progress.sheetsRead": (p) => (p.count === 1 ? "1 sheet read" : `${p.count} sheets read`),
};

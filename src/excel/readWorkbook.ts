/**
 * All used ranges of all sheets as WorkbookData, in three context.sync() calls whatever the number of
 * sheets or rows: (1) the sheets, (2) their used ranges' extent, (3) values, number formats, visible
 * rows and merged areas of every sheet. Large sheets are read as several row chunks queued in the same
 * sync, because a single range read is limited to 5 million cells (and may come back empty past it).
 */
import type { CellValue, SheetData, WorkbookData } from "../workbook/types";
import { parseA1, parseA1Range } from "../workbook/cells";
import type { ProgressCallback } from "../workbook/host";

/** Cells per chunk of a read: well below Excel's 5-million-cell limit of one range read. */
export const CELLS_PER_CHUNK = 1_000_000;

/**
 * Whether the host supports ExcelApi `version`. Without Office's requirements API (tests on a fake
 * object model) a current host is assumed.
 */
export function supports(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const isSetSupported = office?.context?.requirements?.isSetSupported;
  if (typeof isSetSupported !== "function") return true;
  // Passed as a string: as a number "1.13" would read as 1.13 < 1.3.
  return !!isSetSupported.call(office!.context.requirements, "ExcelApi", version as unknown as number);
}

function toCell(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

interface Pending {
  name: string;
  origin: { row: number; col: number };
  chunks: Excel.Range[];
  visible: Excel.RangeView | null;
  merged: Excel.RangeAreas | null;
  rowCount: number;
}

export async function readWorkbookData(
  context: Excel.RequestContext,
  onProgress?: ProgressCallback,
  options: { cellsPerChunk?: number } = {},
): Promise<WorkbookData> {
  const cellsPerChunk = options.cellsPerChunk ?? CELLS_PER_CHUNK;
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  onProgress?.(0.05, "Blätter");
  await context.sync();

  const visibleSheets = sheets.items.filter((ws) => ws.visibility !== "VeryHidden");
  const used = visibleSheets.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { ws, range };
  });
  onProgress?.(0.2, "Bereiche");
  await context.sync();

  const withMerges = supports("1.13");
  const withVisibility = supports("1.3");
  const pending: Pending[] = [];
  for (const { ws, range } of used) {
    if (range.isNullObject) {
      pending.push({
        name: ws.name,
        origin: { row: 0, col: 0 },
        chunks: [],
        visible: null,
        merged: null,
        rowCount: 0,
      });
      continue;
    }
    const rowsPerChunk = Math.max(1, Math.floor(cellsPerChunk / Math.max(1, range.columnCount)));
    const chunks: Excel.Range[] = [];
    for (let start = 0; start < range.rowCount; start += rowsPerChunk) {
      const chunk = ws.getRangeByIndexes(range.rowIndex + start, range.columnIndex, Math.min(rowsPerChunk, range.rowCount - start), range.columnCount);
      chunk.load("values,numberFormat");
      chunks.push(chunk);
    }
    // The visible cells of the first column tell which rows are hidden, with one proxy per sheet.
    let visible: Excel.RangeView | null = null;
    if (withVisibility) {
      visible = ws.getRangeByIndexes(range.rowIndex, range.columnIndex, range.rowCount, 1).getVisibleView();
      visible.load("cellAddresses");
    }
    let merged: Excel.RangeAreas | null = null;
    if (withMerges) {
      merged = ws.getRangeByIndexes(range.rowIndex, range.columnIndex, range.rowCount, range.columnCount).getMergedAreasOrNullObject();
      merged.load("areas/items/address");
    }
    pending.push({
      name: ws.name,
      origin: { row: range.rowIndex, col: range.columnIndex },
      chunks,
      visible,
      merged,
      rowCount: range.rowCount,
    });
  }
  onProgress?.(0.4, "Werte");
  await context.sync();

  const out: SheetData[] = pending.map((p) => {
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    for (const chunk of p.chunks) {
      for (const row of chunk.values) values.push(row.map(toCell));
      for (const row of chunk.numberFormat) numberFormats.push(row.map((f) => String(f ?? "")));
    }
    const hiddenRows: number[] = [];
    if (p.visible) {
      const shown = new Set<number>();
      for (const row of p.visible.cellAddresses)
        for (const address of row) {
          const cell = parseA1(String(address).replace(/^.*!/, ""));
          if (cell) shown.add(cell.row);
        }
      for (let r = p.origin.row; r < p.origin.row + p.rowCount; r++) if (!shown.has(r)) hiddenRows.push(r);
    }
    const merges =
      p.merged && !p.merged.isNullObject ? p.merged.areas.items.map((a) => parseA1Range(a.address)).filter((m): m is NonNullable<typeof m> => m !== null) : [];
    return {
      name: p.name,
      origin: p.origin,
      values,
      numberFormats,
      hiddenRows,
      merges,
    };
  });
  onProgress?.(1, "fertig");
  return { sheets: out };
}

/**
 * All used ranges of all sheets as WorkbookData, within Excel on the web's 5 MB per sync:
 * (1) the sheets, (2) their used ranges' extent and a sample of each (at most 20,000 cells in all, from
 * the top left, ExcelApi 1.4) that measures its bytes per cell, (3…) values and number formats in row
 * chunks packed into syncs of 4 MB each, with each sheet's visible cells (as areas, ExcelApi 1.9) and
 * merged areas in the sync of its first chunk. Chunk sizes follow the bytes per cell measured so far
 * (48 where nothing was measured); a sync Excel still refuses as too large is split in half and
 * repeated. So reading needs 2 + payload ÷ 4 MB syncs, rounded up, whatever the layout.
 *
 * Visibility: rows are hidden when no visible area covers them (a hidden column A hides no row). Hosts
 * before ExcelApi 1.9 use each chunk's `rowHidden` and halve mixed chunks until each part is uniform.
 */
import { message } from "../domain/messages";
import type { CellValue, SheetData, WorkbookData } from "../workbook/types";
import { parseAreas } from "../workbook/areas";
import type { ProgressCallback } from "../workbook/host";
import { rangeAddress } from "../workbook/areas";
import { isPayloadLimitError, jsonBytes, PAYLOAD_BUDGET } from "./payload";
import { HIGHLIGHTS_KEY, hintsFrom, OWNED_SHEETS_KEY, type HintStore } from "./registries";
import { supports } from "./requirements";
import { queueLoadSetting } from "./settings";

export { supports } from "./requirements";

/** Cells per range read: well below Excel's 5-million-cell limit of one range read. */
export const CELLS_PER_CHUNK = 1_000_000;
/** Assumed JSON bytes per cell (value and number format) where nothing was measured. */
const FIRST_GUESS_BYTES_PER_CELL = 48;
/** Cells of all samples together: at 48 bytes a cell well below the budget. */
const SAMPLE_CELLS = 20_000;
/** Columns of a sample (its rows follow from SAMPLE_CELLS and the number of sheets). */
const SAMPLE_COLS = 100;

function toCell(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

interface SheetRead {
  ws: Excel.Worksheet;
  name: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
  values: CellValue[][];
  numberFormats: string[][];
  hidden: Set<number>;
  /** Rows read so far (chunks may arrive out of order after a split; they are placed by index). */
  next: number;
  visible: Excel.RangeAreas | null;
  merged: Excel.RangeAreas | null;
  started: boolean;
  /** JSON bytes per cell, as measured on this sheet (its sample, then its chunks). */
  rate: number;
  measured: { bytes: number; cells: number };
}

interface Chunk {
  sheet: SheetRead;
  start: number;
  rows: number;
  range?: Excel.Range;
}

export interface ReadOptions {
  /** Filled with the sheet names and registries read with the sheets, for the next action. */
  hints?: HintStore;
  cellsPerChunk?: number;
  /** Bytes per sync to aim at (default 4 MB). */
  budget?: number;
}

export async function readWorkbookData(context: Excel.RequestContext, onProgress?: ProgressCallback, options: ReadOptions = {}): Promise<WorkbookData> {
  const cellsPerChunk = options.cellsPerChunk ?? CELLS_PER_CHUNK;
  const budget = options.budget ?? PAYLOAD_BUDGET;
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  // The registries, for the next action (highlight, remove, output sheets): a few bytes in this sync.
  const registries = options.hints ? [OWNED_SHEETS_KEY, HIGHLIGHTS_KEY].map((key) => queueLoadSetting(context, key)) : [];
  onProgress?.(0.05, message("progress.sheets"));
  await context.sync();
  if (options.hints) options.hints.current = hintsFrom(sheets.items.map((ws) => ws.name), registries);

  const visibleSheets = sheets.items.filter((ws) => ws.visibility !== "VeryHidden");
  onProgress?.(0.1, message("progress.ranges"));
  const { used, samples } = await syncExtents(context, visibleSheets);

  const reads: SheetRead[] = used.map(({ ws, range }, i) => {
    const empty = range.isNullObject;
    return {
      ws,
      name: ws.name,
      top: empty ? 0 : range.rowIndex,
      left: empty ? 0 : range.columnIndex,
      rows: empty ? 0 : range.rowCount,
      cols: empty ? 0 : range.columnCount,
      values: [],
      numberFormats: [],
      hidden: new Set<number>(),
      next: 0,
      visible: null,
      merged: null,
      started: false,
      rate: samples[i] ?? FIRST_GUESS_BYTES_PER_CELL,
      measured: { bytes: 0, cells: 0 },
    };
  });
  const total = reads.reduce((n, s) => n + s.rows * s.cols, 0);
  const withAreas = supports("1.9");
  const withMerges = supports("1.13");
  const withRowHidden = !withAreas && supports("1.2");
  let cellsDone = 0;
  const queue: Chunk[] = reads.filter((s) => s.rows > 0).map((sheet) => ({ sheet, start: 0, rows: sheet.rows }));
  const mixed: Chunk[] = [];

  while (queue.length > 0) {
    // Pack chunks into this sync until the estimated response reaches the budget.
    const batch: Chunk[] = [];
    let bytes = 0;
    while (queue.length > 0) {
      const head = queue[0];
      const rowBytes = head.sheet.cols * head.sheet.rate;
      const fit = Math.min(Math.floor((budget - bytes) / rowBytes), Math.floor(cellsPerChunk / head.sheet.cols));
      if (fit < 1 && batch.length > 0) break;
      const rows = Math.max(1, Math.min(fit, head.rows));
      const chunk: Chunk = { sheet: head.sheet, start: head.start, rows };
      head.start += rows;
      head.rows -= rows;
      if (head.rows === 0) queue.shift();
      queueChunk(chunk, withAreas, withMerges, withRowHidden);
      batch.push(chunk);
      bytes += rows * rowBytes;
    }
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadLimitError(e) || batch.every((c) => c.rows === 1)) throw e;
      // Too large after all: double the estimate and read these rows again.
      for (const c of batch.reverse()) {
        c.sheet.rate *= 2;
        if (c.sheet.started && c.start === 0) c.sheet.started = false;
        queue.unshift({ sheet: c.sheet, start: c.start, rows: c.rows });
      }
      continue;
    }
    let cells = 0;
    for (const c of batch) {
      const values = c.range!.values;
      const formats = c.range!.numberFormat;
      const m = c.sheet.measured;
      m.bytes += jsonBytes(values) + jsonBytes(formats);
      m.cells += c.rows * c.sheet.cols;
      // Later chunks of this sheet are sized by what was read of it (the budget's fifth below the limit is the margin).
      c.sheet.rate = Math.max(4, m.bytes / m.cells);
      cells += c.rows * c.sheet.cols;
      for (let r = 0; r < c.rows; r++) {
        c.sheet.values[c.start + r] = values[r].map(toCell);
        c.sheet.numberFormats[c.start + r] = formats[r].map((f) => String(f ?? ""));
      }
      if (withRowHidden) {
        const h = c.range!.rowHidden;
        if (h === true) for (let r = 0; r < c.rows; r++) c.sheet.hidden.add(c.sheet.top + c.start + r);
        else if (h === null && c.rows > 1) mixed.push({ sheet: c.sheet, start: c.start, rows: c.rows });
      }
    }
    cellsDone += cells;
    onProgress?.(0.1 + 0.85 * (total > 0 ? cellsDone / total : 1), message("progress.values"));
  }
  await resolveMixedRows(context, mixed);

  const out: SheetData[] = reads.map((s) => ({
    name: s.name,
    origin: { row: s.top, col: s.left },
    values: s.values,
    numberFormats: s.numberFormats,
    hiddenRows: hiddenRows(s),
    merges: s.merged && !s.merged.isNullObject ? areas(s.merged.address) : [],
  }));
  onProgress?.(1, message("progress.done"));
  return { sheets: out };
}

/**
 * Sync 2: the used ranges' extents (queued by the caller) and, where ExcelApi 1.4 is there, a sample of
 * each sheet: its used range within the first rows and SAMPLE_COLS columns. Returns bytes per cell per
 * sheet (undefined where nothing was sampled). A sample Excel refuses as too large is dropped and the
 * extents are read again without it.
 */
async function syncExtents(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  withSamples = supports("1.4"),
): Promise<{ used: { ws: Excel.Worksheet; range: Excel.Range }[]; samples: (number | undefined)[] }> {
  const used = sheets.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return { ws, range };
  });
  if (sheets.length === 0 || !withSamples) {
    await context.sync();
    return { used, samples: [] };
  }
  const rows = Math.max(1, Math.floor(SAMPLE_CELLS / SAMPLE_COLS / sheets.length));
  const samples = sheets.map((ws) => {
    const sample = ws.getRange(rangeAddress(0, 0, rows - 1, SAMPLE_COLS - 1)).getIntersectionOrNullObject(ws.getUsedRange(true));
    sample.load("values,numberFormat");
    return sample;
  });
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadLimitError(e)) throw e;
    return syncExtents(context, sheets, false);
  }
  return {
    used,
    samples: samples.map((sample) => {
      if (sample.isNullObject) return undefined;
      const values = sample.values ?? [];
      const cells = values.reduce((n, row) => n + row.length, 0);
      return cells > 0 ? Math.max(4, (jsonBytes(values) + jsonBytes(sample.numberFormat)) / cells) : undefined;
    }),
  };
}

function queueChunk(chunk: Chunk, withAreas: boolean, withMerges: boolean, withRowHidden: boolean): void {
  const s = chunk.sheet;
  chunk.range = s.ws.getRangeByIndexes(s.top + chunk.start, s.left, chunk.rows, s.cols);
  chunk.range.load(withRowHidden ? "values,numberFormat,rowHidden" : "values,numberFormat");
  if (s.started) return;
  s.started = true;
  const whole = s.ws.getRangeByIndexes(s.top, s.left, s.rows, s.cols);
  if (withAreas) {
    s.visible = whole.getSpecialCellsOrNullObject(Excel.SpecialCellType.visible);
    s.visible.load("address");
  }
  if (withMerges) {
    s.merged = whole.getMergedAreasOrNullObject();
    s.merged.load("address");
  }
}

/** Halves chunks whose rows are partly hidden until every part is all hidden or all shown (ExcelApi < 1.9). */
async function resolveMixedRows(context: Excel.RequestContext, mixed: Chunk[]): Promise<void> {
  let open = mixed;
  while (open.length > 0) {
    const parts: Chunk[] = open.flatMap((c) => {
      const half = Math.ceil(c.rows / 2);
      return [
        { sheet: c.sheet, start: c.start, rows: half },
        { sheet: c.sheet, start: c.start + half, rows: c.rows - half },
      ];
    });
    for (const p of parts) {
      p.range = p.sheet.ws.getRangeByIndexes(p.sheet.top + p.start, p.sheet.left, p.rows, p.sheet.cols);
      p.range.load("rowHidden");
    }
    await context.sync();
    open = [];
    for (const p of parts) {
      const h = p.range!.rowHidden;
      if (h === true) for (let r = 0; r < p.rows; r++) p.sheet.hidden.add(p.sheet.top + p.start + r);
      else if (h === null && p.rows > 1) open.push(p);
    }
  }
}

/** "Blatt!A1:B2,Blatt!D4" → rectangles (sheet names may contain commas only when quoted). */
function areas(address: string): { top: number; left: number; bottom: number; right: number }[] {
  return (parseAreas(address) ?? []).map((a) => ({ top: a.row, left: a.col, bottom: a.row + a.rows - 1, right: a.col + a.cols - 1 }));
}

function hiddenRows(s: SheetRead): number[] {
  if (s.visible) {
    if (s.visible.isNullObject) return Array.from({ length: s.rows }, (_, i) => s.top + i);
    const shown = new Set<number>();
    for (const a of areas(s.visible.address)) for (let r = a.top; r <= a.bottom; r++) shown.add(r);
    const out: number[] = [];
    for (let r = s.top; r < s.top + s.rows; r++) if (!shown.has(r)) out.push(r);
    return out;
  }
  return [...s.hidden].sort((a, b) => a - b);
}

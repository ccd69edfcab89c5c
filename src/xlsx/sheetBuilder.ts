/**
 * What a worksheet part's XML events become: SheetData with values only (shared/inline strings, numbers,
 * booleans, Excel errors as their text like Office.js gives them, cached results of formulas), the
 * number format only where it shows a date, hidden rows and merged areas. Sparse: rows hold only up to
 * their last filled cell and rows without cells share one empty array, so a stray cell at XFD1048576
 * costs one row of 16,384 entries plus a million references, not the full used range.
 *
 * Driven by either XML reader of ./sheetReader (the scanner or saxes, the reference): both call the same
 * `open`/`close`/`text`, so they can only differ in how they tokenise, never in what a cell means.
 */
import { cellAddress, parseArea, parseCell } from "../workbook/areas";
import { isDateFormat } from "../workbook/cells";
import type { CellValue, SheetData } from "../workbook/types";
import type { CellSink } from "./cellScan";
import { MAX_CELLS, xlsxErrors } from "./errors";

/** The events of an XML reader; `attr` reads the opened element's attributes during the call only. */
export interface XmlHandler {
  open(name: string, attr: (name: string) => string | undefined): void;
  close(name: string): void;
  /** Whether text is wanted now (a reader may skip text otherwise). */
  readonly wantsText: boolean;
  text(t: string): void;
}

export interface SheetReadResult {
  sheet: SheetData;
  /** Cells with a formula but no stored result (A1), at most the first few. */
  uncalculated: string[];
  uncalculatedCount: number;
  cells: number;
}

const EMPTY: CellValue[] = [];
const NO_FORMATS: string[] = [];
Object.freeze(EMPTY);
Object.freeze(NO_FORMATS);

function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** ISO date of a t="d" cell as an Excel serial (1900 system). */
function isoToSerial(text: string): number | null {
  const ms = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text.endsWith("Z") ? text : `${text}Z`);
  return Number.isFinite(ms) ? ms / 86400000 + 25569 : null;
}

/** Where the sheet is read, for the messages. */
export interface SheetPlace {
  fileName: string;
  name: string;
}

export class SheetBuilder implements XmlHandler, CellSink {
  private readonly values: CellValue[][] = [];
  private readonly formats: string[][] = [];
  private readonly hiddenRows: number[] = [];
  private readonly merges: NonNullable<SheetData["merges"]>[number][] = [];
  private readonly uncalculated: string[] = [];
  private uncalculatedCount = 0;
  private cells = 0;
  private readonly isDateStyle: boolean[];

  private rowIndex = -1;
  private rowOpen = false;
  private rowValues: CellValue[] | null = null;
  private rowFormats: string[] | null = null;
  private col = -1;
  private type = "n";
  private style = 0;
  private hasFormula = false;
  private inV = false;
  private inIs = 0;
  private inT = false;
  private phonetic = 0;
  private buffer = "";
  private vSeen = false;
  wantsText = false;

  constructor(
    private readonly place: SheetPlace,
    private readonly strings: string[],
    private readonly styleFormats: string[],
    private readonly date1904: boolean,
    private readonly cellBudget: { left: number },
  ) {
    this.isDateStyle = styleFormats.map((f) => isDateFormat(f));
  }

  /** The last cell opened (A1), for a message about where reading stopped. */
  lastCell(): string | undefined {
    return this.rowIndex >= 0 && this.col >= 0 ? cellAddress(this.rowIndex, this.col) : undefined;
  }

  private flushRow(): void {
    if (!this.rowOpen) return;
    this.rowOpen = false;
    const { values, formats } = this;
    while (values.length < this.rowIndex) {
      values.push(EMPTY);
      formats.push(NO_FORMATS);
    }
    values[this.rowIndex] = this.rowValues ?? EMPTY;
    formats[this.rowIndex] = this.rowFormats ?? NO_FORMATS;
    this.rowValues = null;
    this.rowFormats = null;
  }

  private endCell(): void {
    const { type, buffer: text } = this;
    let value: CellValue = null;
    if (!this.vSeen) {
      if (this.hasFormula) {
        this.uncalculatedCount++;
        if (this.uncalculated.length < 5) this.uncalculated.push(cellAddress(this.rowIndex, this.col));
      }
    } else if (type === "s") value = this.strings[Number(text)] ?? null;
    else if (type === "str" || type === "inlineStr" || type === "e") value = text;
    else if (type === "b") value = text === "1" || text === "true";
    else if (type === "d") value = isoToSerial(text);
    else {
      const n = Number(text);
      value = text.trim() === "" || !Number.isFinite(n) ? (text === "" ? null : text) : n;
    }
    if (value !== null && value !== "") this.put(value, this.style);
  }

  /** A value into the open row at this.col (a number in a date style with the style's format). */
  private put(value: string | number | boolean, style: number): void {
    if (++this.cells > this.cellBudget.left) throw xlsxErrors.tooManyCells(this.place.fileName, this.place.name, MAX_CELLS);
    const col = this.col;
    let rowValues = this.rowValues;
    if (rowValues === null) rowValues = this.rowValues = [];
    while (rowValues.length < col) rowValues.push(null);
    if (typeof value === "number" && this.isDateStyle[style]) {
      if (this.date1904) value += 1462;
      const rowFormats = (this.rowFormats ??= []);
      while (rowFormats.length < col) rowFormats.push("");
      rowFormats[col] = this.styleFormats[style];
    }
    rowValues[col] = value;
  }

  /** A row's start tag from the scanner's fast path: `r` 1-based as written, -1 when absent. */
  row(r: number, hidden: boolean): void {
    this.flushRow();
    this.rowOpen = true;
    const at = r < 0 ? this.rowIndex + 1 : r - 1;
    this.rowIndex = at >= 0 ? Math.max(at, this.values.length) : this.values.length;
    this.col = -1;
    if (hidden) this.hiddenRows.push(this.rowIndex);
  }

  open(name: string, a: (name: string) => string | undefined): void {
    switch (localName(name)) {
      case "row": {
        const at = a("r");
        const n = at ? Number(at) : -1;
        const hidden = a("hidden");
        // r="" is none written (the row after the last); one that is no row number, 0 (the row after all read)
        this.row(!at ? -1 : Number.isInteger(n) && n >= 1 ? n : 0, hidden === "1" || hidden === "true");
        break;
      }
      case "c": {
        const at = a("r");
        const ref = at ? parseCell(at) : null;
        this.col = ref ? ref.col : this.col + 1;
        this.type = a("t") ?? "n";
        const s = a("s");
        this.style = s ? Number(s) : 0;
        this.hasFormula = false;
        this.vSeen = false;
        this.buffer = "";
        break;
      }
      case "f":
        this.hasFormula = true;
        break;
      case "v":
        this.inV = true;
        this.vSeen = true;
        this.wantsText = true;
        break;
      case "is":
        this.inIs++;
        this.vSeen = true;
        break;
      case "rPh":
        this.phonetic++;
        break;
      case "t":
        if (this.inIs > 0 && this.phonetic === 0) this.inT = this.wantsText = true;
        break;
      case "mergeCell": {
        const m = parseArea(a("ref") ?? "");
        if (m) this.merges.push({ top: m.row, left: m.col, bottom: m.row + m.rows - 1, right: m.col + m.cols - 1 });
        break;
      }
    }
  }

  /** A whole cell from the scanner's fast path: what open c, (open v, text, close v,) close c would do. */
  cell(col: number, type: string, style: number, value: string | null): void {
    this.col = col >= 0 ? col : this.col + 1;
    this.type = type;
    this.style = style;
    this.hasFormula = false;
    this.vSeen = value !== null;
    this.buffer = value ?? "";
    if (this.rowOpen) this.endCell();
  }

  /** A number cell from the fast path (directly inside a row, so nothing reads the cell's state after it). */
  number(col: number, style: number, value: number): void {
    this.col = col >= 0 ? col : this.col + 1;
    if (this.rowOpen) this.put(value, style);
  }

  /** A shared-string cell from the fast path. */
  shared(col: number, style: number, index: number): void {
    this.col = col >= 0 ? col : this.col + 1;
    const value = this.strings[index];
    if (this.rowOpen && value !== undefined && value !== "") this.put(value, style);
  }

  close(name: string): void {
    const n = localName(name);
    if (n === "c") {
      if (this.rowOpen) this.endCell();
    } else if (n === "row") this.flushRow();
    else if (n === "v") this.inV = false;
    else if (n === "is") this.inIs--;
    else if (n === "rPh") this.phonetic--;
    else if (n === "t") this.inT = false;
    this.wantsText = this.inV || this.inT;
  }

  text(t: string): void {
    if (this.inV || this.inT) this.buffer += t;
  }

  finish(): SheetReadResult {
    this.flushRow();
    this.cellBudget.left -= this.cells;
    const anyFormat = this.formats.some((f) => f !== NO_FORMATS);
    return {
      sheet: {
        name: this.place.name,
        origin: { row: 0, col: 0 },
        values: this.values,
        numberFormats: anyFormat ? this.formats : undefined,
        hiddenRows: this.hiddenRows,
        merges: this.merges,
      },
      uncalculated: this.uncalculated,
      uncalculatedCount: this.uncalculatedCount,
      cells: this.cells,
    };
  }
}

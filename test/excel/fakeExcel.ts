/**
 * The workbook behind the strict Excel double: plain state (cells, hidden rows and columns, merges,
 * conditional formats, charts, settings, event handlers) that tests set up and inspect directly. Code
 * under test never touches it: it goes through `book.context()` (or `Excel.run` after `book.install()`),
 * the strict request context in ./strictExcel.ts, which queues every read and write until `sync()`,
 * measures each sync's payload and enforces Excel's rules (listed and sourced there).
 */
import { cellAddress as a1, parseArea } from "../../src/workbook/areas";
import { StrictContext, installExcelEnums, type SyncStat } from "./strictExcel";

export { installExcelEnums } from "./strictExcel";

/** An address as corners (top, left, bottom, right), read by the add-in's one A1 parser. */
export function corners(address: string): { top: number; left: number; bottom: number; right: number } | null {
  const a = parseArea(address);
  return a && { top: a.row, left: a.col, bottom: a.row + a.rows - 1, right: a.col + a.cols - 1 };
}

export interface CellState {
  value: unknown;
  formula?: string;
  numberFormat: string;
}

export interface Rect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface FakeRule {
  id: string;
  type: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  custom: { rule: { formula: string }; format: { fill: { color: string } } };
  stopIfTrue: boolean;
  deleted: boolean;
  /** Areas of a rule added on a RangeAreas (one rule for several areas). */
  areas?: number;
}

export interface FakeChart {
  type: string;
  source: string;
  title: { text: string };
  legend: { position: string };
  axes: { valueAxis: { numberFormat: string } };
  position?: [string, string];
  lines: { color: string; lineStyle: string }[];
  /** Per series: hasDataLabels and the data labels' settings (showValue, position, numberFormat, format.font.size). */
  labels?: Record<string, unknown>[];
}

export type Locale = "en" | "de";
export type Platform = "web" | "desktop";

export interface ChangeEvent {
  address: string;
  worksheetId: string;
  changeType: string;
  source: string;
}

let nextRuleId = 1;
let nextSheetId = 1;

export class FakeSheet {
  readonly id = `{SHEET-${nextSheetId++}}`;
  /** Cells by row, then column (sparse). */
  rows: (CellState | undefined)[][] = [];
  rules: FakeRule[] = [];
  hidden = new Set<number>();
  hiddenColumns = new Set<number>();
  merges: string[] = [];
  visibility = "Visible";
  deleted = false;
  charts: FakeChart[] = [];
  pageBreaks: string[] = [];
  /** Worksheet custom properties (key → value). */
  props = new Map<string, string>();
  /** Formats set on ranges, by A1 address (columnWidth, font.bold, fill.color …). */
  formats = new Map<string, Record<string, unknown>>();
  handlers: ((e: ChangeEvent) => Promise<unknown> | void)[] = [];
  pageLayout: Record<string, unknown> = { headersFooters: { defaultForAllPages: {} } };
  constructor(
    public name: string,
    readonly book: FakeBook,
  ) {}

  cell(r: number, c: number): CellState {
    const row = (this.rows[r] ??= []);
    return (row[c] ??= { value: "", numberFormat: "General" });
  }
  peek(r: number, c: number): CellState | undefined {
    return this.rows[r]?.[c];
  }
  /** All cells written, as [row, col, cell]. */
  *allCells(): Generator<[number, number, CellState]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (row) for (let c = 0; c < row.length; c++) if (row[c]) yield [r, c, row[c]!];
    }
  }
  formulas(): string[] {
    return [...this.allCells()].map(([, , c]) => c.formula).filter((f): f is string => !!f);
  }
  setValues(top: number, left: number, rows: unknown[][]): void {
    rows.forEach((row, r) => row.forEach((v, c) => (this.cell(top + r, left + c).value = v)));
  }
  /** The used range of values (blank cells and formats alone don't count); null when empty. */
  usedRect(): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    for (const [r, c, cell] of this.allCells()) {
      if ((cell.value === "" || cell.value === null || cell.value === undefined) && !cell.formula) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    return top === Infinity ? null : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
  }
  /** A rule the user made in Excel's UI (not through the add-in). */
  addRule(address: string, type: string, formula = "", color = ""): FakeRule {
    const a = corners(address)!;
    const rule: FakeRule = {
      id: `{CF-${nextRuleId++}}`,
      type,
      ...a,
      custom: { rule: { formula }, format: { fill: { color } } },
      stopIfTrue: false,
      deleted: false,
    };
    this.rules.push(rule);
    return rule;
  }
  liveRules(): FakeRule[] {
    return this.rules.filter((r) => !r.deleted);
  }
  /** Inserts `count` rows before 0-based row `at`: cells, hidden rows and rules below move down, as in Excel. */
  insertRows(at: number, count: number): void {
    this.rows.splice(at, 0, ...Array.from({ length: count }, () => [] as CellState[]));
    this.hidden = new Set([...this.hidden].map((r) => (r >= at ? r + count : r)));
    for (const rule of this.rules) {
      if (rule.top >= at) rule.top += count;
      if (rule.bottom >= at) rule.bottom += count;
    }
  }
  /** Deletes rows [at, at + count): a rule shrinks, or disappears when all its rows go. */
  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
    const end = at + count;
    const move = (r: number) => (r >= end ? r - count : r >= at ? at : r);
    for (const rule of this.rules) {
      if (rule.top >= at && rule.bottom < end) rule.deleted = true;
      const bottom = rule.bottom >= end ? rule.bottom - count : rule.bottom >= at ? at - 1 : rule.bottom;
      rule.top = move(rule.top);
      rule.bottom = bottom;
    }
  }
  delete(): void {
    this.deleted = true;
    this.book.sheets = this.book.sheets.filter((s) => s !== this);
  }
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  settings = new Map<string, string>();
  /** The selected areas (several after RangeAreas.select). */
  selection: { sheet: FakeSheet; areas: Rect[] } | null = null;
  active = "";
  /** Excel's display language: "de" models German Excel (functions-de.json loaded). */
  locale: Locale = "en";
  /** "desktop" passes blank cells to custom functions as 0; "web" passes null. */
  platform: Platform = "web";
  /** Per-sync limit of request and response (Excel on the web: 5 MB). */
  payloadLimit = 5 * 1024 * 1024;
  /** Every sync: bytes sent and received. */
  stats: SyncStat[] = [];
  /** Custom functions by their English name (SGBII.<NAME>) → German name where Excel is German. */
  germanNames = new Map<string, string>();

  get syncs(): number {
    return this.stats.length;
  }
  get maxRequestBytes(): number {
    return Math.max(0, ...this.stats.map((s) => s.request));
  }
  get maxResponseBytes(): number {
    return Math.max(0, ...this.stats.map((s) => s.response));
  }
  resetStats(): void {
    this.stats = [];
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name, this);
    this.sheets.push(s);
    return s;
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  context(): Excel.RequestContext {
    return new StrictContext(this) as unknown as Excel.RequestContext;
  }

  /** Installs the Excel enums and `Excel.run` on this book (each run gets a fresh strict context). */
  install(): void {
    installExcelEnums();
    (globalThis as { Excel: Record<string, unknown> }).Excel.run = (a: unknown, b?: unknown) => {
      if (typeof a === "function") return (a as (c: Excel.RequestContext) => Promise<unknown>)(this.context());
      return (b as (c: unknown) => Promise<unknown>)(a);
    };
  }

  /**
   * "Closing and reopening the file": conditional format ids are not documented to persist (office-js
   * #1390 for worksheet ids), so the double gives every rule a new one.
   */
  reopen(): void {
    for (const s of this.sheets) for (const r of s.rules) r.id = `{CF-${nextRuleId++}}`;
  }

  /** The user types values: cells change and the sheet's onChanged handlers run (as Excel raises them). */
  async userEdits(sheetName: string, top: number, left: number, values: unknown[][]): Promise<void> {
    const s = this.sheet(sheetName);
    s.setValues(top, left, values);
    const address = `${a1(top, left)}:${a1(top + values.length - 1, left + values[0].length - 1)}`;
    for (const h of s.handlers) await h({ address, worksheetId: s.id, changeType: "RangeEdited", source: "Local" });
  }

  /** Everything a user owns on a sheet: values, formulas, number formats and their own rules. */
  snapshot(): unknown {
    return this.sheets.map((s) => ({
      name: s.name,
      cells: [...s.allCells()].filter(([, , c]) => c.value !== "" || c.formula).map(([r, c, cell]) => [r, c, cell]),
      rules: s.liveRules().map((r) => ({
        id: r.id,
        address: `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`,
        formula: r.custom.rule.formula,
        color: r.custom.format.fill.color,
      })),
    }));
  }
}

/** A rule's address as "B14:B19". */
export function ruleAddress(r: FakeRule): string {
  return r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
}

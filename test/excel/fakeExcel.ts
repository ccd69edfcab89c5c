/**
 * A small fake of the Excel object model, for what office-addin-mock lacks (collections, conditional
 * formats with ids, page layout, charts). Loads are no-ops, property reads are real values, and every
 * context.sync() is counted. Cells live in one map per sheet, so tests can snapshot and compare them.
 */
import { a1, parseA1Range } from "../../src/workbook/cells";

export interface CellState {
  value: unknown;
  formula?: string;
  numberFormat: string;
}

export interface FakeRule {
  id: string;
  type: string;
  address: string;
  custom: { rule: { formula: string }; format: { fill: { color: string } } };
  stopIfTrue: boolean;
  deleted: boolean;
}

let nextId = 1;

class FakeRange {
  constructor(
    private readonly sheet: FakeSheet,
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly cols: number,
  ) {}
  format = {
    font: { bold: false },
    fill: { color: "" },
    wrapText: false,
    verticalAlignment: "",
    columnWidth: 0,
    rowHeight: 0,
  };
  load(): this {
    return this;
  }
  get address(): string {
    return `'${this.sheet.name}'!${a1(this.top, this.left)}:${a1(this.top + this.rows - 1, this.left + this.cols - 1)}`;
  }
  private grid<T>(f: (c: CellState | undefined) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.cols }, (_, c) => f(this.sheet.cells.get(`${this.top + r},${this.left + c}`))),
    );
  }
  get values(): unknown[][] {
    return this.grid((c) => (c ? c.value : ""));
  }
  get numberFormat(): string[][] {
    return this.grid((c) => (c ? c.numberFormat : "General"));
  }
  set numberFormat(m: string[][]) {
    m.forEach((row, r) => row.forEach((f, c) => (this.sheet.cell(this.top + r, this.left + c).numberFormat = f)));
  }
  set formulas(m: unknown[][]) {
    m.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = this.sheet.cell(this.top + r, this.left + c);
        if (typeof v === "string" && v.startsWith("=")) {
          cell.formula = v;
          cell.value = null;
        } else {
          cell.formula = undefined;
          cell.value = v;
        }
      }),
    );
  }
  get conditionalFormats() {
    const sheet = this.sheet;
    const address = `${a1(this.top, this.left)}:${a1(this.top + this.rows - 1, this.left + this.cols - 1)}`;
    const overlaps = (r: FakeRule) => {
      const a = parseA1Range(r.address)!;
      return !r.deleted && a.top <= this.top + this.rows - 1 && a.bottom >= this.top && a.left <= this.left + this.cols - 1 && a.right >= this.left;
    };
    return {
      add(type: string) {
        const rule: FakeRule = {
          id: `{CF-${nextId++}}`,
          type: type === "Custom" || type === "custom" ? "Custom" : type,
          address,
          custom: { rule: { formula: "" }, format: { fill: { color: "" } } },
          stopIfTrue: false,
          deleted: false,
        };
        // Like Excel: the custom properties of a rule read through customOrNullObject (null for other types).
        Object.defineProperty(rule, "customOrNullObject", {
          get: () => (rule.type === "Custom" ? { isNullObject: false, ...rule.custom } : { isNullObject: true }),
          enumerable: false,
        });
        sheet.rules.push(rule);
        return Object.assign(rule, {
          load() {
            return rule;
          },
          delete() {
            rule.deleted = true;
          },
        });
      },
      load() {},
      get items() {
        return sheet.rules.filter(overlaps).map((rule) =>
          Object.assign(rule, {
            delete() {
              rule.deleted = true;
            },
          }),
        );
      },
    };
  }
  getVisibleView() {
    const self = this;
    return {
      load() {},
      get cellAddresses() {
        const out: string[][] = [];
        for (let r = 0; r < self.rows; r++) if (!self.sheet.hidden.has(self.top + r)) out.push([`${self.sheet.name}!${a1(self.top + r, self.left)}`]);
        return out;
      },
    };
  }
  getMergedAreasOrNullObject() {
    const merges = this.sheet.merges;
    return {
      load() {},
      isNullObject: merges.length === 0,
      areas: {
        items: merges.map((address) => ({
          address: `${this.sheet.name}!${address}`,
        })),
      },
    };
  }
  merge(): void {
    this.sheet.merges.push(`${a1(this.top, this.left)}:${a1(this.top + this.rows - 1, this.left + this.cols - 1)}`);
  }
  select(): void {
    this.sheet.book.selection = this;
  }
}

export class FakeSheet {
  cells = new Map<string, CellState>();
  rules: FakeRule[] = [];
  hidden = new Set<number>();
  merges: string[] = [];
  visibility = "Visible";
  deleted = false;
  charts: {
    type: string;
    source: string;
    title: { text: string };
    legend: { position: string };
    axes: { valueAxis: { numberFormat: string } };
    position?: [string, string];
    lines: { color: string; lineStyle: string }[];
  }[] = [];
  pageBreaks: string[] = [];
  /** Worksheet custom properties (key → value). */
  props = new Map<string, string>();
  get customProperties() {
    const props = this.props;
    return {
      add(key: string, value: string) {
        props.set(key, value);
      },
      getItemOrNullObject(key: string) {
        return { load() {}, isNullObject: !props.has(key), value: props.get(key) };
      },
    };
  }
  pageLayout = {
    orientation: "",
    paperSize: "",
    zoom: {} as unknown,
    headersFooters: {
      defaultForAllPages: {
        leftHeader: "",
        centerHeader: "",
        rightHeader: "",
        leftFooter: "",
        centerFooter: "",
        rightFooter: "",
      },
    },
  };
  constructor(
    public name: string,
    readonly book: FakeBook,
  ) {}
  cell(r: number, c: number): CellState {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "", numberFormat: "General" };
      this.cells.set(key, cell);
    }
    return cell;
  }
  setValues(top: number, left: number, rows: unknown[][]): void {
    rows.forEach((row, r) => row.forEach((v, c) => (this.cell(top + r, left + c).value = v)));
  }
  getUsedRangeOrNullObject() {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    for (const [k, c] of this.cells) {
      if (c.value === "" || c.value === null) continue;
      const [r, col] = k.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    if (top === Infinity) return { isNullObject: true, load() {} };
    return {
      isNullObject: false,
      rowIndex: top,
      columnIndex: left,
      rowCount: bottom - top + 1,
      columnCount: right - left + 1,
      load() {},
    };
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this, r, c, rows, cols);
  }
  getRange(address: string): FakeRange {
    if (/^[A-Z]+:[A-Z]+$/.test(address) || /^\d+:\d+$/.test(address)) return new FakeRange(this, 0, 0, 1, 1);
    const a = parseA1Range(address)!;
    return new FakeRange(this, a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);
  }
  get horizontalPageBreaks() {
    return { add: (cell: string) => this.pageBreaks.push(cell) };
  }
  get chartsCollection() {
    return this.charts;
  }
  delete(): void {
    this.deleted = true;
    this.book.sheets = this.book.sheets.filter((s) => s !== this);
  }
  activate(): void {
    this.book.active = this.name;
  }
  load(): this {
    return this;
  }
}

export class FakeBook {
  sheets: FakeSheet[] = [];
  settings = new Map<string, string>();
  syncs = 0;
  selection: FakeRange | null = null;
  active = "";

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name, this);
    this.sheets.push(s);
    return s;
  }

  context(): Excel.RequestContext {
    const book = this;
    const sheetApi = (s: FakeSheet) =>
      Object.assign(s, {
        charts: Object.assign(s.charts, {
          add(type: string, source: FakeRange) {
            const chart = {
              type,
              source: source.address,
              title: { text: "" },
              legend: { position: "" },
              axes: { valueAxis: { numberFormat: "" } },
              position: undefined as [string, string] | undefined,
              lines: [] as { color: string; lineStyle: string }[],
              series: {
                getItemAt(i: number) {
                  chart.lines[i] ??= { color: "", lineStyle: "Continuous" };
                  return { format: { line: chart.lines[i] } };
                },
              },
              setPosition(a: string, b: string) {
                chart.position = [a, b];
              },
            };
            s.charts.push(chart);
            return chart;
          },
        }),
      });
    const ctx = {
      workbook: {
        worksheets: {
          load() {},
          get items() {
            return book.sheets.map(sheetApi);
          },
          getItem(name: string) {
            const s = book.sheets.find((x) => x.name === name);
            if (!s) throw new Error(`ItemNotFound: ${name}`);
            return sheetApi(s);
          },
          getItemOrNullObject(name: string) {
            const s = book.sheets.find((x) => x.name === name);
            return s
              ? Object.assign(sheetApi(s), { isNullObject: false })
              : {
                  isNullObject: true,
                  getRange: () => ({
                    conditionalFormats: { load() {}, items: [] },
                  }),
                };
          },
          add(name: string) {
            return sheetApi(book.addSheet(name));
          },
        },
        settings: {
          add(key: string, value: string) {
            book.settings.set(key, value);
          },
          getItemOrNullObject(key: string) {
            const has = book.settings.has(key);
            return {
              load() {},
              isNullObject: !has,
              get value() {
                return book.settings.get(key);
              },
              delete() {
                book.settings.delete(key);
              },
            };
          },
        },
        getSelectedRange() {
          return Object.assign(book.selection ?? book.sheets[0].getRange("A1"), { load() {} });
        },
      },
      async sync() {
        book.syncs++;
      },
    };
    return ctx as unknown as Excel.RequestContext;
  }

  /** Everything a user owns on a sheet: values, formulas, number formats and their own rules. */
  snapshot(): unknown {
    return this.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells].filter(([, c]) => c.value !== "" || c.formula).sort(([a], [b]) => (a < b ? -1 : 1)),
      rules: s.rules
        .filter((r) => !r.deleted)
        .map((r) => ({
          id: r.id,
          address: r.address,
          formula: r.custom.rule.formula,
          color: r.custom.format.fill.color,
        })),
    }));
  }
}

/** The Excel enums the code under test reads (Office.js is not loaded in tests). */
export function installExcelEnums(): void {
  (globalThis as Record<string, unknown>).Excel = {
    ConditionalFormatType: { custom: "Custom" },
    PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
    PaperType: { a4: "A4" },
    ChartType: { line: "Line" },
    ChartSeriesBy: { columns: "Columns" },
    ChartLegendPosition: { bottom: "Bottom" },
    ChartLineStyle: { dash: "Dash" },
  };
}

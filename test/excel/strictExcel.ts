/**
 * A request context as strict as Excel, over the workbook state of ./fakeExcel.ts. Every Excel-layer
 * test runs on it. The rules it enforces, what each models, and where it comes from:
 *
 * 1. Batching. Reads and writes are queued on proxies and happen only at `context.sync()`, in order.
 *    An item that does not exist fails the sync (ItemNotFound), not the call that asked for it.
 *    (Microsoft Learn, "Application-specific API model" / "Office Add-ins: Excel JavaScript object model".)
 * 2. PropertyNotLoaded. Reading a scalar property that was not `load`ed and synced throws; a
 *    collection's `items` exist only after `load("items…")` and a sync; `isNullObject` only after a sync.
 *    (office-js error code "PropertyNotLoaded"; eslint-plugin-office-addins `load-object-before-read`.
 *    office-addin-mock returns a string instead of throwing, so it is used here only for settings.)
 * 3. 5 MB per sync, either way. Each sync's request and response are counted the way Office.js's JSON
 *    payload grows (the cost model is src/excel/payload.ts, shared with the code's estimate, so the two
 *    count the same bytes): a fixed cost per action and per object path, plus the JSON of every value written
 *    (values, formulas, number formats, addresses, property values) and of every value returned. More
 *    than `book.payloadLimit` (5 MB) in either direction throws `RequestPayloadSizeLimitExceeded` /
 *    `ResponsePayloadSizeLimitExceeded`. Source: Microsoft Learn, "Resource limits and performance
 *    optimization for Office Add-ins" → "Excel add-ins": "Excel on the web has a payload size limit for
 *    requests and responses of 5MB. RichAPI.Error will be triggered if that limit is exceeded."
 *    (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization)
 * 4. German Excel. With `book.locale = "de"` Excel loaded functions-de.json: a formula set through
 *    `Range.formulas` that calls `SGBII.<NAME>` where NAME is not the function's name in the German
 *    metadata shows #NAME? (office-js #891, #6614: English custom-function names set via `formulas`
 *    are not resolved once the localized metadata is loaded). `formulasLocal` takes the German list
 *    separator `;` and decimal comma: a `,` between arguments is refused (InvalidArgument), a German
 *    name is stored as its English id. (Microsoft Learn, Range.formulasLocal: "in the user's language
 *    and number-formatting locale".)
 * 5. Desktop blanks. `book.platform = "desktop"` makes ./formulaEval.ts pass an empty cell to a custom
 *    function as 0; the web passes null (office-js #4702, #5262).
 * 6. Events. `worksheet.onChanged.add(handler)` (ExcelApi 1.7) registers at sync; `book.userEdits`
 *    raises it with the edited address, as Excel does for typed values.
 * 7. Selection of several areas. `Worksheet.getRanges(address)` (ExcelApi 1.9) takes "comma-separated or
 *    semicolon-separated addresses" of one sheet and returns a RangeAreas; `RangeAreas.select()` selects
 *    all of them and needs ExcelApi 1.18; `Workbook.getSelectedRange()` "will throw an error" when several
 *    ranges are selected, `Workbook.getSelectedRanges()` (ExcelApi 1.9) returns them all, its address
 *    naming the sheet "for each rectangular block of cells" ("Sheet1!A1:B4,Sheet1!D1:D4"). A method of
 *    an API set the host lacks (per `Office.context.requirements.isSetSupported`, when a test installs
 *    one) fails the sync with ApiNotFound. An address that is none fails it with InvalidArgument.
 *    (Microsoft Learn: Excel.Worksheet.getRanges, Excel.RangeAreas.select, Excel.Workbook.getSelectedRange
 *    and getSelectedRanges, learn.microsoft.com/javascript/api/excel/; the same text is in @types/office-js.
 *    The error codes here are the double's choice: the pages do not name them.)
 */
import { ACTION_BYTES, jsonBytes, PATH_BYTES } from "../../src/excel/payload";
import { cellAddress as a1, columnName, parseAreas, parseCell as parseA1 } from "../../src/workbook/areas";
import { corners as parseA1Range } from "./fakeExcel";
import type { FakeBook, FakeChart, FakeRule, FakeSheet, Rect } from "./fakeExcel";

export interface SyncStat {
  request: number;
  response: number;
}

type Respond = (value: unknown) => void;
type Op = (respond: Respond) => void;

export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

export class StrictContext {
  private ops: Op[] = [];
  private request = 0;
  readonly workbook: WorkbookProxy;
  constructor(readonly book: FakeBook) {
    this.workbook = new WorkbookProxy(this);
  }
  /** Queues an operation costing `bytes` of request payload. */
  queue(bytes: number, op: Op = () => undefined): void {
    this.request += bytes;
    this.ops.push(op);
  }
  async sync(): Promise<void> {
    const ops = this.ops;
    const request = this.request;
    this.ops = [];
    this.request = 0;
    const stat: SyncStat = { request, response: 0 };
    this.book.stats.push(stat);
    if (request > this.book.payloadLimit) throw new ExcelError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    const respond: Respond = (v) => (stat.response += jsonBytes(v) + 8);
    for (const op of ops) op(respond);
    if (stat.response > this.book.payloadLimit) throw new ExcelError("ResponsePayloadSizeLimitExceeded", `response of ${stat.response} bytes`);
  }
}

/** Whether the host has ExcelApi `version`: per an installed Office's isSetSupported, else (no Office) yes. */
function hostHas(version: string): boolean {
  const office = (globalThis as { Office?: { context?: { requirements?: { isSetSupported?: (set: string, v: string) => boolean } } } }).Office;
  const check = office?.context?.requirements?.isSetSupported;
  return typeof check === "function" ? check("ExcelApi", version) : true;
}

/** Rule 7: a method of a missing API set fails the sync. */
function requireSet(ctx: StrictContext, version: string, what: string): void {
  ctx.queue(0, () => {
    if (!hostHas(version)) throw new ExcelError("ApiNotFound", `${what} needs ExcelApi ${version}`);
  });
}

function notLoaded(what: string, name: string): ExcelError {
  return new ExcelError("PropertyNotLoaded", `${what}.${name} was not loaded (load and sync first)`);
}

function parseLoad(props?: unknown): string[] {
  if (props === undefined) return [];
  if (typeof props === "string") return props.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((p) => parseLoad(p));
  throw new Error("strict double: load() takes a string or string[] here");
}

/** Base of every proxy: queued loads, PropertyNotLoaded, null objects. */
abstract class Base {
  protected loaded = new Map<string, unknown>();
  protected nullState: boolean | undefined = undefined;
  constructor(
    readonly ctx: StrictContext,
    readonly kind: string,
  ) {}
  /** Resolves a property at sync time: a scalar, a proxy (navigation) or an array of proxies. */
  protected abstract resolve(name: string): unknown;
  load(props?: unknown): this {
    const paths = parseLoad(props);
    this.ctx.queue(ACTION_BYTES + jsonBytes(paths), (respond) => {
      const token = {};
      for (const p of paths) this.loadPath(p.split("/"), respond, token);
    });
    return this;
  }
  private resolvedIn: Map<string, object> = new Map();
  /** Loads one path; navigation resolved once per load call, so "items/a,items/b" fill the same items. */
  loadPath([head, ...rest]: string[], respond: Respond, token: object): void {
    // Properties of a null object load as null (Excel: "…OrNullObject" methods).
    if (this.nullCheck?.()) {
      this.loaded.set(head, null);
      return;
    }
    const v = this.resolvedIn.get(head) === token && this.loaded.has(head) ? this.loaded.get(head) : this.resolve(head);
    this.resolvedIn.set(head, token);
    this.loaded.set(head, v);
    if (rest.length === 0) {
      if (!(v instanceof Base)) respond(v);
      return;
    }
    for (const child of (Array.isArray(v) ? v : [v]) as Base[]) child.loadPath(rest, respond, token);
  }
  protected get$(name: string): unknown {
    if (!this.loaded.has(name)) throw notLoaded(this.kind, name);
    return this.loaded.get(name);
  }
  /** For *OrNullObject proxies: decides `isNullObject` at the next sync. */
  private nullCheck: (() => boolean) | undefined = undefined;
  protected decideNull(isNull: () => boolean, arg?: unknown): void {
    this.nullCheck = isNull;
    this.ctx.queue(PATH_BYTES + (arg === undefined ? 0 : jsonBytes(arg)), () => (this.nullState = isNull()));
  }
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded(this.kind, "isNullObject");
    return this.nullState;
  }
  protected set(name: string, value: unknown, apply: () => void): void {
    this.ctx.queue(ACTION_BYTES + name.length + jsonBytes(value), apply);
  }
}

/**
 * Nested objects (format, font, fill, page layout, chart title …): setting a property queues a write
 * into the state object; reading one needs a load like any other.
 */
class Nested extends Base {
  private children = new Map<string, Nested>();
  constructor(
    ctx: StrictContext,
    kind: string,
    private readonly target: () => Record<string, unknown>,
  ) {
    super(ctx, kind);
    return new Proxy(this, {
      get: (self, key, receiver) => {
        if (typeof key === "symbol" || key in self) return Reflect.get(self, key, receiver);
        if (key === "then" || key === "toJSON") return undefined;
        if (self.loaded.has(key)) return self.loaded.get(key);
        if (NESTED_SCALARS.has(key)) throw notLoaded(kind, key);
        return self.child(key);
      },
      set: (self, key, value) => {
        if (typeof key === "symbol" || key in self) return Reflect.set(self, key, value);
        self.set(key, value, () => (self.target()[key] = value));
        return true;
      },
    });
  }
  child(key: string): Nested {
    let c = this.children.get(key);
    if (!c) {
      c = new Nested(this.ctx, `${this.kind}.${key}`, () => {
        const t = this.target();
        return (t[key] ??= {}) as Record<string, unknown>;
      });
      this.children.set(key, c);
    }
    return c;
  }
  protected resolve(name: string): unknown {
    const v = this.target()[name];
    return v !== null && typeof v === "object" && !Array.isArray(v) ? this.child(name) : v;
  }
  /** Marks a loaded nested object as null (customOrNullObject of a non-custom rule). */
  markNull(isNull: boolean): void {
    this.nullState = isNull;
  }
}

const NESTED_SCALARS = new Set(["formula", "color", "text", "bold", "position", "numberFormat", "lineStyle", "columnWidth", "rowHeight", "wrapText"]);

class WorkbookProxy extends Base {
  readonly worksheets: WorksheetsProxy;
  readonly settings: SettingsProxy;
  constructor(ctx: StrictContext) {
    super(ctx, "Workbook");
    this.worksheets = new WorksheetsProxy(ctx);
    this.settings = new SettingsProxy(ctx);
  }
  protected resolve(name: string): unknown {
    throw new Error(`strict double: Workbook.${name} not modelled`);
  }
  getSelectedRange(): RangeProxy {
    this.ctx.queue(PATH_BYTES);
    const book = this.ctx.book;
    return new RangeProxy(
      this.ctx,
      () => book.selection?.sheet ?? book.sheets[0],
      () => {
        const areas = book.selection?.areas ?? [];
        if (areas.length > 1) throw new ExcelError("InvalidSelection", "getSelectedRange: several ranges are selected");
        return areas[0] ?? { top: 0, left: 0, rows: 1, cols: 1 };
      },
    );
  }
  /** ExcelApi 1.9: every selected area. */
  getSelectedRanges(): RangeAreasProxy {
    requireSet(this.ctx, "1.9", "Workbook.getSelectedRanges");
    this.ctx.queue(PATH_BYTES);
    const book = this.ctx.book;
    return new RangeAreasProxy(
      this.ctx,
      () => book.selection?.sheet ?? book.sheets[0],
      () => book.selection?.areas ?? [{ top: 0, left: 0, rows: 1, cols: 1 }],
    );
  }
}

class WorksheetsProxy extends Base {
  constructor(ctx: StrictContext) {
    super(ctx, "WorksheetCollection");
  }
  get items(): WorksheetProxy[] {
    return this.get$("items") as WorksheetProxy[];
  }
  protected resolve(name: string): unknown {
    if (name === "items") return this.ctx.book.sheets.map((s) => new WorksheetProxy(this.ctx, () => s));
    throw new Error(`strict double: WorksheetCollection.${name} not modelled`);
  }
  getItem(name: string): WorksheetProxy {
    const book = this.ctx.book;
    let found: FakeSheet | undefined;
    const find = () => {
      found ??= book.sheets.find((s) => s.name === name);
      if (!found) throw new ExcelError("ItemNotFound", `worksheet "${name}"`);
      return found;
    };
    this.ctx.queue(PATH_BYTES + jsonBytes(name), () => void find());
    return new WorksheetProxy(this.ctx, find);
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const book = this.ctx.book;
    const ws = new WorksheetProxy(this.ctx, () => {
      const s = book.sheets.find((x) => x.name === name);
      if (!s) throw new ExcelError("InvalidObjectPath", `null object "${name}"`);
      return s;
    });
    ws.decideNullFor(() => !book.sheets.some((s) => s.name === name), name);
    return ws;
  }
  /** Without a name Excel picks a free default one ("Sheet4"; "Tabelle4" in German Excel). */
  add(name?: string): WorksheetProxy {
    let created: FakeSheet | undefined;
    this.ctx.queue(ACTION_BYTES + (name === undefined ? 0 : jsonBytes(name)), () => {
      const book = this.ctx.book;
      if (name !== undefined && book.sheets.some((s) => s.name === name)) throw new ExcelError("ItemAlreadyExists", `worksheet "${name}"`);
      let free = name;
      for (let i = book.sheets.length + 1; free === undefined; i++) if (!book.sheets.some((s) => s.name === `Sheet${i}`)) free = `Sheet${i}`;
      created = book.addSheet(free);
    });
    return new WorksheetProxy(this.ctx, () => created!);
  }
}

class WorksheetProxy extends Base {
  constructor(
    ctx: StrictContext,
    readonly sheet: () => FakeSheet,
  ) {
    super(ctx, "Worksheet");
  }
  decideNullFor(f: () => boolean, arg?: unknown): void {
    this.decideNull(f, arg);
  }
  protected resolve(name: string): unknown {
    const s = this.sheet();
    if (name === "name") return s.name;
    if (name === "visibility") return s.visibility;
    if (name === "id") return s.id;
    throw new Error(`strict double: Worksheet.${name} not modelled`);
  }
  get name(): string {
    return this.get$("name") as string;
  }
  /** Renaming: another sheet of that name fails the sync; charts' sources follow, as in Excel. */
  set name(name: string) {
    this.set("name", name, () => {
      const s = this.sheet();
      if (this.ctx.book.sheets.some((x) => x !== s && x.name === name)) throw new ExcelError("ItemAlreadyExists", `worksheet "${name}"`);
      const before = `${quoteSheet(s.name)}!`;
      for (const c of s.charts) if (c.source.startsWith(before)) c.source = `${quoteSheet(name)}!${c.source.slice(before.length)}`;
      s.name = name;
    });
  }
  get visibility(): string {
    return this.get$("visibility") as string;
  }
  get id(): string {
    return this.get$("id") as string;
  }
  getRange(address?: string): RangeProxy {
    this.ctx.queue(PATH_BYTES + jsonBytes(address));
    // No address: the whole sheet (Worksheet.getRange()).
    if (address === undefined) return new RangeProxy(this.ctx, this.sheet, () => ({ top: 0, left: 0, rows: 1_048_576, cols: 16_384 }));
    const whole = /^([A-Z]+):([A-Z]+)$/.exec(address) ?? /^(\d+):(\d+)$/.exec(address);
    if (whole) {
      // Whole columns or rows: only formats are written there; a 1-cell stand-in keyed by the address.
      return new RangeProxy(this.ctx, this.sheet, () => ({ top: 0, left: 0, rows: 1, cols: 1 }), address);
    }
    const a = parseA1Range(address);
    if (!a) throw new ExcelError("InvalidArgument", `address ${address}`);
    return new RangeProxy(this.ctx, this.sheet, () => ({ top: a.top, left: a.left, rows: a.bottom - a.top + 1, cols: a.right - a.left + 1 }));
  }
  /** ExcelApi 1.9: areas of this sheet, "A1:B2,D4:D9" or "A1:B2; D4:D9" (rule 7). */
  getRanges(address: string): RangeAreasProxy {
    requireSet(this.ctx, "1.9", "Worksheet.getRanges");
    const rects = () => {
      const areas = parseAreas(address.replace(/;/g, ","), this.sheet().name);
      if (!areas || areas.some((a) => a.sheet !== this.sheet().name)) throw new ExcelError("InvalidArgument", `getRanges("${address}")`);
      return areas.map((a) => ({ top: a.row, left: a.col, rows: a.rows, cols: a.cols }));
    };
    // the address is checked at sync, as Excel checks it (not when the call is queued)
    this.ctx.queue(PATH_BYTES + jsonBytes(address), () => void rects());
    return new RangeAreasProxy(this.ctx, this.sheet, rects);
  }
  getRangeByIndexes(top: number, left: number, rows: number, cols: number): RangeProxy {
    this.ctx.queue(PATH_BYTES + 24);
    return new RangeProxy(this.ctx, this.sheet, () => ({ top, left, rows, cols }));
  }
  /** The used range; an empty sheet gives A1 (Microsoft Learn, Worksheet.getUsedRange: "it will not throw"). */
  getUsedRange(): RangeProxy {
    this.ctx.queue(PATH_BYTES);
    return new RangeProxy(this.ctx, this.sheet, () => this.sheet().usedRect() ?? { top: 0, left: 0, rows: 1, cols: 1 });
  }
  getUsedRangeOrNullObject(): RangeProxy {
    let rect: Rect | null | undefined;
    const used = () => (rect === undefined ? (rect = this.sheet().usedRect()) : rect);
    const r = new RangeProxy(this.ctx, this.sheet, () => {
      const u = used();
      if (!u) throw new ExcelError("InvalidObjectPath", "used range of an empty sheet");
      return u;
    });
    r.decideNullFor(() => used() === null);
    return r;
  }
  get customProperties() {
    const ctx = this.ctx;
    const sheet = this.sheet;
    return {
      add(key: string, value: string) {
        ctx.queue(ACTION_BYTES + jsonBytes([key, value]), () => sheet().props.set(key, value));
      },
      getItemOrNullObject(key: string) {
        const item = new ValueItem(ctx, "WorksheetCustomProperty", () => sheet().props.get(key));
        item.decideNullFor(() => !sheet().props.has(key), key);
        return item;
      },
    };
  }
  get pageLayout(): Nested {
    return new Nested(this.ctx, "PageLayout", () => this.sheet().pageLayout);
  }
  get horizontalPageBreaks() {
    return { add: (cell: string) => this.ctx.queue(ACTION_BYTES + jsonBytes(cell), () => this.sheet().pageBreaks.push(cell)) };
  }
  get charts() {
    const ctx = this.ctx;
    const sheet = this.sheet;
    return {
      add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
        let chart: FakeChart | undefined;
        ctx.queue(ACTION_BYTES + jsonBytes([type, seriesBy]), () => {
          chart = { type, source: source.addressNow(), title: { text: "" }, legend: { position: "" }, axes: { valueAxis: { numberFormat: "" } }, lines: [] };
          sheet().charts.push(chart);
        });
        return new ChartProxy(ctx, () => chart!);
      },
    };
  }
  get onChanged() {
    const ctx = this.ctx;
    const sheet = this.sheet;
    return {
      add(handler: (e: unknown) => Promise<unknown>) {
        ctx.queue(ACTION_BYTES, () => sheet().handlers.push(handler));
        return {
          context: ctx,
          remove() {
            ctx.queue(ACTION_BYTES, () => {
              const s = sheet();
              s.handlers = s.handlers.filter((h) => h !== handler);
            });
          },
        };
      },
    };
  }
  delete(): void {
    this.ctx.queue(ACTION_BYTES, () => this.sheet().delete());
  }
  activate(): void {
    this.ctx.queue(ACTION_BYTES, () => (this.ctx.book.active = this.sheet().name));
  }
}

class ChartProxy extends Nested {
  constructor(ctx: StrictContext, chart: () => FakeChart) {
    super(ctx, "Chart", () => chart() as unknown as Record<string, unknown>);
    const self = this as unknown as Record<string, unknown>;
    Object.defineProperty(this, "setPosition", {
      value: (a: string, b: string) => ctx.queue(ACTION_BYTES + jsonBytes([a, b]), () => (chart().position = [a, b])),
    });
    Object.defineProperty(this, "series", {
      value: {
        getItemAt: (i: number) => {
          ctx.queue(PATH_BYTES);
          const labels = () => ((chart().labels ??= [])[i] ??= {});
          return {
            format: {
              line: new Nested(ctx, "ChartLineFormat", () => {
                const lines = chart().lines;
                return (lines[i] ??= { color: "", lineStyle: "Continuous" }) as unknown as Record<string, unknown>;
              }),
            },
            set hasDataLabels(on: boolean) {
              ctx.queue(ACTION_BYTES + "hasDataLabels".length + jsonBytes(on), () => (labels().hasDataLabels = on));
            },
            dataLabels: new Nested(ctx, "ChartDataLabels", labels),
          };
        },
      },
    });
    void self;
  }
}

/** A setting or custom property: `value` after load, `delete()`. */
class ValueItem extends Base {
  constructor(
    ctx: StrictContext,
    kind: string,
    private readonly read: () => unknown,
    private readonly remove?: () => void,
  ) {
    super(ctx, kind);
  }
  decideNullFor(f: () => boolean, arg?: unknown): void {
    this.decideNull(f, arg);
  }
  protected resolve(name: string): unknown {
    if (name === "value") return this.read();
    throw new Error(`strict double: ${this.kind}.${name} not modelled`);
  }
  get value(): unknown {
    return this.get$("value");
  }
  delete(): void {
    this.ctx.queue(ACTION_BYTES, () => this.remove?.());
  }
}

class SettingsProxy extends Base {
  constructor(ctx: StrictContext) {
    super(ctx, "SettingCollection");
  }
  protected resolve(name: string): unknown {
    throw new Error(`strict double: SettingCollection.${name} not modelled`);
  }
  add(key: string, value: string): void {
    this.ctx.queue(ACTION_BYTES + jsonBytes([key, value]), () => this.ctx.book.settings.set(key, value));
  }
  getItemOrNullObject(key: string): ValueItem {
    const settings = this.ctx.book.settings;
    const item = new ValueItem(
      this.ctx,
      "Setting",
      () => settings.get(key),
      () => settings.delete(key),
    );
    item.decideNullFor(() => !settings.has(key), key);
    return item;
  }
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function rectAddress(r: Rect): string {
  return r.rows === 1 && r.cols === 1 ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.top + r.rows - 1, r.left + r.cols - 1)}`;
}

class RangeProxy extends Base {
  constructor(
    ctx: StrictContext,
    readonly sheet: () => FakeSheet,
    readonly rect: () => Rect,
    /** Whole columns/rows ("A:A", "3:3"): the key under which formats are stored. */
    private readonly wholeAddress?: string,
  ) {
    super(ctx, "Range");
  }
  decideNullFor(f: () => boolean, arg?: unknown): void {
    this.decideNull(f, arg);
  }
  addressNow(): string {
    return `${quoteSheet(this.sheet().name)}!${rectAddress(this.rect())}`;
  }
  private grid<T>(f: (r: number, c: number) => T): T[][] {
    const { top, left, rows, cols } = this.rect();
    const s = this.sheet();
    const out: T[][] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const row: T[] = new Array(cols);
      for (let c = 0; c < cols; c++) row[c] = f(top + r, left + c);
      out[r] = row;
    }
    void s;
    return out;
  }
  protected resolve(name: string): unknown {
    const s = this.sheet();
    const rect = this.rect();
    switch (name) {
      case "values":
        return this.grid((r, c) => {
          const cell = s.peek(r, c);
          return cell === undefined || cell.value === null || cell.value === undefined ? "" : cell.value;
        });
      case "numberFormat":
        return this.grid((r, c) => s.peek(r, c)?.numberFormat ?? "General");
      case "formulas":
        return this.grid((r, c) => s.peek(r, c)?.formula ?? s.peek(r, c)?.value ?? "");
      case "address":
        return this.addressNow();
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "rowHidden": {
        let hidden = 0;
        for (let r = rect.top; r < rect.top + rect.rows; r++) if (s.hidden.has(r)) hidden++;
        return hidden === 0 ? false : hidden === rect.rows ? true : null;
      }
    }
    throw new Error(`strict double: Range.${name} not modelled`);
  }
  get values(): unknown[][] {
    return this.get$("values") as unknown[][];
  }
  get numberFormat(): string[][] {
    return this.get$("numberFormat") as string[][];
  }
  set numberFormat(m: string[][]) {
    this.set("numberFormat", m, () => {
      const { top, left } = this.rect();
      m.forEach((row, r) => row.forEach((f, c) => (this.sheet().cell(top + r, left + c).numberFormat = f)));
    });
  }
  get formulas(): unknown[][] {
    return this.get$("formulas") as unknown[][];
  }
  set formulas(m: unknown[][]) {
    this.set("formulas", m, () => this.writeFormulas(m, (f) => f));
  }
  set columnHidden(hidden: boolean) {
    this.set("columnHidden", hidden, () => {
      // Whole columns ("L:N") are stored under their address: take the columns from it.
      const whole = /^([A-Z]+):([A-Z]+)$/.exec(this.wholeAddress ?? "");
      const left = whole ? parseA1Range(`${whole[1]}1`)!.left : this.rect().left;
      const right = whole ? parseA1Range(`${whole[2]}1`)!.left : left + this.rect().cols - 1;
      for (let c = left; c <= right; c++) {
        if (hidden) this.sheet().hiddenColumns.add(c);
        else this.sheet().hiddenColumns.delete(c);
      }
    });
  }
  set formulasLocal(m: unknown[][]) {
    this.set("formulasLocal", m, () => this.writeFormulas(m, (f) => (this.ctx.book.locale === "de" ? fromGermanLocal(f, this.ctx.book) : f)));
  }
  private writeFormulas(m: unknown[][], toInvariant: (f: string) => string): void {
    const { top, left } = this.rect();
    const book = this.ctx.book;
    m.forEach((row, r) =>
      row.forEach((v, c) => {
        const cell = this.sheet().cell(top + r, left + c);
        if (typeof v === "string" && v.startsWith("=")) {
          cell.formula = toInvariant(v);
          cell.value = unresolvedName(cell.formula, book) ? "#NAME?" : null;
        } else {
          cell.formula = undefined;
          cell.value = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
        }
      }),
    );
  }
  get address(): string {
    return this.get$("address") as string;
  }
  get rowIndex(): number {
    return this.get$("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get$("columnIndex") as number;
  }
  get rowCount(): number {
    return this.get$("rowCount") as number;
  }
  get columnCount(): number {
    return this.get$("columnCount") as number;
  }
  get rowHidden(): boolean | null {
    return this.get$("rowHidden") as boolean | null;
  }
  get format(): Nested {
    const key = () => this.wholeAddress ?? rectAddress(this.rect());
    return new Nested(this.ctx, "RangeFormat", () => {
      const formats = this.sheet().formats;
      let f = formats.get(key());
      if (!f) formats.set(key(), (f = {}));
      return f;
    });
  }
  get conditionalFormats(): ConditionalFormatsProxy {
    return new ConditionalFormatsProxy(this.ctx, this.sheet, () => [this.rect()]);
  }
  /** ExcelApi 1.9: the visible cells as areas (hidden rows and hidden columns left out). */
  getSpecialCellsOrNullObject(type: string): RangeAreasProxy {
    if (type !== "Visible") throw new Error(`strict double: special cells ${type} not modelled`);
    this.ctx.queue(ACTION_BYTES);
    let areas: Rect[] | undefined;
    const compute = () => (areas ??= visibleAreas(this.sheet(), this.rect()));
    const out = new RangeAreasProxy(this.ctx, this.sheet, compute);
    out.decideNullFor(() => compute().length === 0);
    return out;
  }
  /** ExcelApi 1.4: the cells in both ranges, or a null object. */
  getIntersectionOrNullObject(other: RangeProxy): RangeProxy {
    this.ctx.queue(ACTION_BYTES);
    const both = (): Rect | null => {
      const a = this.rect();
      const b = other.rect();
      const top = Math.max(a.top, b.top);
      const left = Math.max(a.left, b.left);
      const bottom = Math.min(a.top + a.rows, b.top + b.rows);
      const right = Math.min(a.left + a.cols, b.left + b.cols);
      return bottom > top && right > left ? { top, left, rows: bottom - top, cols: right - left } : null;
    };
    const out = new RangeProxy(this.ctx, this.sheet, () => {
      const r = both();
      if (!r) throw new ExcelError("InvalidObjectPath", "intersection of ranges that do not meet");
      return r;
    });
    out.decideNullFor(() => both() === null);
    return out;
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.ctx.queue(ACTION_BYTES);
    const inside = () => {
      const r = this.rect();
      return this.sheet()
        .merges.map((m) => parseA1Range(m)!)
        .filter((m) => m.top >= r.top && m.bottom < r.top + r.rows && m.left >= r.left && m.right < r.left + r.cols)
        .map((m) => ({ top: m.top, left: m.left, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 }));
    };
    const out = new RangeAreasProxy(this.ctx, this.sheet, inside);
    out.decideNullFor(() => inside().length === 0);
    return out;
  }
  merge(): void {
    this.ctx.queue(ACTION_BYTES, () => this.sheet().merges.push(rectAddress(this.rect())));
  }
  select(): void {
    this.ctx.queue(ACTION_BYTES, () => (this.ctx.book.selection = { sheet: this.sheet(), areas: [this.rect()] }));
  }
}

/** Visible cells of a rectangle as areas: runs of visible rows × runs of visible columns. */
function visibleAreas(sheet: FakeSheet, r: Rect): Rect[] {
  const runs = (start: number, count: number, hidden: Set<number>) => {
    const out: [number, number][] = [];
    for (let i = start; i < start + count; i++) {
      if (hidden.has(i)) continue;
      const last = out[out.length - 1];
      if (last && last[0] + last[1] === i) last[1]++;
      else out.push([i, 1]);
    }
    return out;
  };
  const rows = runs(r.top, r.rows, sheet.hidden);
  const cols = runs(r.left, r.cols, sheet.hiddenColumns);
  return rows.flatMap(([top, n]) => cols.map(([left, m]) => ({ top, left, rows: n, cols: m })));
}

class RangeAreasProxy extends Base {
  constructor(
    ctx: StrictContext,
    readonly sheet: () => FakeSheet,
    readonly rects: () => Rect[],
  ) {
    super(ctx, "RangeAreas");
  }
  decideNullFor(f: () => boolean, arg?: unknown): void {
    this.decideNull(f, arg);
  }
  protected resolve(name: string): unknown {
    const prefix = `${quoteSheet(this.sheet().name)}!`;
    if (name === "address") return this.rects().map((r) => prefix + rectAddress(r)).join(",");
    if (name === "areaCount") return this.rects().length;
    throw new Error(`strict double: RangeAreas.${name} not modelled`);
  }
  get address(): string {
    return this.get$("address") as string;
  }
  get areaCount(): number {
    return this.get$("areaCount") as number;
  }
  get conditionalFormats(): ConditionalFormatsProxy {
    return new ConditionalFormatsProxy(this.ctx, this.sheet, this.rects);
  }
  /** ExcelApi 1.18: selects every area (rule 7). */
  select(): void {
    requireSet(this.ctx, "1.18", "RangeAreas.select");
    this.ctx.queue(ACTION_BYTES, () => (this.ctx.book.selection = { sheet: this.sheet(), areas: this.rects() }));
  }
}

class ConditionalFormatProxy extends Base {
  constructor(
    ctx: StrictContext,
    private readonly rule: () => FakeRule,
  ) {
    super(ctx, "ConditionalFormat");
  }
  protected resolve(name: string): unknown {
    const rule = this.rule();
    if (name === "id") return rule.id;
    if (name === "type") return rule.type;
    if (name === "customOrNullObject") {
      const n = new Nested(this.ctx, "CustomConditionalFormat", () => rule.custom as unknown as Record<string, unknown>);
      n.markNull(rule.type !== "Custom");
      return n;
    }
    throw new Error(`strict double: ConditionalFormat.${name} not modelled`);
  }
  get id(): string {
    return this.get$("id") as string;
  }
  get type(): string {
    return this.get$("type") as string;
  }
  get customOrNullObject(): Nested {
    return this.get$("customOrNullObject") as Nested;
  }
  get custom(): Nested {
    return new Nested(this.ctx, "CustomConditionalFormat", () => this.rule().custom as unknown as Record<string, unknown>);
  }
  set stopIfTrue(v: boolean) {
    this.set("stopIfTrue", v, () => (this.rule().stopIfTrue = v));
  }
  /** Deleting a rule that is already gone fails the whole sync, as in Excel ("ItemNotFound"). */
  delete(): void {
    this.ctx.queue(ACTION_BYTES, () => {
      const rule = this.rule();
      if (rule.deleted) throw new ExcelError("ItemNotFound", `conditional format ${rule.id} was already deleted`);
      rule.deleted = true;
    });
  }
}

class ConditionalFormatsProxy extends Base {
  constructor(
    ctx: StrictContext,
    private readonly sheet: () => FakeSheet,
    private readonly rects: () => Rect[],
  ) {
    super(ctx, "ConditionalFormatCollection");
    ctx.queue(PATH_BYTES);
  }
  protected resolve(name: string): unknown {
    if (name !== "items") throw new Error(`strict double: ConditionalFormatCollection.${name} not modelled`);
    const rects = this.rects();
    const hits = (rule: FakeRule) =>
      !rule.deleted && rects.some((r) => rule.top <= r.top + r.rows - 1 && rule.bottom >= r.top && rule.left <= r.left + r.cols - 1 && rule.right >= r.left);
    return this.sheet()
      .rules.filter(hits)
      .map((rule) => new ConditionalFormatProxy(this.ctx, () => rule));
  }
  get items(): ConditionalFormatProxy[] {
    return this.get$("items") as ConditionalFormatProxy[];
  }
  add(type: string): ConditionalFormatProxy {
    let rule: FakeRule | undefined;
    this.ctx.queue(ACTION_BYTES + jsonBytes(type), () => {
      const rects = this.rects();
      const top = Math.min(...rects.map((r) => r.top));
      const left = Math.min(...rects.map((r) => r.left));
      const bottom = Math.max(...rects.map((r) => r.top + r.rows - 1));
      const right = Math.max(...rects.map((r) => r.left + r.cols - 1));
      rule = this.sheet().addRule(`${a1(top, left)}:${a1(bottom, right)}`, type);
      rule.areas = rects.length;
    });
    return new ConditionalFormatProxy(this.ctx, () => rule!);
  }
}

/** German custom-function names that are not the English ones make `formulas` show #NAME? in German Excel. */
function unresolvedName(formula: string, book: FakeBook): boolean {
  if (book.locale !== "de") return false;
  const names = new Set(book.germanNames.values());
  for (const m of formula.matchAll(/SGBII\.([A-Za-zÄÖÜäöü0-9_.]+)\s*\(/g)) if (!names.has(m[1].toUpperCase())) return true;
  return false;
}

const GERMAN_BUILTINS: Record<string, string> = { WENN: "IF", ANZAHLLEEREZELLEN: "COUNTBLANK", NV: "NA", SUMME: "SUM", ODER: "OR" };

/** A German `formulasLocal` formula in the invariant (English) form; a "," between arguments is refused. */
function fromGermanLocal(formula: string, book: FakeBook): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') inString = !inString;
    if (!inString && ch === ",") {
      if (/\d/.test(formula[i - 1] ?? "") && /\d/.test(formula[i + 1] ?? "")) out += ".";
      else throw new ExcelError("InvalidArgument", `formulasLocal (de) expects ";" between arguments: ${formula}`);
    } else out += !inString && ch === ";" ? "," : ch;
  }
  const byGerman = new Map([...book.germanNames].map(([en, de]) => [de, en]));
  return out
    .replace(/SGBII\.([A-Za-zÄÖÜäöü0-9_.]+)\s*\(/g, (all, name: string) => (byGerman.has(name.toUpperCase()) ? `SGBII.${byGerman.get(name.toUpperCase())}(` : all))
    .replace(/\b([A-ZÄÖÜ]+)\(/g, (all, name: string) => (GERMAN_BUILTINS[name] ? `${GERMAN_BUILTINS[name]}(` : all));
}

/** The Excel enums the code under test reads (Office.js is not loaded in tests). */
export function installExcelEnums(): void {
  const g = globalThis as { Excel?: Record<string, unknown> };
  g.Excel = {
    ...(g.Excel ?? {}),
    ConditionalFormatType: { custom: "Custom" },
    SpecialCellType: { visible: "Visible" },
    PageOrientation: { landscape: "Landscape", portrait: "Portrait" },
    PaperType: { a4: "A4" },
    ChartType: { line: "Line" },
    ChartSeriesBy: { columns: "Columns" },
    ChartLegendPosition: { bottom: "Bottom" },
    ChartLineStyle: { dash: "Dash" },
    ChartDataLabelPosition: { top: "Top" },
  };
}

export { columnName, parseA1 };
export { ACTION_BYTES, jsonBytes, PATH_BYTES };

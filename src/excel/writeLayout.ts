/**
 * Writes an output sheet (summary or report) from its layout in bulk: the block's formulas and number
 * formats in slices of rows, then the formatted cells, widths, hidden columns, merges, page setup and
 * page breaks (any layout with a pageSetup) and the report's charts – queued through a SyncBatcher, so each sync stays within Excel on the web's 5 MB and there
 * are only as many as the payload needs (2 for the look-up of existing and owned sheets, then about
 * 1 + payload ÷ 4 MB). Only sheets
 * Zielmonitor created (registry "zielmonitor.sheets") are replaced; a user's sheet of the same name is never touched (the output then goes to "Name (2)").
 */
import type { ReportLayout, SheetLayout } from "../workbook/outputs";
import { a1Range, columnName } from "../workbook/cells";
import { ZielmonitorExcelError } from "./errors";
import { ACTION_COST, jsonSize, SyncBatcher } from "./payload";
import { supports } from "./requirements";
import { queueLoadSetting, queueSetting, settingValue, verifySetting, type PendingSetting } from "./settings";

export const OWNED_SHEETS_KEY = "zielmonitor.sheets";
/** Worksheet custom property that marks a sheet Zielmonitor created (survives renaming and reopening). */
export const OWNED_MARK_KEY = "Zielmonitor";
export const OWNED_MARK_VALUE = "Ausgabeblatt";

/**
 * Phases 1 and 2 of every write or delete: the sheet names and the registry, then the marks of the
 * registered sheets that exist. A sheet counts as Zielmonitor's only when it is registered and – where
 * the host has worksheet custom properties (ExcelApi 1.12) – still carries the mark, so a user's sheet
 * that took over the name of a renamed output sheet is never replaced. Names no longer present drop out.
 */
async function ownedSheets(context: Excel.RequestContext): Promise<{ existing: Set<string>; owned: Set<string> }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const registry = queueLoadSetting(context, OWNED_SHEETS_KEY);
  await context.sync();
  const existing = new Set(sheets.items.map((s) => s.name));
  const stored = settingValue<string[]>(registry);
  const registered = (Array.isArray(stored) ? stored : []).filter((n) => typeof n === "string" && existing.has(n));
  const withMarks = supports("1.12");
  const marks = withMarks
    ? registered.map((name) => {
        const mark = sheets.getItem(name).customProperties.getItemOrNullObject(OWNED_MARK_KEY);
        mark.load("value");
        return { name, mark };
      })
    : [];
  await context.sync();
  const owned = withMarks ? marks.filter(({ mark }) => mark.isNullObject !== true && mark.value === OWNED_MARK_VALUE).map(({ name }) => name) : registered;
  return { existing, owned: new Set(owned) };
}

/** The bounding block of a layout as 2-D formulas (values where no formula) and number formats. */
export function layoutMatrices(layout: SheetLayout): {
  rows: number;
  cols: number;
  formulas: (string | number | boolean)[][];
  formats: string[][];
} {
  // reduce, not Math.max(...cells): a report of 400 Jobcenters has more cells than the stack has room for.
  const rows = layout.cells.reduce((n, c) => Math.max(n, c.row), 0) + 1;
  const cols = layout.cells.reduce((n, c) => Math.max(n, c.col), 0) + 1;
  const formulas: (string | number | boolean)[][] = Array.from({ length: rows }, () => new Array(cols).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => new Array(cols).fill("General"));
  for (const c of layout.cells) {
    const v = c.formula ?? c.value;
    // Text that starts with "=" would become a formula: write it as text.
    formulas[c.row][c.col] = v === null || v === undefined ? "" : typeof v === "string" && !c.formula && v.startsWith("=") ? `'${v}` : v;
    if (c.numberFormat) formats[c.row][c.col] = c.numberFormat;
  }
  return { rows, cols, formulas, formats };
}

/** Splits "&L…&C…&R…" into the three header/footer parts Office.js sets separately. */
export function headerParts(code: string): {
  left: string;
  center: string;
  right: string;
} {
  const part = (tag: string) => {
    const m = new RegExp(`&${tag}(.*?)(?=&[LCR]|$)`).exec(code);
    return m ? m[1] : "";
  };
  return { left: part("L"), center: part("C"), right: part("R") };
}

/** A free sheet name: the wanted one if absent or owned by Zielmonitor, else "Name (2)" … */
function chooseName(wanted: string, existing: Set<string>, owned: Set<string>): string {
  if (!existing.has(wanted) || owned.has(wanted)) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted} (${i})`;
    if (!existing.has(name) || owned.has(name)) return name;
  }
}

/** Neighbouring cells of a row with the same bold/fill/wrap become one range (fewer proxies in the batch). */
export function formatRuns(layout: SheetLayout): { row: number; col: number; count: number; bold: boolean; fill: string; wrap: boolean }[] {
  const styled = layout.cells
    .filter((c) => c.bold || c.fill || c.wrap)
    .map((c) => ({ row: c.row, col: c.col, count: 1, bold: !!c.bold, fill: c.fill ?? "", wrap: !!c.wrap }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: typeof styled = [];
  for (const c of styled) {
    const prev = runs[runs.length - 1];
    if (prev && prev.row === c.row && prev.col + prev.count === c.col && prev.bold === c.bold && prev.fill === c.fill && prev.wrap === c.wrap) prev.count++;
    else runs.push({ ...c });
  }
  return runs;
}

/** Rows of the block per slice: slices of about 1 MB pack well into 4 MB syncs. */
const SLICE_BYTES = 1_000_000;

async function queueLayout(batch: SyncBatcher, ws: Excel.Worksheet, layout: SheetLayout): Promise<void> {
  const { rows, cols, formulas, formats } = layoutMatrices(layout);
  if (rows > 0 && cols > 0) {
    await batch.add(ACTION_COST, () => (ws.getRangeByIndexes(0, 0, rows, cols).format.verticalAlignment = "Top"));
    // The block in slices of rows, each slice's number formats before its formulas.
    let start = 0;
    while (start < rows) {
      let end = start;
      let bytes = 3 * ACTION_COST;
      while (end < rows && (end === start || bytes < SLICE_BYTES)) {
        bytes += jsonSize(formulas[end]) + jsonSize(formats[end]);
        end++;
      }
      const from = start;
      await batch.add(bytes, () => {
        const slice = ws.getRangeByIndexes(from, 0, end - from, cols);
        slice.numberFormat = formats.slice(from, end);
        slice.formulas = formulas.slice(from, end);
      });
      start = end;
    }
  }
  for (const run of formatRuns(layout))
    await batch.add(4 * ACTION_COST + run.fill.length, () => {
      const range = ws.getRangeByIndexes(run.row, run.col, 1, run.count);
      if (run.bold) range.format.font.bold = true;
      if (run.fill) range.format.fill.color = `#${run.fill}`;
      if (run.wrap) range.format.wrapText = true;
    });
  for (const [i, w] of layout.columnWidths.entries())
    await batch.add(2 * ACTION_COST, () => (ws.getRange(`${columnName(i)}:${columnName(i)}`).format.columnWidth = Math.round(w * 7)));
  for (const h of layout.rowHeights ?? []) await batch.add(2 * ACTION_COST, () => (ws.getRange(`${h.row + 1}:${h.row + 1}`).format.rowHeight = h.height));
  for (const m of layout.merges) await batch.add(2 * ACTION_COST, () => ws.getRange(a1Range(m.top, m.left, m.bottom, m.right)).merge(false));
  for (const c of layout.hiddenColumns ?? []) await batch.add(2 * ACTION_COST, () => (ws.getRange(`${columnName(c)}:${columnName(c)}`).columnHidden = true));
}

/** Page layout, headers/footers and page breaks of any layout with a pageSetup (ExcelApi 1.9; older hosts get the sheet without them). */
async function queuePageExtras(batch: SyncBatcher, ws: Excel.Worksheet, layout: SheetLayout): Promise<void> {
  const page = layout.pageSetup;
  if (!page || !supports("1.9")) return;
  const header = layout.header ?? "";
  const footer = layout.footer ?? "";
  await batch.add(12 * ACTION_COST + header.length + footer.length, () => queuePageSetup(ws, page, header, footer));
  for (const row of layout.rowBreaks ?? []) await batch.add(2 * ACTION_COST, () => ws.horizontalPageBreaks.add(`A${row + 1}`));
}

async function queueCharts(batch: SyncBatcher, ws: Excel.Worksheet, layout: ReportLayout): Promise<void> {
  const lineFormats = supports("1.7");
  // Data labels' position and number format need ExcelApi 1.8.
  const labels = supports("1.8");
  // The chart data may sit in hidden columns: charts plot them anyway (ExcelApi 1.8).
  const hiddenData = (layout.hiddenColumns ?? []).length > 0 && supports("1.8");
  for (const chart of layout.charts)
    await batch.add((13 + 7 * chart.series.length) * ACTION_COST + chart.title.length * 2, () => queueChart(ws, chart, { lineFormats, hiddenData, labels }));
}

function queuePageSetup(ws: Excel.Worksheet, page: NonNullable<SheetLayout["pageSetup"]>, headerCode: string, footerCode: string): void {
  ws.pageLayout.orientation = page.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  ws.pageLayout.paperSize = Excel.PaperType.a4;
  ws.pageLayout.zoom = {
    horizontalFitToPages: page.fitToWidth,
    verticalFitToPages: 0,
  };
  const header = headerParts(headerCode);
  const footer = headerParts(footerCode);
  const all = ws.pageLayout.headersFooters.defaultForAllPages;
  all.leftHeader = header.left;
  all.centerHeader = header.center;
  all.rightHeader = header.right;
  all.leftFooter = footer.left;
  all.centerFooter = footer.center;
  all.rightFooter = footer.right;
}

function queueChart(ws: Excel.Worksheet, chart: ReportLayout["charts"][number], host: { lineFormats: boolean; hiddenData: boolean; labels: boolean }): void {
  // The data table's header row sits just above the values: it names the series.
  const first = chart.categories.split(":")[0];
  const lastSeries = chart.series[chart.series.length - 1].values.split(":").pop()!;
  const firstRow = Number(/\d+/.exec(first)![0]) - 1;
  const col = first.replace(/\d+/g, "");
  const source = ws.getRange(`${col}${firstRow}:${lastSeries}`);
  const c = ws.charts.add(Excel.ChartType.line, source, Excel.ChartSeriesBy.columns);
  c.title.text = chart.title;
  c.legend.position = Excel.ChartLegendPosition.bottom;
  if (host.hiddenData) c.plotVisibleOnly = false;
  if (chart.textSize) c.format.font.size = chart.textSize;
  if (chart.axis) {
    c.axes.valueAxis.minimum = chart.axis.min;
    c.axes.valueAxis.maximum = chart.axis.max;
    c.axes.valueAxis.majorUnit = chart.axis.majorUnit;
  }
  c.setPosition(`${columnName(chart.anchor.fromCol)}${chart.anchor.fromRow + 1}`, `${columnName(chart.anchor.toCol - 1)}${chart.anchor.toRow}`);
  if (chart.valueFormat) c.axes.valueAxis.numberFormat = chart.valueFormat;
  if (host.lineFormats)
    chart.series.forEach((s, i) => {
      const series = c.series.getItemAt(i);
      const line = series.format.line;
      line.color = `#${s.color.replace(/^#/, "")}`;
      if (s.dashed) line.lineStyle = Excel.ChartLineStyle.dash;
      if (s.dataLabels) {
        series.hasDataLabels = true;
        if (host.labels) {
          series.dataLabels.showValue = true;
          series.dataLabels.position = Excel.ChartDataLabelPosition.top;
          if (chart.valueFormat) series.dataLabels.numberFormat = chart.valueFormat;
          if (chart.textSize) series.dataLabels.format.font.size = chart.textSize;
        }
      }
    });
}

/** Writes the layouts, replacing only sheets Zielmonitor owns: 2 + about payload ÷ 4 MB syncs. */
export async function writeLayouts(
  context: Excel.RequestContext,
  layouts: (SheetLayout | ReportLayout)[],
  options: { activate?: boolean } = {},
): Promise<string[]> {
  const { existing, owned } = await ownedSheets(context);
  const sheets = context.workbook.worksheets;
  const batch = new SyncBatcher(context);
  const names: string[] = [];
  for (const layout of layouts) {
    const name = chooseName(layout.name, existing, owned);
    if (name.length > 31)
      throw new ZielmonitorExcelError(
        `Das Blatt „${layout.name}“ gibt es schon (von Ihnen angelegt); ein freier Name ist zu lang. Bitte das Blatt umbenennen.`,
        `A sheet "${layout.name}" already exists (created by you); no free name fits. Please rename that sheet.`,
      );
    let ws!: Excel.Worksheet;
    await batch.add(4 * ACTION_COST, () => {
      if (existing.has(name)) sheets.getItem(name).delete();
      ws = sheets.add(name);
      if (supports("1.12")) ws.customProperties.add(OWNED_MARK_KEY, OWNED_MARK_VALUE);
    });
    await queueLayout(batch, ws, layout);
    await queuePageExtras(batch, ws, layout);
    if ("charts" in layout) await queueCharts(batch, ws, layout);
    owned.add(name);
    existing.add(name);
    names.push(name);
  }
  let pending!: PendingSetting;
  await batch.add(4 * ACTION_COST + jsonSize([...owned]), () => {
    pending = queueSetting(context, OWNED_SHEETS_KEY, [...owned]);
    if (names.length > 0 && options.activate !== false) sheets.getItem(names[0]).activate();
  });
  await batch.flush();
  verifySetting(pending);
  return names;
}

/** Deletes a sheet Zielmonitor created (never a user's sheet of that name): 3 syncs. */
export async function deleteOwnedSheet(context: Excel.RequestContext, name: string): Promise<boolean> {
  const { owned } = await ownedSheets(context);
  const isOwned = owned.has(name);
  if (isOwned) {
    context.workbook.worksheets.getItem(name).delete();
    owned.delete(name);
  }
  const pending = queueSetting(context, OWNED_SHEETS_KEY, [...owned]);
  await context.sync();
  verifySetting(pending);
  return isOwned;
}

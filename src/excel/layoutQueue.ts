/**
 * Queues one layout's content into a worksheet through a SyncBatcher: the block's formulas and number
 * formats in slices of rows that fill each sync up to the budget, then the formatted cells, widths,
 * heights, merges, hidden columns, page setup and page breaks (any layout with a pageSetup) and the
 * report's charts. Every step states its exact cost in the shared model of ./payload.ts.
 */
import type { ReportLayout, SheetLayout } from "../workbook/outputs";
import { cellAddress, formatArea, lastCol, lastRow, parseArea, rangeAddress, wholeColumns, wholeRows } from "../workbook/areas";
import { ACTION_BYTES, cost, jsonBytes, type SyncBatcher } from "./payload";
import { supports } from "./requirements";

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

/** The block in slices of rows, each as large as the current sync still has room for. */
async function queueBlock(batch: SyncBatcher, ws: Excel.Worksheet, layout: SheetLayout): Promise<void> {
  const { rows, cols, formulas, formats } = layoutMatrices(layout);
  if (rows === 0 || cols === 0) return;
  await batch.add(cost.indexes() + cost.set("verticalAlignment", "Top"), () => (ws.getRangeByIndexes(0, 0, rows, cols).format.verticalAlignment = "Top"));
  const rowBytes = formulas.map((row, r) => jsonBytes(row) + jsonBytes(formats[r]));
  // A slice: its range, the two writes and the brackets of the two 2-D arrays.
  const fixed = cost.indexes() + 2 * ACTION_BYTES + "numberFormat".length + "formulas".length + 4;
  let start = 0;
  while (start < rows) {
    let end = start + 1;
    let bytes = fixed + rowBytes[start];
    // Two commas per further row (one in each array).
    while (end < rows && bytes + rowBytes[end] + 2 <= batch.room) bytes += rowBytes[end++] + 2;
    if (bytes > batch.room && batch.busy) {
      // Not even one row fits into what is left: start the next sync.
      await batch.flush();
      continue;
    }
    const from = start;
    const to = end;
    await batch.add(bytes, () => {
      const slice = ws.getRangeByIndexes(from, 0, to - from, cols);
      slice.numberFormat = formats.slice(from, to);
      slice.formulas = formulas.slice(from, to);
    });
    start = end;
  }
}

/** Queues the whole layout: block, formats, widths, merges, hidden columns, page setup, breaks, charts. */
export async function queueLayout(batch: SyncBatcher, ws: Excel.Worksheet, layout: SheetLayout | ReportLayout): Promise<void> {
  await queueBlock(batch, ws, layout);
  for (const run of formatRuns(layout)) {
    const bytes = cost.indexes() + (run.bold ? cost.set("bold", true) : 0) + (run.fill ? cost.set("color", `#${run.fill}`) : 0) + (run.wrap ? cost.set("wrapText", true) : 0);
    await batch.add(bytes, () => {
      const range = ws.getRangeByIndexes(run.row, run.col, 1, run.count);
      if (run.bold) range.format.font.bold = true;
      if (run.fill) range.format.fill.color = `#${run.fill}`;
      if (run.wrap) range.format.wrapText = true;
    });
  }
  for (const [i, w] of layout.columnWidths.entries()) {
    const address = formatArea(wholeColumns("", i));
    const width = Math.round(w * 7);
    await batch.add(cost.path(address) + cost.set("columnWidth", width), () => (ws.getRange(address).format.columnWidth = width));
  }
  for (const h of layout.rowHeights ?? []) {
    const address = formatArea(wholeRows("", h.row));
    await batch.add(cost.path(address) + cost.set("rowHeight", h.height), () => (ws.getRange(address).format.rowHeight = h.height));
  }
  for (const m of layout.merges) {
    const address = rangeAddress(m.top, m.left, m.bottom, m.right);
    await batch.add(cost.path(address) + cost.call(), () => ws.getRange(address).merge(false));
  }
  for (const c of layout.hiddenColumns ?? []) {
    const address = formatArea(wholeColumns("", c));
    await batch.add(cost.path(address) + cost.set("columnHidden", true), () => (ws.getRange(address).columnHidden = true));
  }
  await queuePageExtras(batch, ws, layout);
  if ("charts" in layout) await queueCharts(batch, ws, layout);
}

/** Page layout, headers/footers and page breaks of any layout with a pageSetup (ExcelApi 1.9; older hosts get the sheet without them). */
async function queuePageExtras(batch: SyncBatcher, ws: Excel.Worksheet, layout: SheetLayout): Promise<void> {
  const page = layout.pageSetup;
  if (!page || !supports("1.9")) return;
  const orientation = page.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  const zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: 0 };
  const header = headerParts(layout.header ?? "");
  const footer = headerParts(layout.footer ?? "");
  const parts: [string, string][] = [
    ["leftHeader", header.left],
    ["centerHeader", header.center],
    ["rightHeader", header.right],
    ["leftFooter", footer.left],
    ["centerFooter", footer.center],
    ["rightFooter", footer.right],
  ];
  const bytes = cost.set("orientation", orientation) + cost.set("paperSize", Excel.PaperType.a4) + cost.set("zoom", zoom) + parts.reduce((n, [k, v]) => n + cost.set(k, v), 0);
  await batch.add(bytes, () => {
    ws.pageLayout.orientation = orientation;
    ws.pageLayout.paperSize = Excel.PaperType.a4;
    ws.pageLayout.zoom = zoom;
    const all = ws.pageLayout.headersFooters.defaultForAllPages as unknown as Record<string, string>;
    for (const [k, v] of parts) all[k] = v;
  });
  for (const row of layout.rowBreaks ?? []) await batch.add(cost.call(`A${row + 1}`), () => ws.horizontalPageBreaks.add(`A${row + 1}`));
}

interface ChartHost {
  lineFormats: boolean;
  hiddenData: boolean;
  labels: boolean;
}

async function queueCharts(batch: SyncBatcher, ws: Excel.Worksheet, layout: ReportLayout): Promise<void> {
  const host: ChartHost = {
    lineFormats: supports("1.7"),
    // Data labels' position and number format need ExcelApi 1.8.
    labels: supports("1.8"),
    // The chart data may sit in hidden columns: charts plot them anyway (ExcelApi 1.8).
    hiddenData: (layout.hiddenColumns ?? []).length > 0 && supports("1.8"),
  };
  for (const chart of layout.charts) {
    const plan = chartPlan(chart);
    await batch.add(chartBytes(chart, plan, host), () => queueChart(ws, chart, plan, host));
  }
}

/** The source range (with the header row above the values, which names the series) and the position. */
function chartPlan(chart: ReportLayout["charts"][number]): { source: string; from: string; to: string } {
  // (the layout writes both ranges itself, so they always parse)
  const categories = parseArea(chart.categories)!;
  const lastSeries = parseArea(chart.series[chart.series.length - 1].values)!;
  return {
    source: rangeAddress(categories.row - 1, categories.col, lastRow(lastSeries), lastCol(lastSeries)),
    from: cellAddress(chart.anchor.fromRow, chart.anchor.fromCol),
    to: cellAddress(chart.anchor.toRow - 1, chart.anchor.toCol - 1),
  };
}

/** What queueChart sends, step by step. */
function chartBytes(chart: ReportLayout["charts"][number], plan: ReturnType<typeof chartPlan>, host: ChartHost): number {
  let n = cost.path(plan.source) + cost.call([Excel.ChartType.line, Excel.ChartSeriesBy.columns]) + cost.set("text", chart.title) + cost.set("position", Excel.ChartLegendPosition.bottom);
  if (host.hiddenData) n += cost.set("plotVisibleOnly", false);
  if (chart.textSize) n += cost.set("size", chart.textSize);
  if (chart.axis) n += cost.set("minimum", chart.axis.min) + cost.set("maximum", chart.axis.max) + cost.set("majorUnit", chart.axis.majorUnit);
  n += cost.call([plan.from, plan.to]);
  if (chart.valueFormat) n += cost.set("numberFormat", chart.valueFormat);
  if (host.lineFormats)
    for (const s of chart.series) {
      n += cost.path() + cost.set("color", `#${s.color.replace(/^#/, "")}`);
      if (s.dashed) n += cost.set("lineStyle", Excel.ChartLineStyle.dash);
      if (s.dataLabels) {
        n += cost.set("hasDataLabels", true);
        if (host.labels) {
          n += cost.set("showValue", true) + cost.set("position", Excel.ChartDataLabelPosition.top);
          if (chart.valueFormat) n += cost.set("numberFormat", chart.valueFormat);
          if (chart.textSize) n += cost.set("size", chart.textSize);
        }
      }
    }
  return n;
}

function queueChart(ws: Excel.Worksheet, chart: ReportLayout["charts"][number], plan: ReturnType<typeof chartPlan>, host: ChartHost): void {
  const c = ws.charts.add(Excel.ChartType.line, ws.getRange(plan.source), Excel.ChartSeriesBy.columns);
  c.title.text = chart.title;
  c.legend.position = Excel.ChartLegendPosition.bottom;
  if (host.hiddenData) c.plotVisibleOnly = false;
  if (chart.textSize) c.format.font.size = chart.textSize;
  if (chart.axis) {
    c.axes.valueAxis.minimum = chart.axis.min;
    c.axes.valueAxis.maximum = chart.axis.max;
    c.axes.valueAxis.majorUnit = chart.axis.majorUnit;
  }
  c.setPosition(plan.from, plan.to);
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

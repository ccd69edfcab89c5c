/**
 * `--out`: a copy of the input workbook with the attainment highlighted (conditional formats with
 * constant criteria on the data cells, so the user's values and formats stay as they are), the sheet
 * "Zielerreichung" and the print-ready report with native charts. The input file is only read.
 */
import ExcelJS from "exceljs";
import { writeFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { highlightPlan, reportLayout, summaryLayout, type ReportLayout, type SheetLayout } from "../workbook/outputs";
import type { ResultsInput } from "../workbook/host";
import { addLineCharts, type ChartSpec } from "./charts";

/**
 * Custom functions are stored in the file format as `_xldudf_<NAMESPACE>_<NAME>` (what Excel itself
 * writes for add-in functions); Excel maps them back to `SGBII.NAME` once the add-in is loaded.
 */
export function toFileFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(/\bSGBII\.([A-Z0-9_.]+)\(/g, (_, name: string) => `_xldudf_SGBII_${name.replace(/\./g, "_")}(`);
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function applyLayout(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const c of layout.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (c.formula) {
      const result = c.value === null || c.value === undefined ? undefined : c.value;
      cell.value = {
        formula: toFileFormula(c.formula),
        result,
      } as ExcelJS.CellFormulaValue;
    } else cell.value = c.value ?? null;
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    if (c.bold) cell.font = { bold: true };
    if (c.fill)
      cell.fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: argb(c.fill) },
      };
    cell.alignment = c.wrap ? { wrapText: true, vertical: "top" } : { vertical: "top" };
  }
  for (const m of layout.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const h of layout.rowHeights ?? []) ws.getRow(h.row + 1).height = h.height;
}

function applyPageSetup(ws: ExcelJS.Worksheet, layout: ReportLayout): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: layout.pageSetup.orientation,
    fitToPage: true,
    fitToWidth: layout.pageSetup.fitToWidth ?? 1,
    fitToHeight: 0,
    margins: {
      left: 0.6,
      right: 0.6,
      top: 0.8,
      bottom: 0.8,
      header: 0.3,
      footer: 0.3,
    },
  };
  ws.headerFooter = { oddHeader: layout.header, oddFooter: layout.footer };
  // ExcelJS breaks after the given row: break after the row above the one that starts a page.
  for (const row of layout.rowBreaks ?? []) if (row > 0) ws.getRow(row).addPageBreak();
}

function absolute(sheet: string, a1: string): string {
  const ref = a1.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/** A name for an add-in sheet that does not replace a sheet of the user's. */
function freeName(wb: ExcelJS.Workbook, wanted: string): string {
  if (!wb.getWorksheet(wanted)) return wanted;
  for (let i = 2; ; i++) if (!wb.getWorksheet(`${wanted} (${i})`)) return `${wanted} (${i})`;
}

export async function writeResultWorkbook(inputPath: string, outPath: string, input: ResultsInput): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(inputPath);

  const plan = highlightPlan(input);
  for (const h of plan.cells) {
    const ws = wb.getWorksheet(h.sheet);
    if (!ws) continue;
    ws.addConditionalFormatting({
      ref: h.address,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: ["TRUE"],
          style: {
            fill: {
              type: "pattern",
              pattern: "solid",
              bgColor: { argb: argb(h.color) },
            },
          },
        },
      ],
    });
  }

  const summary = summaryLayout(input);
  applyLayout(wb.addWorksheet(freeName(wb, summary.name)), summary);

  const report = reportLayout(input);
  const reportName = freeName(wb, report.name);
  const reportSheet = wb.addWorksheet(reportName);
  applyLayout(reportSheet, report);
  applyPageSetup(reportSheet, report);

  const charts: ChartSpec[] = report.charts.map((c) => ({
    sheet: reportName,
    title: c.title,
    categoriesRef: absolute(reportName, c.categories),
    series: c.series.map((s) => ({
      name: s.name,
      ref: absolute(reportName, s.values),
      color: s.color.replace(/^#/, ""),
      dashed: s.dashed,
    })),
    anchor: c.anchor,
    valueFormat: c.valueFormat,
  }));
  const bytes = await addLineCharts((await wb.xlsx.writeBuffer()) as ArrayBuffer, charts);
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, bytes);
}

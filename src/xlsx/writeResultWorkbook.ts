/**
 * `--out`: a copy of the input workbook's package with Zielmonitor's additions, and nothing of the
 * user's lost. The package is edited, not re-serialised: every part of the input (values, formulas,
 * formats, conditional formats, protection, defined names, data validation, charts, pivot tables,
 * images, macros) is carried over byte for byte, except the few parts that must name the additions —
 * the workbook (new sheets), its relationships, [Content_Types].xml, the styles (appended formats) and
 * the highlighted sheets (appended conditional formats) — where elements are only appended. Added:
 * the highlights, the sheet "Zielerreichung" and the print-ready report with native charts. The input
 * file is only read; the copy is written beside the target and renamed onto it.
 */
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { formatArea, parseArea, quoteSheet } from "../workbook/areas";
import { highlightPlan, reportLayout, summaryLayout, type HighlightCell } from "../workbook/outputs";
import type { ResultsInput } from "../workbook/host";
import { chartPartXml, drawingPartXml, type ChartSpec } from "./charts";
import { xlsxErrors } from "./errors";
import { addHighlights } from "./highlights";
import { nodeInflateRaw } from "./nodeInflate";
import { CONTENT_TYPE, PackageEditor } from "./packageEdit";
import { sheetXml } from "./sheetXml";
import { readStructure } from "./structure";
import { MINIMAL_STYLES, StyleBook } from "./stylesEdit";
import { NS, REL } from "./xml";
import { openPackage } from "./zipPackage";
import { message, type Message } from "../domain/messages";
import { freeSheetName, sheetKey } from "../workbook/sheetNames";

/** What the user should know about the copy written: a message of the catalogue (`out.*`). */
export type WriteNote = Message;

/** A name for an added sheet that no sheet of the user's has; the name is then taken. */
function freeName(taken: Set<string>, wanted: string): string {
  const name = freeSheetName(wanted, (n) => taken.has(sheetKey(n)));
  taken.add(sheetKey(name));
  return name;
}

/** "B5:B16" on the report sheet → "'Bericht'!$B$5:$B$16" (a chart's reference); a layout's range is always an address. */
function absolute(sheet: string, address: string): string {
  const area = parseArea(address, sheet);
  return area ? formatArea(area, { sheet: true, quoted: true, absolute: true }) : `${quoteSheet(sheet, true)}!${address}`;
}

/** Builds the copy's bytes. */
export async function resultWorkbookBytes(source: Uint8Array, fileName: string, input: ResultsInput): Promise<{ bytes: Uint8Array; notes: WriteNote[] }> {
  const pkg = await openPackage(source, fileName, nodeInflateRaw);
  const structure = await readStructure(pkg);
  const editor = new PackageEditor(pkg.zip, fileName);
  const workbook = await editor.part(structure.workbookPart);
  if (workbook.root.namespaceURI !== NS.main)
    throw xlsxErrors.cannotKeep(fileName, message("xlsx.detail.strict"));
  const notes: WriteNote[] = [];

  let stylesPath = structure.stylesPart;
  if (!stylesPath) {
    stylesPath = "xl/styles.xml";
    await editor.add(stylesPath, MINIMAL_STYLES, CONTENT_TYPE.styles);
    await editor.relate(structure.workbookPart, REL.styles, "styles.xml");
  }
  const stylesPart = await editor.part(stylesPath);
  const styles = new StyleBook(stylesPart.doc);
  stylesPart.changed = true;

  const bySheet = new Map<string, HighlightCell[]>();
  for (const h of highlightPlan(input).cells) bySheet.set(h.area.sheet, [...(bySheet.get(h.area.sheet) ?? []), h]);
  for (const [name, cells] of bySheet) {
    const entry = structure.sheets.find((s) => s.name === name && s.kind === "worksheet" && s.part);
    if (!entry) {
      notes.push(message("out.sheetNotFound", { sheet: name }));
      continue;
    }
    addHighlights(await editor.part(entry.part), cells, styles);
  }

  const taken = new Set(structure.sheets.map((s) => sheetKey(s.name)));
  const summary = summaryLayout(input);
  const summaryName = freeName(taken, summary.name);
  const summaryXml = sheetXml({ ...summary, name: summaryName }, styles);
  await editor.addSheet(structure.workbookPart, summaryName, editor.freeName("xl/worksheets", "sheet"), summaryXml.xml);

  const report = reportLayout(input);
  const reportName = freeName(taken, report.name);
  const reportPath = editor.freeName("xl/worksheets", "sheet");
  let drawingRel: string | undefined;
  if (report.charts.length > 0) {
    const specs: ChartSpec[] = report.charts.map((c) => ({
      title: c.title,
      categoriesRef: absolute(reportName, c.categories),
      series: c.series.map((s) => ({ name: s.name, ref: absolute(reportName, s.values), color: s.color.replace(/^#/, ""), dashed: s.dashed, dataLabels: s.dataLabels })),
      anchor: c.anchor,
      valueFormat: c.valueFormat,
      axis: c.axis,
      textSize: c.textSize,
    }));
    const drawingPath = editor.freeName("xl/drawings", "drawing");
    const relIds: string[] = [];
    for (const spec of specs) {
      const chartPath = editor.freeName("xl/charts", "chart");
      await editor.add(chartPath, chartPartXml(spec), CONTENT_TYPE.chart);
      relIds.push(await editor.relate(drawingPath, REL.chart, `../charts/${basename(chartPath)}`));
    }
    await editor.add(drawingPath, drawingPartXml(specs, relIds), CONTENT_TYPE.drawing);
    drawingRel = await editor.relate(reportPath, REL.drawing, `../drawings/${basename(drawingPath)}`);
  }
  const reportXml = sheetXml({ ...report, name: reportName }, styles, drawingRel);
  await editor.addSheet(structure.workbookPart, reportName, reportPath, reportXml.xml);

  const blanked = [...summaryXml.blanked, ...reportXml.blanked];
  if (blanked.length > 0) notes.push(message("out.blanked", { cells: blanked }));
  editor.flush();
  const bytes = await pkg.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  return { bytes, notes };
}

/** Writes the copy to `outPath` (checked beforehand with checkOutPath); returns what the user should know. */
export async function writeResultWorkbook(inputPath: string, outPath: string, input: ResultsInput): Promise<WriteNote[]> {
  const { bytes, notes } = await resultWorkbookBytes(await readFile(inputPath), inputPath, input);
  await mkdir(dirname(outPath), { recursive: true });
  const tmp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, bytes, { flag: "wx" });
    await rename(tmp, outPath);
  } finally {
    await rm(tmp, { force: true });
  }
  return notes;
}

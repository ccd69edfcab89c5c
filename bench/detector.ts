/** Reading and detecting a BA-style export of 400 Jobcenters × 36 months: with ExcelJS, and the detector alone. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsxFile } from "../src/xlsx/readXlsxFile";
import type { IndicatorData } from "../src/domain/evaluation";
import { ym } from "../src/domain/yearMonth";
import { detectIndicators } from "../src/workbook/detect";
import { DUEREN_PROFILE, generateJobcenter } from "../scripts/samples/series";
import { writeBaExport } from "../scripts/generate-samples";
import { time, type BenchRow } from "./benchRow";
import { shapeRows } from "./detectorShapes";

export const BA_JOBCENTERS = 400;

export const BA_MONTHS = [2021, 2022, 2023].flatMap((y) => Array.from({ length: 12 }, (_, i) => ym(y, i + 1)));

/** The Jobcenters of the big export (also written as native formulas for LibreOffice by bench/libreoffice.ts). */
export function bigExportJobcenters() {
  return Array.from({ length: BA_JOBCENTERS }, (_, i) => ({
    key: String(1000 + i).padStart(5, "0"),
    name: `Jobcenter ${i + 1}`,
    data: generateJobcenter(DUEREN_PROFILE, 1000 + i, 0.5 + (i % 7) / 3) as Map<string, IndicatorData>,
  }));
}

/** Writes the big export once per run; returns its path. */
export async function bigExport(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "zm-bench-")), "ba-export-400.xlsx");
  await writeBaExport(path, bigExportJobcenters(), BA_MONTHS);
  return path;
}

export async function run(): Promise<BenchRow[]> {
  const path = await bigExport();
  const workbook = await readXlsxFile(path);
  const cells = workbook.sheets.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0);
  const iterations = 3;
  return [
    {
      name: "Lesen (src/xlsx) + Erkennen",
      unit: `BA-Export ${BA_JOBCENTERS} JC × 36 Monate × 2 Wartezeiten`,
      iterations,
      totalMs: await time(async () => detectIndicators(await readXlsxFile(path)), iterations),
      note: `${cells.toLocaleString("de-DE")} Zellen`,
    },
    {
      name: "Erkennen allein (im Speicher)",
      unit: `BA-Export ${BA_JOBCENTERS} JC × 36 Monate × 2 Wartezeiten`,
      iterations,
      totalMs: await time(() => detectIndicators(workbook), iterations),
    },
    ...(await shapeRows()),
  ];
}

/**
 * Issue 9 and 13 for the detector alone (in memory): sheets that used to crash or hang — 200,000 rows,
 * a used range reaching XFD1048576 through one stray cell, merges over whole columns. Part of
 * `npm run bench -- detector` (memory of the whole path: `npm run bench -- million`).
 */
import { detectIndicators } from "../src/workbook/detect";
import type { CellValue, SheetData } from "../src/workbook/types";
import { time, type BenchRow } from "./benchRow";

const LAST_ROW = 1048575;
const LAST_COL = 16383;

function table(): CellValue[][] {
  const values: CellValue[][] = [["Monat", "Integrationen", "eLb"]];
  for (let y = 2021; y <= 2023; y++) for (let m = 1; m <= 12; m++) values.push([`${m}/${y}`, 100 + m, 10000 + m]);
  return values;
}

function shapes(): { name: string; sheet: SheetData }[] {
  const long = table();
  for (let i = 0; i < 200_000; i++) long.push([null, null, null, null, i, i * 2, `Zeile ${i}`]);
  const stray = table();
  const last: CellValue[] = [];
  last[LAST_COL] = "Stand";
  stray[LAST_ROW] = last;
  const merged = { top: 0, left: 5, bottom: LAST_ROW, right: LAST_COL };
  return [
    { name: "200.000 Zeilen", sheet: { name: "Lang", origin: { row: 0, col: 0 }, values: long } },
    { name: "Streuzelle in XFD1048576", sheet: { name: "Weit", origin: { row: 0, col: 0 }, values: stray } },
    { name: "Verbund über ganze Spalten F:XFD", sheet: { name: "Verbund", origin: { row: 0, col: 0 }, values: table(), merges: [merged] } },
  ];
}

export async function shapeRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const { name, sheet } of shapes()) {
    const d = detectIndicators({ sheets: [sheet] });
    const iterations = 3;
    rows.push({
      name: `Erkennen: ${name}`,
      unit: "Tabelle 36 Monate × 2 Kennzahlen",
      iterations,
      totalMs: await time(() => detectIndicators({ sheets: [sheet] }), iterations),
      note: `${d.series.length} Reihen erkannt`,
    });
  }
  return rows;
}

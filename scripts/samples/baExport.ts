/**
 * The layout of a BA Statistik export, one row per Jobcenter and month: key, name, month as "MM/YYYY", then
 * one column per series. Shared by the sample workbooks (scripts/generate-samples.ts, written with ExcelJS)
 * and the benches (bench/detector.ts, bench/million.ts, written as plain OOXML).
 */
import type { IndicatorData } from "../../src/domain/evaluation";
import type { DataCode } from "../../src/domain/indicators";

/** The series columns of the export, header text and code, in the export's order. */
export const BA_COLUMNS: readonly (readonly [string, DataCode])[] = [
  ["Integrationen", "INT"],
  ["Integrationen Frauen", "INT_F"],
  ["Integrationen Männer", "INT_M"],
  ["eLb", "ELB"],
  ["eLb Frauen", "ELB_F"],
  ["eLb Männer", "ELB_M"],
  ["LZB", "LZB"],
  ["Integrationen LZB", "INT_LZB"],
  ["bedarfsdeckende Integrationen", "INT_BD"],
  ["LZB 4 Jahre und länger", "LZB4"],
  ["LLU", "LLU"],
  ["LUH", "LUH"],
  ["BG", "BG"],
];

/** The header row: the three key columns, then the series' headers. */
export function baHeader(columns: readonly (readonly [string, DataCode])[] = BA_COLUMNS): string[] {
  return ["Jobcenter-Schlüssel", "Jobcenter", "Berichtsmonat", ...columns.map(([title]) => title)];
}

/**
 * One row: key, name, "06/2023", then each column's value as `cell` gives it (the plain number unless told);
 * null where the series has no value for the month (a blank cell, never zero).
 */
export function baRow<V = number>(
  key: string,
  name: string,
  month: string,
  data: IndicatorData,
  columns: readonly (readonly [string, DataCode])[] = BA_COLUMNS,
  cell: (value: number) => V | number = (v) => v,
): (string | V | number | null)[] {
  return [
    key,
    name,
    `${month.slice(5)}/${month.slice(0, 4)}`,
    ...columns.map(([, code]) => {
      const v = data[code]?.get(month);
      return v === undefined ? null : cell(v);
    }),
  ];
}

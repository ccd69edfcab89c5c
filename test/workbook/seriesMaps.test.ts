/**
 * A detected series' values and cells are read as maps by month (ReadonlyMap), whatever the detector
 * keeps inside: months oldest first, a month without a value has its cell but no value, a month never
 * read has neither, and anything that is no month is simply absent.
 */
import { detectIndicators } from "../../src/workbook/detect";
import type { CellValue } from "../../src/workbook/types";

function series(values: CellValue[][]) {
  const d = detectIndicators({ sheets: [{ name: "Daten", origin: { row: 0, col: 0 }, values }] });
  expect(d.series).toHaveLength(1);
  return d.series[0];
}

describe("values and cells of a series as maps by month", () => {
  // Rows 2–6 (0-based 1–5): March is missing (a gap), May holds text (a cell without a value).
  const s = series([
    ["Monat", "Integrationen"],
    ["01/2023", 10],
    ["02/2023", 20],
    ["04/2023", 40],
    ["05/2023", "x"],
    ["06/2023", 60],
  ]);

  it("values: only months with a value, oldest first", () => {
    expect(s.values.size).toBe(4);
    expect([...s.values.keys()]).toEqual(["2023-01", "2023-02", "2023-04", "2023-06"]);
    expect([...s.values.values()]).toEqual([10, 20, 40, 60]);
    expect([...s.values]).toEqual([
      ["2023-01", 10],
      ["2023-02", 20],
      ["2023-04", 40],
      ["2023-06", 60],
    ]);
    expect(s.values.get("2023-04")).toBe(40);
    expect(s.values.get("2023-03")).toBeUndefined();
    expect(s.values.has("2023-05")).toBe(false);
    for (const notAMonth of ["Summe", "2023-13", "2023-1", ""]) expect(s.values.get(notAMonth)).toBeUndefined();
    const seen: string[] = [];
    s.values.forEach((v, m, map) => seen.push(`${m}=${v}${map === s.values ? "" : "?"}`));
    expect(seen).toEqual(["2023-01=10", "2023-02=20", "2023-04=40", "2023-06=60"]);
  });

  it("cells: every month read, with its cell (row and column 0-based), oldest first", () => {
    expect(s.source.cells.size).toBe(5);
    expect([...s.source.cells.keys()]).toEqual(["2023-01", "2023-02", "2023-04", "2023-05", "2023-06"]);
    expect(s.source.cells.get("2023-05")).toEqual({ row: 4, col: 1 });
    expect(s.source.cells.get("2023-06")).toEqual({ row: 5, col: 1 });
    expect(s.source.cells.get("2023-03")).toBeUndefined();
    expect(s.source.cells.has("2023-01")).toBe(true);
    expect(s.source.cells.get("Summe")).toBeUndefined();
    expect([...s.source.cells.values()].map((c) => c.row)).toEqual([1, 2, 3, 4, 5]);
  });

  it("a table read bottom-up (newest month first) still gives its months oldest first", () => {
    const up = series([
      ["Monat", "Integrationen"],
      ["03/2023", 30],
      ["02/2023", 20],
      ["01/2023", 10],
    ]);
    expect([...up.values]).toEqual([
      ["2023-01", 10],
      ["2023-02", 20],
      ["2023-03", 30],
    ]);
    expect([...up.source.cells]).toEqual([
      ["2023-01", { row: 3, col: 1 }],
      ["2023-02", { row: 2, col: 1 }],
      ["2023-03", { row: 1, col: 1 }],
    ]);
    expect(up.source.cells.get("2023-02")).toEqual({ row: 2, col: 1 });
  });
});

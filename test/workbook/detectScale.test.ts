/**
 * Any size and shape without a crash: the detector works on the cells that exist (a stray cell in
 * XFD1048576, 200,000 rows, a merge over whole columns), never spreads or recurses over them; and each
 * series names exactly its own data cells as areas (what "Anzeigen" selects).
 */
import { detectIndicators } from "../../src/workbook/detect";
import type { CellValue, SheetData } from "../../src/workbook/types";

const sheet = (name: string, values: CellValue[][], extra: Partial<SheetData> = {}): SheetData => ({ name, origin: { row: 0, col: 0 }, values, ...extra });
const table = (): CellValue[][] => [
  ["Monat", "Integrationen"],
  ["Jan 2023", 10],
  ["Feb 2023", 11],
  ["Mär 2023", 12],
];
const LAST_ROW = 1048575;
const LAST_COL = 16383;

describe("sheets of any size", () => {
  it("reads a table above 200,000 rows of raw numbers", () => {
    const values = table();
    for (let i = 0; i < 200_000; i++) values.push([null, null, null, i, i * 2]);
    const d = detectIndicators({ sheets: [sheet("Daten", values)] });
    expect(d.series.map((s) => [s.code, s.source.range])).toEqual([["INT", "B2:B4"]]);
    expect(d.problems).toEqual([]);
  }, 60_000);

  it("reads a table whose used range reaches XFD1048576 through one stray cell (a sparse sheet)", () => {
    const values: CellValue[][] = table();
    const last: CellValue[] = [];
    last[LAST_COL] = "Stand: 2024";
    values[LAST_ROW] = last;
    const d = detectIndicators({ sheets: [sheet("Daten", values)] });
    expect(Array.from(d.series[0].values.values())).toEqual([10, 11, 12]);
    expect(d.problems).toEqual([]);
  }, 60_000);

  it("reads a table beside merges over whole columns and whole rows", () => {
    const d = detectIndicators({
      sheets: [
        sheet("Daten", table(), {
          merges: [
            { top: 0, left: 4, bottom: LAST_ROW, right: 5 },
            { top: 10, left: 0, bottom: 10, right: LAST_COL },
            { top: 0, left: 7, bottom: LAST_ROW, right: LAST_COL },
          ],
        }),
      ],
    });
    expect(Array.from(d.series[0].values.values())).toEqual([10, 11, 12]);
    expect(d.problems).toEqual([]);
  }, 60_000);

  it("reads nothing from a month column merged whole (only its top cell holds a value) and says so", () => {
    const d = detectIndicators({ sheets: [sheet("Daten", table(), { merges: [{ top: 0, left: 0, bottom: LAST_ROW, right: 0 }] })] });
    expect(d.series).toEqual([]);
    expect(d.problems).toEqual([expect.objectContaining({ severity: "error" })]);
  }, 60_000);

  it("reads a sheet whose used range starts at C3 (origin)", () => {
    const d = detectIndicators({ sheets: [sheet("Daten", table(), { origin: { row: 2, col: 2 } })] });
    expect(d.series[0].source.range).toBe("D4:D6");
    expect(d.series[0].source.cells.get("2023-01")).toEqual({ row: 3, col: 3 });
  });
});

describe("a series' areas are exactly its data cells", () => {
  it("is one column run for months down the rows", () => {
    const d = detectIndicators({ sheets: [sheet("Daten", table())] });
    expect(d.series[0].source.areas).toEqual([{ sheet: "Daten", row: 1, col: 1, rows: 3, cols: 1 }]);
  });

  it("is the indicator's own row in a transposed table, not the whole block", () => {
    const d = detectIndicators({
      sheets: [
        sheet("Quer", [
          ["Kennzahl", "Jan 2023", "Feb 2023", "Mär 2023"],
          ["Integrationen", 1, 2, 3],
          ["eLb", 100, 101, 102],
          ["davon Frauen", 50, 51, 52],
        ]),
      ],
    });
    const areas = Object.fromEntries(d.series.map((s) => [s.code, s.source.areas]));
    expect(areas).toEqual({
      INT: [{ sheet: "Quer", row: 1, col: 1, rows: 1, cols: 3 }],
      ELB: [{ sheet: "Quer", row: 2, col: 1, rows: 1, cols: 3 }],
      ELB_F: [{ sheet: "Quer", row: 3, col: 1, rows: 1, cols: 3 }],
    });
  });

  it("is one area per year column when the years stand side by side", () => {
    const values: CellValue[][] = [["Monat", "2022", "2023"]];
    ["Jan", "Feb", "Mär"].forEach((m, i) => values.push([m, 10 + i, 20 + i]));
    const d = detectIndicators({ sheets: [sheet("Integrationen", values)] });
    expect(d.series[0].source.areas).toEqual([
      { sheet: "Integrationen", row: 1, col: 1, rows: 3, cols: 1 },
      { sheet: "Integrationen", row: 1, col: 2, rows: 3, cols: 1 },
    ]);
  });

  it("has an area on each sheet when a series continues on the next sheet", () => {
    const year = (y: number): CellValue[][] => [["Monat", "Integrationen"], ...["Jan", "Feb", "Mär"].map((m, i): CellValue[] => [`${m} ${y}`, i])];
    const d = detectIndicators({ sheets: [sheet("2022", year(2022)), sheet("2023", year(2023))] });
    expect(d.series[0].source.areas).toEqual([
      { sheet: "2022", row: 1, col: 1, rows: 3, cols: 1 },
      { sheet: "2023", row: 1, col: 1, rows: 3, cols: 1 },
    ]);
  });

  it("is each Jobcenter's own rows in a BA export", () => {
    const values: CellValue[][] = [["Jobcenter-Schlüssel", "Jobcenter", "Berichtsmonat", "Integrationen"]];
    for (const key of ["05358", "05334"]) for (const m of ["01/2023", "02/2023", "03/2023"]) values.push([key, key, m, 1]);
    const d = detectIndicators({ sheets: [sheet("Export", values)] });
    expect(d.series.map((s) => [s.jobcenter, s.source.areas])).toEqual([
      ["05358", [{ sheet: "Export", row: 1, col: 3, rows: 3, cols: 1 }]],
      ["05334", [{ sheet: "Export", row: 4, col: 3, rows: 3, cols: 1 }]],
    ]);
  });
});

describe("detection walks the grid a bounded number of times", () => {
  /** A BA export of `n` Jobcenters × 12 months × 8 indicators, counting every read of a row of values. */
  const countedExport = (n: number) => {
    const header = [
      "Jobcenter-Schlüssel",
      "Jobcenter",
      "Berichtsmonat",
      "Integrationen",
      "Integrationen Frauen",
      "eLb",
      "eLb Frauen",
      "LZB",
      "LLU",
      "LUH",
      "BG",
    ];
    const values: CellValue[][] = [["Statistik der Grundsicherung"], [], header];
    for (let j = 0; j < n; j++)
      for (let m = 1; m <= 12; m++) values.push([String(10000 + j), `Jobcenter ${j}`, `${m}/2023`, 10, 5, 100, 50, 40, 1000, 800, 60]);
    let reads = 0;
    const proxy = new Proxy(values, {
      get(target, p, receiver) {
        if (typeof p === "string" && p !== "" && p.charCodeAt(0) >= 48 && p.charCodeAt(0) <= 57) reads++;
        return Reflect.get(target, p, receiver);
      },
    });
    const cells = n * 12 * header.length;
    return { sheet: sheet("Export", proxy), perCell: () => reads / cells };
  };

  it("reads each cell a few times, however many header candidates and Jobcenters there are", () => {
    const small = countedExport(10);
    const large = countedExport(100);
    expect(detectIndicators({ sheets: [small.sheet] }).series).toHaveLength(10 * 8);
    expect(detectIndicators({ sheets: [large.sheet] }).series).toHaveLength(100 * 8);
    // Linear: ten times the rows costs ten times the reads (per cell the same, within rounding), never per header × row.
    expect(large.perCell()).toBeLessThanOrEqual(small.perCell() * 1.05);
    expect(large.perCell()).toBeLessThan(4);
  });
});

describe("hidden rows", () => {
  it("are read like visible ones, with an info pointing at the first hidden value read (not at A1)", () => {
    const d = detectIndicators({ sheets: [sheet("Daten", table(), { hiddenRows: [2, 3] })] });
    expect(Array.from(d.series[0].values.values())).toEqual([10, 11, 12]);
    expect(d.problems).toEqual([expect.objectContaining({ severity: "info", sheet: "Daten", cell: "B3" })]);
  });
});

/**
 * What the detector says about bad cells, on small hand-made grids: every problem names its sheet and
 * cell, in German and English, and a bad value is never read as a number (nor a merged value copied).
 */
import { detectIndicators } from "../../src/workbook/detect";
import { parseMapping } from "../../src/workbook/mapping";
import { vintageOfPlace } from "../../src/workbook/detect/mappingOverride";
import { de, en } from "./problemText";
import type { CellValue, Detection, Problem, SheetData } from "../../src/workbook/types";

const sheet = (name: string, values: CellValue[][], extra: Partial<SheetData> = {}): SheetData => ({ name, origin: { row: 0, col: 0 }, values, ...extra });
const detect = (...sheets: SheetData[]) => detectIndicators({ sheets });
const series = (d: Detection, code: string) => d.series.find((s) => s.code === code)!;
const at = (d: Detection, cell: string): Problem[] => d.problems.filter((p) => p.cell === cell);

/** Months down: Monat | <header>, Jan… of 2023, one value per month. */
const down = (header: string, months: string[], values: CellValue[]): CellValue[][] => [["Monat", header], ...months.map((m, i) => [m, values[i]])];
const Q1 = ["Jan 2023", "Feb 2023", "Mär 2023"];

describe("bad data cells are named by sheet and cell, and never read as numbers", () => {
  it.each<[string, string, CellValue[], string, string, string, [string, number][]]>([
    // what, indicator, values, cell, German fragment, English fragment, values read
    [
      "an Excel error",
      "Integrationen",
      [10, "#DIV/0!", 12],
      "B3",
      "Excel-Fehler „#DIV/0!“",
      'Excel error "#DIV/0!"',
      [
        ["2023-01", 10],
        ["2023-03", 12],
      ],
    ],
    [
      "#NV (German Excel)",
      "Integrationen",
      ["#NV", 11, 12],
      "B2",
      "Excel-Fehler „#NV“",
      "Excel error",
      [
        ["2023-02", 11],
        ["2023-03", 12],
      ],
    ],
    [
      "#BEZUG!",
      "Integrationen",
      [10, 11, "#BEZUG!"],
      "B4",
      "„#BEZUG!“",
      "#BEZUG!",
      [
        ["2023-01", 10],
        ["2023-02", 11],
      ],
    ],
    [
      "text in a number cell",
      "Integrationen",
      [10, "elf", 12],
      "B3",
      "„elf“ ist keine Zahl",
      '"elf" is not a number',
      [
        ["2023-01", 10],
        ["2023-03", 12],
      ],
    ],
    [
      "a negative count",
      "Integrationen",
      [10, -4, 12],
      "B3",
      "INT ist negativ (-4)",
      "INT is negative (-4)",
      [
        ["2023-01", 10],
        ["2023-03", 12],
      ],
    ],
    [
      "a negative sum written as text",
      "LLU",
      ["1.000", "-2.500,5", "1.200"],
      "B3",
      "LLU ist negativ (-2.500,50)",
      "negative (-2500.5)",
      [
        ["2023-01", 1000],
        ["2023-03", 1200],
      ],
    ],
    [
      "an implausibly large number (would overflow the year's sum)",
      "Integrationen",
      [10, 1e308, 12],
      "B3",
      "INT = 1,00e+308 ist kein plausibler Monatswert",
      "INT = 1.00e+308 is not a plausible monthly value",
      [
        ["2023-01", 10],
        ["2023-03", 12],
      ],
    ],
  ])("%s", (_what, header, values, cell, german, english, read) => {
    const d = detect(sheet("Daten", down(header, Q1, values)));
    const p = at(d, cell);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ severity: "warning", sheet: "Daten" });
    expect(de(p[0])).toContain(`Blatt "Daten", Zelle ${cell}`);
    expect(de(p[0])).toContain(german);
    expect(en(p[0])).toContain(`Sheet "Daten", cell ${cell}`);
    expect(en(p[0])).toContain(english);
    expect(Array.from(d.series[0].values)).toEqual(read);
  });

  it("keeps a zero eLb stock (it is what the cell says) but warns that no quota can divide by it", () => {
    const d = detect(sheet("Daten", down("eLb", Q1, [9800, 0, 9750])));
    expect(series(d, "ELB").values.get("2023-02")).toBe(0);
    const p = at(d, "B3");
    expect(p).toHaveLength(1);
    expect(p[0].severity).toBe("warning");
    expect(de(p[0])).toContain("ELB-Bestand 0");
    expect(en(p[0])).toContain("ELB stock of 0");
  });

  it("reads a large benefit sum just below the plausibility bound of 10^12 without a warning", () => {
    const d = detect(sheet("Daten", down("LLU", Q1, [999_999_999_999, 1, 2])));
    expect(d.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(series(d, "LLU").values.get("2023-01")).toBe(999_999_999_999);
  });

  it("does not warn about zero integrations (a count of zero is normal)", () => {
    const d = detect(sheet("Daten", down("Integrationen", Q1, [0, 0, 1])));
    expect(d.problems).toEqual([]);
    expect(series(d, "INT").values.get("2023-01")).toBe(0);
  });
});

describe("months twice, out of order, or skipped", () => {
  it.each<[string, string[], CellValue[], string, string, [string, number][]]>([
    // what, months, values, cell named, German fragment, values read
    [
      "the same month twice with different values: the month is missing",
      ["Jan 2023", "Feb 2023", "Feb 2023", "Mär 2023"],
      [1, 2, 3, 4],
      "B4",
      "Februar 2023 steht in dieser Reihe zweimal (zuerst in B3) – mit verschiedenen Werten",
      [
        ["2023-01", 1],
        ["2023-03", 4],
      ],
    ],
    [
      "the same month twice with the same value: it counts once",
      ["Jan 2023", "Feb 2023", "Feb 2023", "Mär 2023"],
      [1, 2, 2, 4],
      "B4",
      "mit gleichem Wert",
      [
        ["2023-01", 1],
        ["2023-02", 2],
        ["2023-03", 4],
      ],
    ],
    [
      "a month out of order",
      ["Jan 2023", "Mär 2023", "Feb 2023", "Apr 2023"],
      [1, 3, 2, 4],
      "B4",
      "Februar 2023 folgt auf März 2023",
      [
        ["2023-01", 1],
        ["2023-02", 2],
        ["2023-03", 3],
        ["2023-04", 4],
      ],
    ],
    [
      "a month skipped",
      ["Jan 2023", "Feb 2023", "Apr 2023", "Mai 2023"],
      [1, 2, 4, 5],
      "B4",
      "auf Februar 2023 folgt April 2023 – März 2023 fehlt",
      [
        ["2023-01", 1],
        ["2023-02", 2],
        ["2023-04", 4],
        ["2023-05", 5],
      ],
    ],
    [
      "several months skipped",
      ["Jan 2023", "Feb 2023", "Jun 2023"],
      [1, 2, 6],
      "B4",
      "März 2023 bis Mai 2023 fehlen",
      [
        ["2023-01", 1],
        ["2023-02", 2],
        ["2023-06", 6],
      ],
    ],
  ])("%s", (_what, months, values, cell, german, read) => {
    const d = detect(sheet("Daten", down("Integrationen", months, values)));
    const p = at(d, cell);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ severity: "warning", sheet: "Daten" });
    expect(de(p[0])).toContain(german);
    expect(en(p[0])).toContain(`Sheet "Daten", cell ${cell}`);
    expect(d.problems).toHaveLength(1);
    expect(Array.from(d.series[0].values)).toEqual(read);
  });

  it("reads newest-first tables without calling them unordered", () => {
    const d = detect(sheet("Daten", down("Integrationen", ["Mär 2023", "Feb 2023", "Jan 2023"], [3, 2, 1])));
    expect(d.problems).toEqual([]);
    expect(Array.from(d.series[0].values)).toEqual([
      ["2023-01", 1],
      ["2023-02", 2],
      ["2023-03", 3],
    ]);
  });

  it("does not call the months between two year columns missing (each column is its own run)", () => {
    const values: CellValue[][] = [["Monat", "2022", "2023"]];
    ["Jan", "Feb", "Mär"].forEach((m, i) => values.push([m, 10 + i, 20 + i]));
    const d = detect(sheet("Integrationen", values));
    expect(d.problems).toEqual([]);
  });

  it("names a month missing in one Jobcenter of a BA export, with the Jobcenter's cell", () => {
    const values: CellValue[][] = [["Jobcenter-Schlüssel", "Jobcenter", "Berichtsmonat", "Integrationen"]];
    for (const m of ["01/2023", "02/2023", "03/2023"]) values.push(["05358", "Düren", m, 1]);
    for (const m of ["01/2023", "03/2023", "04/2023"]) values.push(["05334", "Aachen", m, 2]);
    const d = detect(sheet("Export", values));
    expect(d.problems.filter((p) => p.severity !== "info")).toEqual([expect.objectContaining({ severity: "warning", sheet: "Export", cell: "D6" })]);
    expect(de(d.problems.find((p) => p.cell === "D6")!)).toContain("Februar 2023 fehlt");
  });
});

describe("merged cells: one merged value never counts for every month it spans", () => {
  it("reads a value merged down over two months for neither, and says so naming the merged cells", () => {
    // B3:B4 merged; a reader like ExcelJS repeats the top-left value in B4.
    const d = detect(
      sheet("Daten", down("Integrationen", ["Jan 2023", "Feb 2023", "Mär 2023", "Apr 2023"], [1, 50, 50, 4]), {
        merges: [{ top: 2, left: 1, bottom: 3, right: 1 }],
      }),
    );
    expect(Array.from(d.series[0].values)).toEqual([
      ["2023-01", 1],
      ["2023-04", 4],
    ]);
    expect(d.problems).toEqual([expect.objectContaining({ severity: "warning", sheet: "Daten", cell: "B3" })]);
    expect(de(d.problems[0])).toContain("Zellen B3:B4: ein Wert ist über 2 Monate verbunden");
    expect(en(d.problems[0])).toContain("cells B3:B4: one value is merged across 2 months");
  });

  it("reads a value merged across two months of a transposed table for neither", () => {
    const d = detect(
      sheet(
        "Quer",
        [
          ["Kennzahl", "Jan 2023", "Feb 2023", "Mär 2023", "Apr 2023"],
          ["Integrationen", 1, 7, 7, 4],
        ],
        { merges: [{ top: 1, left: 2, bottom: 1, right: 3 }] },
      ),
    );
    expect(Array.from(d.series[0].values)).toEqual([
      ["2023-01", 1],
      ["2023-04", 4],
    ]);
    expect(d.problems).toEqual([expect.objectContaining({ severity: "warning", sheet: "Quer", cell: "C2" })]);
  });

  it("accepts a value merged sideways with an empty neighbour (it spans one month only)", () => {
    const d = detect(
      sheet(
        "Daten",
        [
          ["Monat", "Integrationen", null],
          ["Jan 2023", 1, 1],
          ["Feb 2023", 2, null],
          ["Mär 2023", 3, null],
        ],
        { merges: [{ top: 1, left: 1, bottom: 1, right: 2 }] },
      ),
    );
    expect(d.problems).toEqual([]);
    expect(Array.from(d.series[0].values.values())).toEqual([1, 2, 3]);
  });

  it("keeps reading the months after a month label merged down over two rows, and names the merge", () => {
    // "Feb 2023" merged over A3:A4: the value in B4 has no month; March and April still belong to the series.
    const d = detect(
      sheet(
        "Daten",
        [
          ["Monat", "Integrationen"],
          ["Jan 2023", 10],
          ["Feb 2023", 20],
          [null, 99],
          ["Mär 2023", 30],
          ["Apr 2023", 40],
        ],
        { merges: [{ top: 2, left: 0, bottom: 3, right: 0 }] },
      ),
    );
    expect(Array.from(series(d, "INT").values)).toEqual([
      ["2023-01", 10],
      ["2023-02", 20],
      ["2023-03", 30],
      ["2023-04", 40],
    ]);
    const p = at(d, "A3");
    expect(p).toHaveLength(1);
    expect(de(p[0])).toContain("Zelle A3:A4: die Monatsangabe „Feb 2023“ ist über mehrere Zeilen verbunden");
    expect(en(p[0])).toContain('"Feb 2023" is merged over several rows');
  });

  it("does not count a month label merged across two columns as two months", () => {
    // "Jan 2023" merged over B1:C1 and repeated in C1 by the reader: C1 is not a second January.
    const d = detect(
      sheet(
        "Quer",
        [
          ["Kennzahl", "Jan 2023", "Jan 2023", "Feb 2023", "Mär 2023"],
          ["Integrationen", 10, null, 20, 30],
        ],
        { merges: [{ top: 0, left: 1, bottom: 0, right: 2 }] },
      ),
    );
    expect(d.problems).toEqual([]);
    expect(Array.from(d.series[0].values)).toEqual([
      ["2023-01", 10],
      ["2023-02", 20],
      ["2023-03", 30],
    ]);
    expect(d.series[0].source.areas).toEqual([
      { sheet: "Quer", row: 1, col: 1, rows: 1, cols: 1 },
      { sheet: "Quer", row: 1, col: 3, rows: 1, cols: 2 },
    ]);
  });

  it("still reads a year merged over the month names below it", () => {
    const d = detect(
      sheet(
        "Quer",
        [
          [null, "2023", null, null],
          ["Kennzahl", "Jan", "Feb", "Mär"],
          ["Integrationen", 1, 2, 3],
        ],
        { merges: [{ top: 0, left: 1, bottom: 0, right: 3 }] },
      ),
    );
    expect(d.problems).toEqual([]);
    expect(Array.from(d.series[0].values.keys())).toEqual(["2023-01", "2023-02", "2023-03"]);
  });
});

describe("traps that must not match", () => {
  it("reads a year number in a data column as a value, and a column of years as no indicator", () => {
    const d = detect(
      sheet("Integrationen", [
        ["Monat", "Jahr", "Integrationen"],
        ["Jan 2023", 2023, 2023],
        ["Feb 2023", 2023, 15],
        ["Mär 2023", 2023, 16],
      ]),
    );
    expect(d.series.map((s) => [s.code, s.source.range])).toEqual([["INT", "C2:C4"]]);
    expect(Array.from(d.series[0].values.values())).toEqual([2023, 15, 16]);
    expect(d.problems).toEqual([]);
  });

  it("ignores a note row below the table that starts with a month name", () => {
    const d = detect(
      sheet("Integrationen", [
        ["Monat", "Integrationen"],
        ["Jan 2023", 10],
        ["Feb 2023", 11],
        ["Mär 2023", 12],
        [null, null],
        ["März", "Wert vorläufig, wird im April berichtigt"],
      ]),
    );
    expect(d.series).toHaveLength(1);
    expect(Array.from(d.series[0].values.keys())).toEqual(["2023-01", "2023-02", "2023-03"]);
    expect(d.problems).toEqual([]);
  });

  it("does not take a title naming a month for a month of the table", () => {
    const d = detect(sheet("Integrationen", [["Januar 2023"], ["Monat", "Integrationen"], ["Jan 2023", 10], ["Feb 2023", 11], ["Mär 2023", 12]]));
    expect(d.series).toHaveLength(1);
    expect(Array.from(d.series[0].values)).toEqual([
      ["2023-01", 10],
      ["2023-02", 11],
      ["2023-03", 12],
    ]);
    expect(d.problems).toEqual([]);
  });
});

describe("the vintage of a mapped series", () => {
  const mapped = (sheetName: string, header: string, vintage?: string) => {
    const mapping = parseMapping({
      version: 1,
      series: [{ code: "INT", sheet: sheetName, months: "A2:A4", values: "B2:B4", ...(vintage ? { vintage } : {}) }],
    });
    if (!mapping.ok) throw new Error("mapping");
    return detectIndicators({ sheets: [sheet(sheetName, down(header, Q1, [1, 2, 3]))] }, { mapping: mapping.value }).series[0].vintage;
  };
  it.each([
    ["the sheet's name", "Daten t-3", "Spalte X", undefined, "t-3"],
    ["the label above the values", "Daten", "Wert (Wartezeit 3 Monate)", undefined, "t-3"],
    ["the mapping itself, over the sheet", "Daten t-3", "Spalte X", "t-0", "t-0"],
    ["the mapping itself, where nothing names one", "Daten", "Spalte X", "t-3", "t-3"],
  ])("comes from %s", (_what, sheetName, header, vintage, expected) => {
    expect(mapped(sheetName, header, vintage)).toBe(expected);
  });

  it.each<[string, CellValue[][], { months: string; values: string }, string]>([
    [
      "the title above its block",
      [["Integrationen (Wartezeit 3 Monate)"], ["Monat", "Wert"], ...Q1.map((m, i) => [m, i + 1])],
      { months: "A3:A5", values: "B3:B5" },
      "t-3",
    ],
    [
      "the title above a transposed block (months across)",
      [["Bestand t-3"], [null, ...Q1], ["Spalte X", 1, 2, 3]],
      { months: "B2:D2", values: "B3:D3" },
      "t-3",
    ],
    [
      "its own block's title, not the one of the block beside it (right)",
      [["Daten t-0", null, null, "Daten t-3"], ["Monat", "Wert", null, "Monat", "Wert"], ...Q1.map((m, i) => [m, i + 1, null, m, i + 10])],
      { months: "D3:D5", values: "E3:E5" },
      "t-3",
    ],
    [
      "its own block's title, not the one of the block beside it (left)",
      [["Daten t-0", null, null, "Daten t-3"], ["Monat", "Wert", null, "Monat", "Wert"], ...Q1.map((m, i) => [m, i + 1, null, m, i + 10])],
      { months: "A3:A5", values: "B3:B5" },
      "t-0",
    ],
  ])("comes from %s", (_what, values, ranges, expected) => {
    const mapping = parseMapping({ version: 1, series: [{ code: "INT", sheet: "Daten", ...ranges }] });
    if (!mapping.ok) throw new Error("mapping");
    const wb = { sheets: [sheet("Daten", values)] };
    const d = detectIndicators(wb, { mapping: mapping.value });
    expect(d.series.filter((s) => s.code === "INT").map((s) => s.vintage)).toEqual([expected]);
    // the pane asks the same question before it stores the mapping
    expect(vintageOfPlace(wb, "Daten", ranges.values, ranges.months)).toBe(expected);
  });

  it("is never guessed: a mapped series whose vintage nothing names is not read, and the error says so", () => {
    const mapping = parseMapping({ version: 1, series: [{ code: "INT", sheet: "Daten", months: "A2:A4", values: "C2:C4" }] });
    if (!mapping.ok) throw new Error("mapping");
    // column B would be found by the detector; the mapping decides INT, so it is not filled in by a guess either
    const d = detectIndicators({ sheets: [sheet("Daten", [["Monat", "Integrationen", "Spalte X"], ...Q1.map((m, i) => [m, 10 + i, 20 + i])])] }, { mapping: mapping.value });
    expect(d.series.filter((s) => s.code === "INT")).toEqual([]);
    const err = d.problems.find((p) => p.severity === "error" && p.cell === "C2:C4")!;
    expect(de(err)).toBe(
      'Zuordnung für Integrationen (INT, Blatt „Daten“, C2:C4): Wartezeit unbekannt – weder angegeben noch am Blatt oder an der Überschrift zu erkennen. Die Reihe wird nicht gelesen; geben Sie t-0 oder t-3 an (in der Zuordnungsdatei: "vintage").',
    );
    expect(en(err)).toBe(
      'Mapping for Integrations (INT, sheet "Daten", C2:C4): vintage unknown – neither given nor named by the sheet or the label. The series is not read; state t-0 or t-3 (in the mapping file: "vintage").',
    );
  });

  it("marks the series as mapped, and the detector's as not", () => {
    const mapping = parseMapping({ version: 1, series: [{ code: "ELB", sheet: "Daten", months: "A2:A4", values: "C2:C4", vintage: "t-0" }] });
    if (!mapping.ok) throw new Error("mapping");
    const d = detectIndicators({ sheets: [sheet("Daten", [["Monat", "Integrationen", "Spalte X"], ...Q1.map((m, i) => [m, 10 + i, 2000 + i])])] }, { mapping: mapping.value });
    expect(d.series.map((s) => [s.code, s.vintage, s.source.mapped ?? false, [...s.values.values()]])).toEqual([
      ["ELB", "t-0", true, [2000, 2001, 2002]],
      ["INT", null, false, [10, 11, 12]],
    ]);
  });

  it.each([
    ["Daten t-3", "Spalte X", "t-3"],
    ["Daten", "Wert (Wartezeit 3 Monate)", "t-3"],
    ["Daten", "Wert t-0", "t-0"],
    ["Daten", "Spalte X", null],
    ["Fehlt", "Spalte X", null],
  ])("is read for the pane from the place: sheet %j, label %j → %j", (sheetName, header, expected) => {
    const wb = { sheets: [sheet(sheetName === "Fehlt" ? "Daten" : sheetName, down(header, Q1, [1, 2, 3]))] };
    expect(vintageOfPlace(wb, sheetName, "B2:B4")).toBe(expected);
  });
});

describe("a cell read by a mapping and by the detector", () => {
  it("is reported once", () => {
    const mapping = parseMapping({ version: 1, series: [{ code: "INT", sheet: "Daten", months: "A2:A4", values: "B2:B4" }] });
    if (!mapping.ok) throw new Error("mapping");
    const d = detectIndicators({ sheets: [sheet("Daten", down("Integrationen", Q1, [10, "#DIV/0!", 12]))] }, { mapping: mapping.value });
    expect(d.problems.filter((p) => p.cell === "B3")).toHaveLength(1);
  });
});

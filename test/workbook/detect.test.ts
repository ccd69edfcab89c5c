import { detectIndicators, toIndicatorData } from "../../src/workbook/detect";
import { parseMapping } from "../../src/workbook/mapping";
import { jobcenterKey, parseDataCell, parseMonthLabel, parseVintage } from "../../src/workbook/cells";
import { codeForLabel } from "../../src/workbook/labels";
import type { CellValue, SheetData, WorkbookData } from "../../src/workbook/types";
import { text } from "../../src/domain/messages";

const sheet = (name: string, values: CellValue[][], extra: Partial<SheetData> = {}): SheetData => ({ name, origin: { row: 0, col: 0 }, values, ...extra });
const book = (...sheets: SheetData[]): WorkbookData => ({ sheets });

describe("month labels", () => {
  it.each([
    ["Jan 2023", 2023, 1],
    ["Januar 2023", 2023, 1],
    ["Jän. 2023", 2023, 1],
    ["Mär 23", 2023, 3],
    ["Mrz 2023", 2023, 3],
    ["01/2023", 2023, 1],
    ["1/2023", 2023, 1],
    ["2023-01", 2023, 1],
    ["01.2023", 2023, 1],
    ["202301", 2023, 1],
    ["15.01.2023", 2023, 1],
    ["Dec 2022", 2022, 12],
    ["Okt. 2021", 2021, 10],
  ])("%s → %i-%i", (text, year, month) => {
    expect(parseMonthLabel(text)).toEqual({ year, month });
  });
  it("reads month names without a year, and Excel serials only with a date format", () => {
    expect(parseMonthLabel("Dez")).toEqual({ year: null, month: 12 });
    // 44927 = 1 January 2023 (days since 30 December 1899)
    expect(parseMonthLabel(44927, "mmm yyyy")).toEqual({
      year: 2023,
      month: 1,
    });
    expect(parseMonthLabel(44927, "#,##0")).toBeNull();
    expect(parseMonthLabel(202301)).toBeNull();
    expect(parseMonthLabel(202301, undefined, true)).toEqual({
      year: 2023,
      month: 1,
    });
    expect(parseMonthLabel("Integrationen")).toBeNull();
  });
});

describe("labels, numbers, keys, vintages", () => {
  it.each([
    ["Integrationen insgesamt", "INT"],
    ["Integrationen davon Frauen", "INT_F"],
    ["Integrationen Männer", "INT_M"],
    ["Integrationen von LZB", "INT_LZB"],
    ["bedarfsdeckende Integrationen", "INT_BD"],
    ["eLb", "ELB"],
    ["ELB Frauen", "ELB_F"],
    ["Erwerbsfähige Leistungsberechtigte, männlich", "ELB_M"],
    ["Langzeitleistungsbezieher", "LZB"],
    ["LZB 4 Jahre und länger", "LZB4"],
    ["Leistungen zum Lebensunterhalt", "LLU"],
    ["KdU", "LUH"],
    ["Bedarfsgemeinschaften", "BG"],
    ["Integrationsquote", null],
    ["Veränderung zum Vorjahr", null],
    ["Bemerkung", null],
  ])("%s → %s", (label, code) => {
    expect(codeForLabel(label)).toBe(code);
  });
  it("keeps zero, and treats markers and blanks as missing", () => {
    expect(parseDataCell(0)).toEqual({ kind: "number", value: 0 });
    expect(parseDataCell("1.234,5")).toEqual({ kind: "number", value: 1234.5 });
    expect(parseDataCell("*")).toEqual({ kind: "missing" });
    expect(parseDataCell(null)).toEqual({ kind: "missing" });
    expect(parseDataCell("12a")).toEqual({ kind: "invalid", text: "12a" });
  });
  it("keeps Jobcenter keys as text with leading zeros", () => {
    expect(jobcenterKey(5358)).toBe("05358");
    expect(jobcenterKey("05358")).toBe("05358");
    expect(jobcenterKey("Kreis")).toBeNull();
  });
  it("reads vintage markers", () => {
    expect(parseVintage("Integrationen (t-3)")).toBe("t-3");
    expect(parseVintage("Wartezeit 3 Monate")).toBe("t-3");
    expect(parseVintage("T - 0")).toBe("t-0");
    expect(parseVintage("Integrationen")).toBeNull();
  });
});

describe("detector on small workbooks", () => {
  it("reads one sheet per indicator with year columns and month names (Monat | 2022 | 2023)", () => {
    const values: CellValue[][] = [["Integrationen"], [], ["Monat", "2022", "2023", "Veränderung"]];
    ["Jan", "Feb", "Mär"].forEach((m, i) => values.push([m, 100 + i, 110 + i, 0.1]));
    const d = detectIndicators(book(sheet("Integrationen", values)));
    const data = toIndicatorData(d, "", "t-0");
    expect([...data.INT!]).toEqual([
      ["2022-01", 100],
      ["2022-02", 101],
      ["2022-03", 102],
      ["2023-01", 110],
      ["2023-02", 111],
      ["2023-03", 112],
    ]);
  });

  it("names sheet and cell of text in a number cell, and does not throw", () => {
    const d = detectIndicators(
      book(
        sheet("Daten", [
          ["Monat", "Integrationen"],
          ["Jan 2023", 100],
          ["Feb 2023", "12a"],
          ["Mär 2023", 120],
        ]),
      ),
    );
    expect(d.problems).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        sheet: "Daten",
        cell: "B3",
      }),
    );
    expect(text(d.problems.find((p) => p.cell === "B3")!.message)).toBe('Blatt "Daten", Zelle B3: „12a“ ist keine Zahl – der Monat gilt als fehlend.');
    expect(d.series[0].values.has("2023-02")).toBe(false);
  });

  it("reports a workbook without any month column as an error", () => {
    const d = detectIndicators(book(sheet("Notizen", [["Besprechung"], ["Integrationen steigen"]])));
    expect(d.series).toEqual([]);
    expect(d.problems[0].severity).toBe("error");
  });

  it("reports the same indicator found twice, keeping the first", () => {
    const rows = (v: number): CellValue[][] => [
      ["Monat", "Integrationen"],
      ["Jan 2023", v],
      ["Feb 2023", v],
      ["Mär 2023", v],
    ];
    const d = detectIndicators(book(sheet("A", rows(1)), sheet("B", rows(2))));
    expect(d.series.filter((s) => s.code === "INT")).toHaveLength(1);
    expect(d.series[0].source.sheet).toBe("A");
    expect(d.problems.some((p) => text(p.message).includes('Blatt "A"') && text(p.message).includes('Blatt "B"'))).toBe(true);
  });

  it("lets an explicit mapping override the detector", () => {
    const wb = book(
      sheet("Daten", [
        ["Zeitraum", "Spalte X", "Integrationen"],
        ["Jan 2023", 7, 100],
        ["Feb 2023", 8, 100],
        ["Mär 2023", 9, 100],
      ]),
    );
    const mapping = parseMapping({
      version: 1,
      series: [{ code: "INT", sheet: "Daten", months: "A2:A4", values: "B2:B4", vintage: "t-0" }],
    });
    expect(mapping.ok).toBe(true);
    if (!mapping.ok) return;
    const d = detectIndicators(wb, { mapping: mapping.value });
    expect([...toIndicatorData(d, "", "t-0").INT!.values()]).toEqual([7, 8, 9]);
  });

  it.each([
    [{ version: 2, series: [] }, '"version"'],
    [
      {
        version: 1,
        series: [{ code: "FOO", sheet: "D", months: "A1:A3", values: "B1:B3" }],
      },
      "unbekannter Indikator",
    ],
    [
      {
        version: 1,
        series: [{ code: "INT", sheet: "D", months: "A1:A3", values: "B1:B4" }],
      },
      "unterschiedlich lang",
    ],
    [
      {
        version: 1,
        series: [{ code: "INT", sheet: "D", months: "A1:B3", values: "C1:C3" }],
      },
      "keine Zeile oder Spalte",
    ],
  ])("rejects the mapping %j", (json, fragment) => {
    const r = parseMapping(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(text(r.error.message)).toContain(fragment);
  });

  it("names a mapped sheet that does not exist", () => {
    const mapping = parseMapping({
      version: 1,
      series: [{ code: "INT", sheet: "Fehlt", months: "A2:A4", values: "B2:B4" }],
    });
    if (!mapping.ok) throw new Error("mapping");
    const d = detectIndicators(book(sheet("Daten", [["x"]])), {
      mapping: mapping.value,
    });
    expect(d.problems.some((p) => text(p.message).includes('Blatt "Fehlt"'))).toBe(true);
  });
});

describe("a series continued on another sheet", () => {
  it("joins one sheet per year into one series, each month pointing at its own sheet", async () => {
    const year = (y: number): CellValue[][] => [
      ["Monat", "Integrationen"],
      [`Jan ${y}`, y - 2000],
      [`Feb ${y}`, y - 1999],
      [`Mär ${y}`, y - 1998],
    ];
    const d = detectIndicators(book(sheet("2022", year(2022)), sheet("2023", year(2023))));
    expect(d.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const int = d.series.find((s) => s.code === "INT")!;
    expect([...int.values]).toEqual([
      ["2022-01", 22],
      ["2022-02", 23],
      ["2022-03", 24],
      ["2023-01", 23],
      ["2023-02", 24],
      ["2023-03", 25],
    ]);
    expect(int.source.sheet).toBe("2022");
    expect(int.source.range).toBe("B2:B4");
    expect(int.source.cells.get("2023-02")).toEqual({ row: 2, col: 1, sheet: "2023" });
    const { seriesRange } = await import("../../src/workbook/outputs");
    expect(seriesRange(int, ["2023-01", "2023-02", "2023-03"])).toBe("'2023'!B2:B4");
    expect(seriesRange(int, ["2022-03", "2023-01"])).toBeNull();
  });
});

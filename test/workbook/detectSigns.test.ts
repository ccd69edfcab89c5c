/**
 * BA's signs (Zeichenerklärung der BA-Statistik): in a BA export `-` is *nichts vorhanden*, a true zero,
 * and `x`, `*`, `.` are no value. In a hand-kept workbook `-` is read as the user chooses (default: no
 * value), and the detection says how it was read so the pane and the CLI can show and switch it.
 */
import { detectIndicators } from "../../src/workbook/detect";
import { parseDataCell } from "../../src/workbook/cells";
import { de, en } from "./problemText";
import type { CellValue, SheetData } from "../../src/workbook/types";

const sheet = (name: string, values: CellValue[][]): SheetData => ({ name, origin: { row: 0, col: 0 }, values });

/** A BA export of one Jobcenter: key, name, Berichtsmonat, Integrationen. */
const baExport = (signs: CellValue[]): SheetData =>
  sheet("Export", [
    ["Jobcenter-Schlüssel", "Jobcenter", "Berichtsmonat", "Integrationen"],
    ...signs.map((v, i) => ["05358", "Kreis Düren", `0${i + 1}/2023`, v]),
  ]);

/** A hand-kept table: Monat | Integrationen. */
const handKept = (signs: CellValue[]): SheetData => sheet("Daten", [["Monat", "Integrationen"], ...signs.map((v, i) => [`0${i + 1}/2023`, v])]);

describe("reading a data cell's sign", () => {
  it.each<[CellValue, "zero" | "missing", ReturnType<typeof parseDataCell>]>([
    ["-", "zero", { kind: "number", value: 0, sign: "-" }],
    ["–", "zero", { kind: "number", value: 0, sign: "-" }],
    ["-", "missing", { kind: "missing", sign: "-" }],
    [" - ", "missing", { kind: "missing", sign: "-" }],
    ["x", "zero", { kind: "missing" }],
    ["*", "zero", { kind: "missing" }],
    [".", "zero", { kind: "missing" }],
    ["-5", "zero", { kind: "number", value: -5 }],
    ["#DIV/0!", "zero", { kind: "error", text: "#DIV/0!" }],
    ["#NV", "missing", { kind: "error", text: "#NV" }],
  ])("%j with '-' as %s", (value, dash, expected) => {
    expect(parseDataCell(value, dash)).toEqual(expected);
  });
});

describe("BA's signs in a BA export", () => {
  it("reads '-' as 0 and 'x', '*', '.' as no value, and says how '-' was read", () => {
    const d = detectIndicators({ sheets: [baExport([5, "-", "x", "*", ".", 7])] });
    const int = d.series.find((s) => s.code === "INT" && s.jobcenter === "05358")!;
    expect(Array.from(int.values)).toEqual([
      ["2023-01", 5],
      ["2023-02", 0],
      ["2023-06", 7],
    ]);
    expect(d.dashes).toEqual({ reading: "missing", own: 0, ba: 1 });
    expect(d.problems).toEqual([expect.objectContaining({ severity: "info", sheet: "Export", cell: "D3" })]);
    expect(de(d.problems[0])).toContain("„-“ in 1 Zelle (erste: D3) als 0 gelesen");
    expect(en(d.problems[0])).toContain('"-" in 1 cell (first: D3) read as 0');
  });

  it("reads '-' in a BA export as 0 even when the user reads it as no value elsewhere", () => {
    const d = detectIndicators({ sheets: [baExport([1, "-", 3])] }, { dash: "missing" });
    expect(d.series[0].values.get("2023-02")).toBe(0);
  });
});

describe("'-' in a hand-kept workbook", () => {
  it("is no value by default, with an info naming the cells and that the reading can be switched", () => {
    const d = detectIndicators({ sheets: [handKept([5, "-", "-", 8])] });
    expect(Array.from(d.series[0].values)).toEqual([
      ["2023-01", 5],
      ["2023-04", 8],
    ]);
    expect(d.dashes).toEqual({ reading: "missing", own: 2, ba: 0 });
    expect(d.problems).toEqual([expect.objectContaining({ severity: "info", sheet: "Daten", cell: "B3" })]);
    expect(de(d.problems[0])).toBe(
      'Blatt "Daten": „-“ in 2 Zellen (erste: B3) als „kein Wert“ (der Monat gilt als fehlend) gelesen. Die Lesart von „-“ lässt sich umstellen.',
    );
    expect(en(d.problems[0])).toContain("can be switched");
  });

  it("is 0 when the user switches the reading", () => {
    const d = detectIndicators({ sheets: [handKept([5, "-", "-", 8])] }, { dash: "zero" });
    expect(Array.from(d.series[0].values)).toEqual([
      ["2023-01", 5],
      ["2023-02", 0],
      ["2023-03", 0],
      ["2023-04", 8],
    ]);
    expect(d.dashes).toEqual({ reading: "zero", own: 2, ba: 0 });
    expect(de(d.problems[0])).toContain("als 0 („nichts vorhanden“, wie in der BA-Statistik) gelesen");
  });

  it("says nothing about '-' when there is none", () => {
    const d = detectIndicators({ sheets: [handKept([5, 6, 7])] });
    expect(d.dashes).toEqual({ reading: "missing", own: 0, ba: 0 });
    expect(d.problems).toEqual([]);
  });

  it("reads 'x', '*' and '.' as no value without a problem", () => {
    const d = detectIndicators({ sheets: [handKept([5, "x", "*", ".", 9])] });
    expect(Array.from(d.series[0].values.keys())).toEqual(["2023-01", "2023-05"]);
    expect(d.problems).toEqual([]);
  });
});

describe("the reading of '-' through an evaluation", () => {
  it("reaches the detector from evaluateWorkbook's options", async () => {
    const { evaluateWorkbook } = await import("../../src/workbook/evaluateWorkbook");
    const { DUEREN_2023 } = await import("../../src/domain/targets");
    const wb = { sheets: [handKept([5, "-", 7])] };
    expect(evaluateWorkbook(wb, DUEREN_2023, { dash: "zero" }).detection.series[0].values.get("2023-02")).toBe(0);
    expect(evaluateWorkbook(wb, DUEREN_2023).detection.series[0].values.has("2023-02")).toBe(false);
  });
});

/**
 * Every bundled sample is detected without a mapping, and what is read equals the generator's own
 * series (scripts/samples/series.ts) – codes, Jobcenters, vintages and every monthly value.
 */
import { join } from "node:path";
import { readXlsxFile } from "../../src/xlsx/readXlsxFile";
import { detectIndicators, toIndicatorData, vintagesOf } from "../../src/workbook/detect";
import { SAMPLE_NAMES, sampleSeries } from "../../scripts/samples/series";
import type { IndicatorData } from "../../src/domain/evaluation";
import { text } from "../../src/domain/messages";

function plain(data: IndicatorData): Record<string, [string, number][]> {
  return Object.fromEntries(Object.entries(data).map(([code, s]) => [code, [...s!].sort(([a], [b]) => (a < b ? -1 : 1))]));
}

describe.each(SAMPLE_NAMES)("sample %s", (name) => {
  it("is detected without a mapping and equals the generator's series", async () => {
    const wb = await readXlsxFile(join(__dirname, "../../samples", `${name}.xlsx`));
    const detection = detectIndicators(wb);
    const expected = sampleSeries(name);
    expect(detection.problems.filter((p) => p.severity !== "info")).toEqual([]);
    const keys = detection.jobcenters.map((j) => j.key).sort();
    expect(keys).toEqual(expected.jobcenters.map((j) => j.key).sort());
    for (const [key, byVintage] of expected.data) {
      for (const [vintage, data] of byVintage) {
        const read = toIndicatorData(detection, key, vintage === "none" ? "t-0" : vintage);
        expect(plain(read)).toEqual(plain(data));
      }
    }
    const expectedVintages = [...new Set([...expected.data.values()].flatMap((m) => [...m.keys()]).filter((v) => v !== "none"))].sort();
    expect(vintagesOf(detection)).toEqual(expectedVintages);
  });
});

describe("what the detector reports about where figures are", () => {
  it("names sheet and cells of each series in the Düren sample", async () => {
    const d = detectIndicators(await readXlsxFile(join(__dirname, "../../samples/kreis-dueren-2021-2023.xlsx")));
    const int = d.series.find((s) => s.code === "INT" && s.vintage === "t-0")!;
    // Months Jan 2021 … Dez 2023 in rows 6 … 41, integrations in column B.
    expect(int.source.sheet).toBe("Integrationen t-0");
    expect(int.source.range).toBe("B6:B41");
    expect(int.source.cells.get("2023-12")).toEqual({ row: 40, col: 1 });
    const elb = d.series.find((s) => s.code === "ELB")!;
    expect(elb.vintage).toBeNull();
    expect(elb.source.sheet).toBe("Bestände");
  });

  it("keeps Jobcenter keys as text with leading zeros in the BA export", async () => {
    const d = detectIndicators(await readXlsxFile(join(__dirname, "../../samples/ba-export-mehrere-jobcenter.xlsx")));
    expect(d.jobcenters).toContainEqual({ key: "05358", name: "Kreis Düren" });
  });

  it("points at marker and blank cells of missing months in the hand-kept sample", async () => {
    const d = detectIndicators(await readXlsxFile(join(__dirname, "../../samples/handgepflegt.xlsx")));
    const int = d.series.find((s) => s.code === "INT")!;
    // Nov 2023 holds "*", Dec 2023 is blank: no value, but the cell is known (rows 28 and 29, column C).
    expect(int.values.has("2023-11")).toBe(false);
    expect(int.source.cells.get("2023-11")).toEqual({ row: 27, col: 2 });
    expect(int.values.has("2023-12")).toBe(false);
    expect(int.source.cells.get("2023-12")).toEqual({ row: 28, col: 2 });
    expect(d.problems.some((p) => p.severity === "info" && text(p.message).includes("ausgeblendete Zeilen"))).toBe(true);
  });
});

/**
 * The native charts of the CLI's `--out` copy, read back from the package: a "höchstens" target's chart
 * says that lower is better, and a distance that rounds to zero is written as 0 (a signed format would
 * show −0,00001 as "-0,0 %"). Worked by hand, report month March 2023:
 * - III.1 K3 ≤ −0,4 % (per cent): LZB 1.000 a month in 2022, so the path is 1.000 × 0,996 = 996 every month;
 *   2023 January 995,9999 (Ø 995,9999), February 984 (Ø 989,99995), March 1.014 (Ø 2.993,9999 ÷ 3 = 997,99997):
 *   distances 995,9999 ÷ 996 − 1 = −0,00001 % → written 0; 989,99995 ÷ 996 − 1 = −0,6024 %;
 *   997,99997 ÷ 996 − 1 = +0,2008 %.
 * - II.1 integrations ≥ +1,9 %: a "mindestens" target, its chart names no better side.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { evaluate } from "../../src/domain/evaluate";
import type { IndicatorData } from "../../src/domain/evaluation";
import type { TargetSet } from "../../src/domain/targets";
import { listCharts } from "../../src/xlsx/charts";
import { resultWorkbookBytes } from "../../src/xlsx/writeResultWorkbook";
import { series } from "../domain/monthlyData";

const SAMPLE = join(__dirname, "../../samples/kreis-dueren-2021-2023.xlsx");

const data: IndicatorData = {
  LZB: series((y, m) => (y === 2023 ? ([995.9999, 984, 1014] as (number | undefined)[])[m - 1] : 1000)),
  INT: series((y, m) => (y === 2023 && m > 3 ? undefined : 100)),
};
const set: TargetSet = {
  year: 2023,
  targets: [
    { id: "II.1", goal: "II", indicator: "INT", unit: "percent", direction: ">=", value: 0.019, wording: "" },
    { id: "III.1", goal: "III", indicator: "K3", unit: "percent", direction: "<=", value: -0.004, wording: "" },
  ],
  monitoring: [],
};

async function written(lang: "de" | "en") {
  const jobcenter = { key: "05358", name: "Kreis Düren" };
  const { bytes } = await resultWorkbookBytes(readFileSync(SAMPLE), "kreis-dueren.xlsx", {
    asOf: "2023-03",
    vintage: "t-0",
    targetSet: set,
    jobcenters: [{ jobcenter, evaluation: evaluate(data, set, "2023-03"), series: [], targetsFor: jobcenter.key }],
    createdAt: new Date(2024, 0, 15),
    lang,
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  /** The cells a chart's reference names, e.g. 'Bericht Steuerungsdialog'!$M$5:$M$7, top to bottom. */
  const cells = (ref: string) => {
    const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(ref);
    if (!m) throw new Error(`unexpected reference ${ref}`);
    const sheet = book.getWorksheet(m[1].replace(/''/g, "'"))!;
    return Array.from({ length: Number(m[4]) - Number(m[3]) + 1 }, (_, i) => sheet.getCell(`${m[2]}${Number(m[3]) + i}`));
  };
  return { charts: await listCharts(bytes), cells };
}

describe("native charts of the --out copy", () => {
  it("a höchstens target's chart says besser: niedriger; a mindestens target's does not", async () => {
    const { charts } = await written("de");
    const k3 = charts.find((c) => c.title.startsWith("III.1"));
    const int = charts.find((c) => c.title.startsWith("II.1"));
    expect(k3?.series[0].name).toContain("besser: niedriger");
    expect(int?.series.map((s) => s.name).join(" ")).not.toContain("besser");
    const en = await written("en");
    expect(en.charts.find((c) => c.title.startsWith("III.1"))?.series[0].name).toContain("lower is better");
  });

  it("writes a distance that rounds to zero as 0, never a negative the signed format shows as -0,0 %", async () => {
    const { charts, cells } = await written("de");
    const k3 = charts.find((c) => c.title.startsWith("III.1"))!;
    const distance = cells(k3.series[0].values);
    expect(distance.map((c) => c.numFmt)).toEqual(["+0.0%;-0.0%;0.0%", "+0.0%;-0.0%;0.0%", "+0.0%;-0.0%;0.0%"]);
    const [jan, feb, mar] = distance.map((c) => c.value as number);
    expect(Object.is(jan, 0)).toBe(true);
    expect(feb).toBeCloseTo(989.99995 / 996 - 1, 12);
    expect(mar).toBeCloseTo(2993.9999 / 3 / 996 - 1, 12);
  });
});

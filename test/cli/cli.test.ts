/**
 * The CLI end to end on the bundled Düren sample: exit codes, the German table, the JSON document, and
 * the --out copy (input untouched, highlights, summary and report sheets, native charts).
 * Expected figures come from the sample generator's own series through the engine, not from the CLI.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runZielmonitor } from "./harness";
import { listCharts } from "../../src/xlsx/charts";
import { evaluate, latestCompleteMonth } from "../../src/domain/evaluate";
import { DUEREN_2023 } from "../../src/domain/targets";
import { sampleSeries } from "../../scripts/samples/series";

const SAMPLE = join(__dirname, "../../samples/kreis-dueren-2021-2023.xlsx");

/** The German words of the status codes, as the agreement and the BA speak of them. */
const WORD_DE: Record<string, string> = {
  met: "erreicht",
  onTrack: "auf Kurs",
  atRisk: "gefährdet",
  missed: "nicht erreicht",
  noData: "keine Daten",
};

const run = runZielmonitor;

function expectedDueren(vintage: "t-0" | "t-3", month?: string) {
  const sample = sampleSeries("kreis-dueren-2021-2023");
  const key = sample.jobcenters[0].key;
  const byVintage = sample.data.get(key)!;
  const data = byVintage.get(vintage) ?? byVintage.get("none")!;
  const asOf = month ?? latestCompleteMonth(data, DUEREN_2023)!;
  return evaluate(data, DUEREN_2023, asOf);
}

describe("zielmonitor CLI", () => {
  it("prints the usage and exits 2 on bad arguments", async () => {
    expect((await run([])).code).toBe(2);
    const r = await run(["evaluate", SAMPLE, "--month", "2023-13"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("JJJJ-MM");
  });

  it("exits 1 with a German message naming the file when the workbook is missing or unreadable", async () => {
    const missing = await run(["evaluate", "/nicht/da.xlsx"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Arbeitsmappe "/nicht/da.xlsx" nicht gefunden');
    const dir = mkdtempSync(join(tmpdir(), "zm-"));
    const junk = join(dir, "kaputt.xlsx");
    writeFileSync(junk, "keine Arbeitsmappe");
    const broken = await run(["evaluate", junk]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("kaputt.xlsx");
  });

  it("--json gives every Düren target with the engine's figures for the generator's series", async () => {
    const r = await run(["evaluate", SAMPLE, "--json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const expected = expectedDueren("t-0");
    expect(doc.asOf).toBe(expected.asOf);
    expect(doc.vintage).toBe("t-0");
    expect(doc.jobcenters).toHaveLength(1);
    const targets = doc.jobcenters[0].targets;
    expect(targets.map((t: { id: string }) => t.id)).toEqual(["II.1", "II.2", "II.3", "III.1", "III.2"]);
    expected.targets.forEach((e, i) => {
      expect(targets[i].status).toBe(e.status);
      expect(targets[i].statusText).toBe(WORD_DE[e.status]);
      expect(targets[i].change).toBeCloseTo(e.change!, 12);
      expect(targets[i].current).toBeCloseTo(e.current!, 9);
      expect(targets[i].met).toBe(e.met);
    });
    expect(doc.jobcenters[0].monitoring.length).toBeGreaterThan(0);
  });

  it("--month and --vintage choose what is evaluated", async () => {
    const r = await run(["evaluate", SAMPLE, "--json", "--month", "2023-06", "--vintage", "t-3"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const expected = expectedDueren("t-3", "2023-06");
    expect(doc.asOf).toBe("2023-06");
    expect(doc.vintage).toBe("t-3");
    expected.targets.forEach((e, i) => expect(doc.jobcenters[0].targets[i].current).toBeCloseTo(e.current!, 9));
  });

  it("prints a German table per goal", async () => {
    const r = await run(["evaluate", SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Ziel II");
    expect(r.stdout).toContain("Ziel III");
    expect(r.stdout).toContain("Ziel I (Monitoring)");
    expect(r.stdout).toMatch(/II\.1\s+Integrationen/);
    for (const e of expectedDueren("t-0").targets) expect(r.stdout).toContain(WORD_DE[e.status]);
  });

  it("--out writes a highlighted copy with summary and report, leaving the input untouched", async () => {
    const before = createHash("sha256").update(readFileSync(SAMPLE)).digest("hex");
    const dir = mkdtempSync(join(tmpdir(), "zm-"));
    const out = join(dir, "ergebnis.xlsx");
    const r = await run(["evaluate", SAMPLE, "--out", out]);
    expect(r.code).toBe(0);
    expect(createHash("sha256").update(readFileSync(SAMPLE)).digest("hex")).toBe(before);
    expect(existsSync(out)).toBe(true);

    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(SAMPLE);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    expect(copy.getWorksheet("Zielerreichung")).toBeDefined();
    expect(copy.getWorksheet("Bericht Steuerungsdialog")).toBeDefined();
    // Every original cell value is still there, unchanged.
    for (const ws of original.worksheets) {
      const other = copy.getWorksheet(ws.name)!;
      ws.eachRow((row, r) => row.eachCell((cell, c) => expect(other.getCell(r, c).value).toEqual(cell.value)));
    }
    const highlighted = copy.worksheets.filter((ws) => (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.length > 0);
    expect(highlighted.length).toBeGreaterThan(0);
    const charts = await listCharts(readFileSync(out));
    expect(charts.length).toBe(DUEREN_2023.targets.length);
  });

  it("refuses to write over its input", async () => {
    const r = await run(["evaluate", SAMPLE, "--out", SAMPLE]);
    expect(r.code).toBe(2);
  });
});

describe("report for several Jobcenters (ministry view)", () => {
  it("starts a page for each Jobcenter of the BA export", async () => {
    const JSZip = (await import("jszip")).default;
    const dir = mkdtempSync(join(tmpdir(), "zm-"));
    const out = join(dir, "ministerium.xlsx");
    const r = await run(["evaluate", join(__dirname, "../../samples/ba-export-mehrere-jobcenter.xlsx"), "--month", "2023-06", "--out", out]);
    expect(r.code).toBe(0);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const report = copy.getWorksheet("Bericht Steuerungsdialog")!;
    const titleRows: number[] = [];
    report.eachRow((row, n) => {
      const v = row.getCell(1).value;
      if (typeof v === "string" && v.startsWith("Steuerungsdialog 2023 – ")) titleRows.push(n);
    });
    // Four Jobcenters; a Jobcenter with charts has a second page (titled "… – Seite 2 von 2").
    const firstPages = titleRows.filter((n) => !/ – Seite [2-9] von /.test(String(report.getRow(n).getCell(1).value)));
    expect(firstPages).toHaveLength(4);
    // In the file a break is stored after a row: each title after the first needs a break after the row above it.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheetFile = Object.keys(zip.files).find(
      (f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f) && f.endsWith(`sheet${copy.worksheets.indexOf(report) + 1}.xml`),
    )!;
    const xml = await zip.file(sheetFile)!.async("string");
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    for (const title of titleRows.slice(1)) expect(breaks).toContain(title - 1);
  });
});

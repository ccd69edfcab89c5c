/**
 * The sync contract of issue 8: every action of the pane (read, highlight, summary, report, remove)
 * syncs as often as its payload requires and no more – at most 1 + ceil(all bytes ÷ 4 MB) syncs plus
 * SYNC_ALLOWANCE (1: a look-up the next step depends on, see ./actionFigures.ts) – and no sync sends or
 * returns more than Excel on the web's 5 MB. On the strict double, at 10 rows, at 100,000 rows × 16
 * columns (read only: no layout the detector knows) and on the BA export of 400 Jobcenters.
 * The code before this contract needed 6 syncs to highlight or remove 10 rows (allowed: 3), 7 and 13 for
 * summary and report of 400 Jobcenters (allowed: 5 and 8) and 11 to read 100,000 × 16 (allowed: 10):
 * run on it, this test fails at 10 rows and at 100,000 × 16.
 */
import { readXlsxFile } from "../../src/xlsx/readXlsxFile";
import { bigExport } from "../../bench/detector";
import { allowedSyncs, bookFrom, measureActions, SYNC_ALLOWANCE, tenRows, wideBook, type ActionFigures } from "./actionFigures";

const LIMIT = 5 * 1024 * 1024;

function expectWithinContract(figures: ActionFigures[], actions: string[]): void {
  expect(figures.map((f) => f.action)).toEqual(actions);
  for (const f of figures) {
    const label = `${f.action} (${f.size}): ${f.syncs} syncs for ${f.totalBytes} bytes`;
    expect({ label, ok: f.syncs <= 1 + Math.ceil(f.totalBytes / 4_000_000) + SYNC_ALLOWANCE }).toEqual({ label, ok: true });
    expect(f.budget).toBe(allowedSyncs(f.totalBytes));
    expect({ label, request: f.maxRequestBytes <= LIMIT, response: f.maxResponseBytes <= LIMIT }).toEqual({ label, request: true, response: true });
  }
}

const ALL = ["read", "highlight", "summary", "report", "remove"];

describe("sync contract: 1 + payload ÷ 4 MB (+1), never over 5 MB", () => {
  it("holds for every action at 10 rows", async () => {
    const { book, input } = tenRows();
    const figures = await measureActions(book, "10 Zeilen", input);
    expectWithinContract(figures, ALL);
    // Small payloads: reading 3 (sheets; used ranges with samples; values), every other action 2.
    expect(figures.map((f) => f.syncs)).toEqual([3, 2, 2, 2, 2]);
  });

  it("holds for reading 100,000 rows × 16 columns", async () => {
    const figures = await measureActions(wideBook(), "100.000 × 16");
    expectWithinContract(figures, ["read"]);
    // About 30 MB: more than 7 syncs' worth of 4 MB, so at least 2 + 8.
    expect(figures[0].totalBytes).toBeGreaterThan(28_000_000);
  }, 120_000);

  it("holds for every action on the BA export of 400 Jobcenters", async () => {
    const book = bookFrom(await readXlsxFile(await bigExport()));
    const figures = await measureActions(book, "BA-Export 400 Jobcenter");
    expectWithinContract(figures, ALL);
    // Summary (about 8.7 MB) and report (about 23.6 MB) are written in the syncs their payload needs.
    const summary = figures.find((f) => f.action === "summary")!;
    const report = figures.find((f) => f.action === "report")!;
    expect(summary.syncs).toBeLessThanOrEqual(Math.ceil(summary.totalBytes / 4_000_000));
    expect(report.syncs).toBeLessThanOrEqual(Math.ceil(report.totalBytes / 4_000_000));
  }, 300_000);
});

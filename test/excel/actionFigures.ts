/**
 * Runs every Excel action of the pane (read, highlight, summary, report, remove) through OfficeHost on
 * the strict double and records per action its syncs, its largest request and response and all bytes
 * both ways. Used by the sync contract (./syncContract.test.ts) and by `npm run bench -- excel`.
 */
import type { TargetEvaluation } from "../../src/domain/evaluation";
import { DUEREN_2023 } from "../../src/domain/targets";
import { ym } from "../../src/domain/yearMonth";
import { OfficeHost } from "../../src/excel/OfficeHost";
import { PAYLOAD_BUDGET } from "../../src/excel/payload";
import { evaluateWorkbook } from "../../src/workbook/evaluateWorkbook";
import type { ResultsInput } from "../../src/workbook/host";
import type { DetectedSeries, WorkbookData } from "../../src/workbook/types";
import { FakeBook } from "./fakeExcel";

export interface ActionFigures {
  action: string;
  size: string;
  syncs: number;
  /** What the contract allows: 1 + ceil(totalBytes ÷ 4 MB) + SYNC_ALLOWANCE. */
  budget: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** All bytes of the action, both ways (to compare the syncs with 1 + payload ÷ 4 MB). */
  totalBytes: number;
  /** Conditional-format rules after highlighting (highlight only). */
  rules?: number;
}

/**
 * Syncs an action may need beyond 1 + payload ÷ 4 MB: one look-up whose answer the next step depends
 * on and that cannot share a sync with content (reading: the sheets before their used ranges; removing:
 * the registry before the rules and marks it names).
 */
export const SYNC_ALLOWANCE = 1;

export function allowedSyncs(totalBytes: number): number {
  return 1 + Math.ceil(totalBytes / PAYLOAD_BUDGET) + SYNC_ALLOWANCE;
}

/** A strict double holding the sheets of a workbook read from a file. */
export function bookFrom(data: WorkbookData): FakeBook {
  const book = new FakeBook();
  for (const s of data.sheets) {
    const ws = book.addSheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.cell(s.origin.row + r, s.origin.col + c);
        cell.value = v;
        cell.numberFormat = s.numberFormats?.[r]?.[c] || "General";
      }),
    );
    for (const r of s.hiddenRows ?? []) ws.hidden.add(r);
  }
  return book;
}

/** `rows` data rows × 16 columns under a header row (no layout the detector knows: read only). */
export function wideBook(rows = 100_000): FakeBook {
  const book = new FakeBook();
  const ws = book.addSheet("Export");
  ws.setValues(0, 0, [Array.from({ length: 16 }, (_, c) => `Spalte ${c + 1}`)]);
  for (let r = 1; r <= rows; r++) {
    ws.cell(r, 0).value = `Jobcenter ${r % 400}`;
    for (let c = 1; c < 16; c++) ws.cell(r, c).value = 1000 + ((r * 7 + c * 13) % 9000) + 0.25;
  }
  return book;
}

/**
 * One Jobcenter on a sheet of 10 rows (header, January to September 2023) and its evaluation for June
 * 2023, given directly: the smallest workbook every action applies to.
 */
export function tenRows(): { book: FakeBook; input: ResultsInput } {
  const book = new FakeBook();
  const ws = book.addSheet("JC 1");
  ws.setValues(0, 0, [["Monat", "Integrationen"]]);
  const cells = new Map<string, { row: number; col: number }>();
  const values = new Map<string, number>();
  for (let m = 1; m <= 9; m++) {
    ws.setValues(m, 0, [[`${String(m).padStart(2, "0")}/2023`, 200 + m]]);
    cells.set(ym(2023, m), { row: m, col: 1 });
    values.set(ym(2023, m), 200 + m);
  }
  const series: DetectedSeries = {
    code: "INT",
    jobcenter: "JC 1",
    vintage: "t-0",
    values,
    source: { sheet: "JC 1", range: "B2:B10", labelCell: "B1", label: "Integrationen", cells },
  };
  const e: TargetEvaluation = {
    target: DUEREN_2023.targets[0],
    asOf: "2023-06",
    current: 1221,
    previous: 1200,
    change: 21 / 1200,
    met: false,
    status: "atRisk",
    narrowlyMissed: false,
    inYearTarget: 1222.8,
    forecast: { seasonal: 2442, linear: 2442 },
    shortfall: { total: 1.8, perMonth: 0.3 },
    path: [1, 2, 3, 4, 5, 6].map((m) => ({ month: ym(2023, m), actual: 200 * m, inYearTarget: 203.8 * m })),
    missing: [],
  };
  const input: ResultsInput = {
    asOf: "2023-06",
    vintage: "t-0",
    targetSet: DUEREN_2023,
    jobcenters: [{ jobcenter: { key: "05358", name: "JC 1" }, evaluation: { asOf: "2023-06", targets: [e], monitoring: [] }, series: [series] }],
    createdAt: new Date(2026, 10, 25),
  };
  return { book, input };
}

async function measure(book: FakeBook, size: string, action: string, run: () => Promise<unknown>, out: ActionFigures[]): Promise<void> {
  book.resetStats();
  await run();
  const totalBytes = book.stats.reduce((n, s) => n + s.request + s.response, 0);
  const figures: ActionFigures = {
    action,
    size,
    syncs: book.syncs,
    budget: allowedSyncs(totalBytes),
    maxRequestBytes: book.maxRequestBytes,
    maxResponseBytes: book.maxResponseBytes,
    totalBytes,
  };
  if (action === "highlight") figures.rules = book.sheets.reduce((n, s) => n + s.liveRules().length, 0);
  out.push(figures);
}

/**
 * Read, then (where there are results: `input`, or else the workbook's own evaluation against the
 * Düren 2023 targets) highlight, summary, report and remove, in the pane's order.
 */
export async function measureActions(book: FakeBook, size: string, input?: ResultsInput): Promise<ActionFigures[]> {
  const out: ActionFigures[] = [];
  book.install();
  const host = new OfficeHost();
  let data: WorkbookData | null = null;
  await measure(book, size, "read", async () => (data = await host.readWorkbook()), out);
  if (!input) {
    const results = evaluateWorkbook(data!, DUEREN_2023, {});
    if (!results.asOf || results.jobcenters.length === 0) return out;
    input = { asOf: results.asOf, vintage: results.vintage, targetSet: DUEREN_2023, jobcenters: results.jobcenters, createdAt: new Date(2026, 10, 25) };
  }
  const given = input;
  await measure(book, size, "highlight", () => host.applyHighlights(given), out);
  await measure(book, size, "summary", () => host.writeSummarySheet(given), out);
  await measure(book, size, "report", () => host.writeReport(given), out);
  await measure(book, size, "remove", () => host.removeHighlights(), out);
  return out;
}

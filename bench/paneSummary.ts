/**
 * What the user waits for in the REAL task pane: all JavaScript dist/taskpane.html requests until the
 * five Düren targets' summary is on screen, and the time to it. Needs `npm run build:local` first.
 *
 * office.js is replaced by a stub in which `Office.onReady` resolves for Excel (German display language),
 * the custom functions of the shared runtime register into a no-op `CustomFunctions`, and `Excel.run` runs against the project's strict Excel double (test/excel/strictExcel.ts over
 * test/excel/fakeExcel.ts, bundled here for the browser with esbuild) holding the values of
 * samples/kreis-dueren-2021-2023.xlsx as read by the CLI's reader. Counted: the dist/ scripts the page
 * requests until `[data-testid="target-III.2"] [data-status]` shows (the selector of the e2e tests), gzip
 * level 9; timed: navigation to that summary in Chromium, median of 3 after a warm-up. A page that shows
 * no summary within 30 s fails with its console errors, never hangs.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildSync } from "esbuild";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./preview";
import { median } from "./subprocess";
import { startPreviewServer } from "../scripts/preview-server";
import { readXlsxFile } from "../src/xlsx/readXlsxFile";
import type { WorkbookData } from "../src/workbook/types";

const REPO = resolve(__dirname, "..");
const DIST = join(REPO, "dist");
export const DUEREN_SAMPLE = join(REPO, "samples", "kreis-dueren-2021-2023.xlsx");
/** The rendered summary: a target card's status badge (test/e2e/preview.e2e.test.ts). */
export const SUMMARY_SELECTOR = '[data-testid="target-III.2"] [data-status]';
const SUMMARY_TIMEOUT_MS = 30_000;
const RUNS = 3;

/** The strict Excel double as one browser script: `window.__zmExcel = { FakeBook, installExcelEnums }`. */
export function bundleExcelDouble(): string {
  const out = buildSync({
    stdin: {
      contents: `import { FakeBook, installExcelEnums } from "./test/excel/fakeExcel";\n(globalThis as any).__zmExcel = { FakeBook, installExcelEnums };\n`,
      resolveDir: REPO,
      sourcefile: "excelDouble.ts",
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0].text;
}

/** The workbook's sheets as plain JSON for the page (what bookFrom in test/excel/actionFigures.ts fills in). */
export async function duerenSheets(): Promise<WorkbookData["sheets"]> {
  const wb = await readXlsxFile(DUEREN_SAMPLE);
  return wb.sheets.map((s) => ({ name: s.name, origin: s.origin, values: s.values, numberFormats: s.numberFormats, hiddenRows: s.hiddenRows }));
}

/**
 * Page-side script (plain JS, run in the page and by the jest test): a FakeBook holding `sheets`, German,
 * on the web; blank cells (null) stay unwritten, as Excel has them (as bookFrom in test/excel/actionFigures.ts).
 */
export const FILL_BOOK = `function (api, sheets) {
  var book = new api.FakeBook();
  book.locale = "de";
  sheets.forEach(function (s) {
    var ws = book.addSheet(s.name);
    s.values.forEach(function (row, r) {
      row.forEach(function (v, c) {
        if (v === null) return;
        var cell = ws.cell(s.origin.row + r, s.origin.col + c);
        cell.value = v;
        cell.numberFormat = (s.numberFormats && s.numberFormats[r] && s.numberFormats[r][c]) || "General";
      });
    });
    (s.hiddenRows || []).forEach(function (r) { ws.hidden.add(r); });
  });
  return book;
}`;

/** office.js for the page: the double, the Düren book installed as Excel.run, Office ready in German Excel. */
export function officeStub(double: string, sheets: WorkbookData["sheets"]): string {
  return `${double}
;(function () {
  var api = window.__zmExcel;
  var book = (${FILL_BOOK})(api, ${JSON.stringify(sheets)});
  window.Office = {
    onReady: function () { return Promise.resolve({ host: "Excel", platform: "OfficeOnline" }); },
    context: {
      displayLanguage: "de-DE",
      document: { url: "https://example.invalid/kreis-dueren-2021-2023.xlsx" },
      officeTheme: undefined,
      requirements: { isSetSupported: function (set, v) { return set !== "ExcelApi" || Number(String(v).split(".")[1]) <= 17; } },
    },
    HostType: { Excel: "Excel" },
    EventType: {},
  };
  // the shared runtime's page also registers the custom functions (functions.js), as in Excel
  window.CustomFunctions = { associate: function () {}, Error: function (code, message) { this.code = code; this.message = message; } };
  window.Excel = {};
  book.install();
  var run = window.Excel.run;
  window.__zmRuns = 0;
  window.__zmBook = book;
  window.Excel.run = function (a, b) { window.__zmRuns++; return run(a, b); };
})();
`;
}

/** Gzip bytes at level 9: how every script size of the bundle bench is counted. */
export function gz(buf: Buffer): number {
  return gzipSync(buf, { level: 9 }).length;
}

export interface PaneSummary {
  gzip: number;
  raw: number;
  files: string[];
  msMedian: number;
  msRuns: number[];
  excelRuns: number;
  syncs: number;
  /** The page's console errors until the summary showed (first run). */
  consoleErrors: string[];
}

/** Opens the pane once: the dist/ scripts requested until the summary shows, and the milliseconds to it. */
async function openOnce(page: Page, url: string, origin: string): Promise<{ files: string[]; ms: number; excelRuns: number; syncs: number; errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  let done = false;
  page.on("request", (r) => {
    if (done) return;
    const u = new URL(r.url());
    if (u.origin === origin && u.pathname.endsWith(".js")) files.push(u.pathname.replace(/^\//, ""));
  });
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  const start = performance.now();
  await page.goto(url);
  try {
    await page.waitForSelector(SUMMARY_SELECTOR, { timeout: SUMMARY_TIMEOUT_MS });
  } catch {
    const text = ((await page.textContent("body").catch(() => "")) ?? "").replace(/\s+/g, " ").slice(0, 400);
    throw new Error(
      `Aufgabenbereich zeigt nach ${SUMMARY_TIMEOUT_MS / 1000} s keine Zusammenfassung (${SUMMARY_SELECTOR}). ` +
        `Konsolenfehler: ${errors.length ? errors.join(" | ") : "keine"}. Seite: ${text}`,
    );
  }
  const ms = Math.round(performance.now() - start);
  done = true;
  const { excelRuns, syncs } = await page.evaluate(() => {
    const w = window as unknown as { __zmRuns: number; __zmBook: { syncs: number } };
    return { excelRuns: w.__zmRuns, syncs: w.__zmBook.syncs };
  });
  return { files: [...new Set(files)].filter((f) => existsSync(join(DIST, f))), ms, excelRuns, syncs, errors: [...errors] };
}

/** JavaScript and time until the real pane shows the Düren summary with the Excel double behind it. */
export async function paneSummary(): Promise<PaneSummary> {
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/ fehlt – zuerst `npm run build:local`");
  const stub = officeStub(bundleExcelDouble(), await duerenSheets());
  const server = await startPreviewServer({ port: 0, build: false });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const url = server.url.replace("preview.html", "taskpane.html");
    const origin = new URL(server.url).origin;
    const context = await browser.newContext();
    await context.route(/office\.js(\?.*)?$/, (route) => route.fulfill({ contentType: "text/javascript", body: stub }));
    let first: Awaited<ReturnType<typeof openOnce>> | undefined;
    const msRuns: number[] = [];
    // the warm-up (cold cache) gives the file list; then the timed runs, each in a fresh page
    for (let i = 0; i <= RUNS; i++) {
      const page = await context.newPage();
      const once = await openOnce(page, url, origin);
      if (i === 0) first = once;
      else msRuns.push(once.ms);
      await page.close();
    }
    let gzip = 0;
    let raw = 0;
    for (const f of first!.files) {
      const buf = readFileSync(join(DIST, f));
      raw += buf.length;
      gzip += gz(buf);
    }
    return {
      gzip,
      raw,
      files: first!.files,
      msMedian: median(msRuns),
      msRuns,
      excelRuns: first!.excelRuns,
      syncs: first!.syncs,
      consoleErrors: first!.errors,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

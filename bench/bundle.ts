/**
 * Bundle sizes and the pane's first paint. Needs `npm run build:local` first.
 * - First paint: the JavaScript the task pane page loads before it shows the pane, measured in Chromium
 *   on dist/taskpane.html with office.js replaced by a stub (Office ready, Excel never answering), so
 *   only what the first paint needs is requested; parts loaded on demand (pane-*.js) are not – among
 *   them the figures' view with engine and detector (pane-workbook), which loads once a workbook is
 *   read; the time to the rendered summary below includes it.
 * - The floor: a minimal Fluent UI v9 + React 18 page with a dozen typical components
 *   (bench/floor/floor.tsx), compiled here with the add-in's own webpack settings. Budget: ≤ 1,2 × floor.
 * - Every chunk of dist/ as before (raw and gzip), for a look at what loads later.
 * - Beside the ratio: the time from opening the pane to the rendered summary (five Düren targets) in
 *   Chromium, on the preview page (the same pane, reading samples/kreis-dueren-2021-2023.xlsx), median
 *   of 3 runs after a warm-up.
 * Writes `bundle` into bench/results.json.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import type { BenchRow } from "./benchRow";
import { gz, paneSummary } from "./paneSummary";
import { CHROMIUM, CHROMIUM_ARGS, previewSummaryTimes } from "./preview";
import { median } from "./subprocess";
import { recordResults } from "./results";
import { startPreviewServer } from "../scripts/preview-server";

const REPO = resolve(__dirname, "..");
const DIST = join(REPO, "dist");
const BUDGET_RATIO = 1.2;

/** Local script files an HTML page loads, relative to dist/ (external URLs are ignored). */
export function scriptsOf(html: string): string[] {
  const out: string[] = [];
  // minified HTML drops the quotes: <script defer src=taskpane.js>
  for (const m of html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s>]+))[^>]*>/gi)) {
    const src = m[1] ?? m[2] ?? m[3];
    if (/^[a-z]+:\/\//i.test(src) || src.startsWith("//")) continue;
    out.push(src.replace(/^\.?\//, "").split("?")[0]);
  }
  return out;
}

function kb(n: number): string {
  return `${(n / 1024).toLocaleString("de-DE", { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kB`;
}

/** Office as far as the pane's start needs it: ready in Excel, German, Excel.run never answering. */
const OFFICE_STUB = `window.Office = { onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
  context: { displayLanguage: "de-DE", document: { url: "" }, officeTheme: undefined },
  HostType: { Excel: "Excel" }, EventType: {} };
window.Excel = { run: function () { return new Promise(function () {}); } };
window.OfficeRuntime = undefined;`;

/** JavaScript (gzip bytes and files) the task pane page requests until its heading is shown and the network is quiet. */
async function paneFirstPaint(): Promise<{ gzip: number; raw: number; files: string[]; perFile: Record<string, number> }> {
  const server = await startPreviewServer({ port: 0, build: false });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.route(/office\.js(\?.*)?$/, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
    const files: string[] = [];
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.pathname.endsWith(".js") && url.origin === new URL(server.url).origin) files.push(url.pathname.replace(/^\//, ""));
    });
    await page.goto(server.url.replace("preview.html", "taskpane.html"));
    await page.waitForSelector("main h1", { timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    const unique = [...new Set(files)].filter((f) => existsSync(join(DIST, f)));
    let gzip = 0;
    let raw = 0;
    const perFile: Record<string, number> = {};
    for (const f of unique) {
      const buf = readFileSync(join(DIST, f));
      raw += buf.length;
      perFile[f] = gz(buf);
      gzip += perFile[f];
    }
    return { gzip, raw, files: unique, perFile };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Milliseconds from opening the preview page to the rendered summary: median and all runs (./preview). */
async function timeToSummary(): Promise<{ median: number; runs: number[] }> {
  const runs = (await previewSummaryTimes()).map(Math.round);
  return { median: median(runs), runs };
}

/** The floor page compiled with webpack.config.js (production, same loaders and chunk splitting). */
async function floor(): Promise<{ gzip: number; raw: number }> {
  const out = mkdtempSync(join(tmpdir(), "zielmonitor-floor-"));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const makeConfig = require(join(REPO, "webpack.config.js")) as (env: object, options: object) => Promise<Record<string, unknown>>;
    const config = await makeConfig({ localhost: true }, { mode: "production" });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const webpack = require("webpack") as typeof import("webpack");
    const floorConfig = {
      ...config,
      mode: "production",
      context: REPO,
      entry: { floor: "./bench/floor/floor.tsx" },
      output: { ...(config.output as object), path: out, clean: true },
      plugins: [],
      performance: { hints: false },
    } as unknown as import("webpack").Configuration;
    const compiler = webpack(floorConfig);
    await new Promise<void>((res, rej) =>
      compiler.run((err, stats) => {
        if (err) return rej(err);
        if (stats?.hasErrors()) return rej(new Error(stats.toString({ all: false, errors: true })));
        compiler.close(() => res());
      }),
    );
    let gzip = 0;
    let raw = 0;
    for (const f of readdirSync(out).filter((f) => f.endsWith(".js"))) {
      const buf = readFileSync(join(out, f));
      raw += buf.length;
      gzip += gz(buf);
    }
    return { gzip, raw };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchRow[]> {
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/ fehlt – zuerst `npm run build:local`");
  const start = performance.now();
  const [pane, base, summary] = [await paneFirstPaint(), await floor(), await timeToSummary()];
  const ratio = pane.gzip / base.gzip;
  const ms = performance.now() - start;
  const lazy = readdirSync(DIST).filter((f) => f.endsWith(".js") && !pane.files.includes(f) && f !== "preview.js");
  const lazyGzip = lazy.reduce((n, f) => n + gz(readFileSync(join(DIST, f))), 0);
  // the real pane with the Excel double behind it: all JavaScript until the Düren summary shows (./paneSummary.ts)
  const toSummary = await paneSummary();
  const toSummaryRatio = toSummary.gzip / base.gzip;
  recordResults("bundle", {
    firstPaintGzipBytes: pane.gzip,
    firstPaintFiles: pane.files,
    // the same bytes, file by file (which part of the page carries how much)
    firstPaintFileGzipBytes: pane.perFile,
    floorGzipBytes: base.gzip,
    ratio: Number(ratio.toFixed(3)),
    budgetRatio: BUDGET_RATIO,
    laterChunksGzipBytes: lazyGzip,
    summaryMsMedian: summary.median,
    summaryMsRuns: summary.runs,
    toSummaryGzipBytes: toSummary.gzip,
    toSummaryRatio: Number(toSummaryRatio.toFixed(3)),
    toSummaryFiles: toSummary.files,
    toSummaryMsMedian: toSummary.msMedian,
    toSummaryMsRuns: toSummary.msRuns,
    toSummaryExcelRuns: toSummary.excelRuns,
    toSummarySyncs: toSummary.syncs,
  });
  return [
    {
      name: "Task Pane: JavaScript bis zur ersten Anzeige",
      unit: `${pane.files.length} Dateien, gzip`,
      iterations: 1,
      totalMs: ms,
      figure: kb(pane.gzip),
      note: `roh ${kb(pane.raw)}; nachgeladen bei Bedarf (auch Vorschau-Chunks) ${kb(lazyGzip)} gzip`,
    },
    { name: "Boden: minimale Fluent-v9-Seite (ein Dutzend Komponenten)", unit: "gzip", iterations: 1, totalMs: ms, figure: kb(base.gzip), note: `roh ${kb(base.raw)}` },
    {
      name: "Erste Anzeige ÷ Boden",
      unit: "Verhältnis gzip",
      iterations: 1,
      totalMs: ms,
      figure: `${ratio.toFixed(2).replace(".", ",")} ×`,
      budget: `≤ ${BUDGET_RATIO.toFixed(1).replace(".", ",")} ×`,
      ok: ratio <= BUDGET_RATIO,
      note: `Zusammenfassung gezeigt nach ${summary.median} ms (Median; Chromium, Vorschau mit Düren-Beispiel)`,
    },
    {
      name: "Task Pane: Öffnen bis Zusammenfassung (Chromium)",
      unit: `Median von ${summary.runs.length}`,
      iterations: 1,
      totalMs: ms,
      figure: `${summary.median} ms`,
      note: `Läufe ${summary.runs.join(", ")} ms`,
    },
    {
      name: "JS bis zur Zusammenfassung (Aufgabenbereich)",
      unit: `${toSummary.files.length} Dateien, gzip`,
      iterations: 1,
      totalMs: ms,
      figure: `${kb(toSummary.gzip)} = ${toSummaryRatio.toFixed(2).replace(".", ",")} × Boden`,
      budget: `≤ ${BUDGET_RATIO.toFixed(1).replace(".", ",")} ×`,
      ok: toSummaryRatio <= BUDGET_RATIO,
      note: `roh ${kb(toSummary.raw)}; ${toSummary.files.join(", ")}`,
    },
    {
      name: "Zeit bis zur Zusammenfassung (Aufgabenbereich, Excel-Doppel)",
      unit: `Median von ${toSummary.msRuns.length}`,
      iterations: 1,
      totalMs: ms,
      figure: `${toSummary.msMedian} ms`,
      note: `Läufe ${toSummary.msRuns.join(", ")} ms; ${toSummary.excelRuns} Excel.run, ${toSummary.syncs} syncs; Konsolenfehler: ${toSummary.consoleErrors.join(" | ") || "keine"}`,
    },
  ];
}

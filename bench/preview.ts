/**
 * Time from opening the preview page to the rendered summary (five Düren targets) in headless Chromium,
 * served by the preview server from dist/. Needs `npm run build` and /usr/bin/chromium.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startPreviewServer } from "../scripts/preview-server";
import type { BenchRow } from "./benchRow";
import { recordResults } from "./results";
import { median } from "./subprocess";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

const RUNS = 3;

/** Milliseconds from opening the preview page to the rendered summary, one per run after a warm-up (disk cache of the browser, JIT), each in a fresh page. */
export async function previewSummaryTimes(runs = RUNS): Promise<number[]> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} fehlt`);
  const server = await startPreviewServer({ port: 0, build: false });
  const profile = mkdtempSync(join(tmpdir(), "zielmonitor-bench-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(server.url);
      await page.waitForSelector('[data-testid="target-III.2"] [data-status]', { timeout: 120_000 });
      if (i > 0) times.push(performance.now() - start);
      await page.close();
    }
    return times;
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchRow[]> {
  const times = await previewSummaryTimes();
  const total = times.reduce((a, b) => a + b, 0);
  recordResults("preview", { summaryMsMedian: Math.round(median(times)), summaryMsMin: Math.round(Math.min(...times)), runs: times.length });
  return [
    {
      name: "Vorschau: Öffnen bis Zusammenfassung (Chromium)",
      unit: "Seite laden, .xlsx lesen, erkennen, auswerten",
      iterations: times.length,
      totalMs: total,
      note: `min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
    },
  ];
}

/**
 * Production bundle sizes, raw and gzipped: the task pane (every script taskpane.html loads, without the
 * custom-functions chunk), the functions chunk on its own, the preview page, and chunks loaded later.
 * Needs `npm run build` first.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchRow } from "./benchRow";

const DIST = resolve(__dirname, "..", "dist");

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

function sizes(files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(DIST, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip };
}

function kb(n: number): string {
  return `${(n / 1024).toLocaleString("de-DE", { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kB`;
}

function row(name: string, files: string[], ms: number): BenchRow {
  const s = sizes(files);
  return { name, unit: `${files.length} JS-Datei(en)`, iterations: 1, totalMs: ms, note: `roh ${kb(s.raw)}, gzip ${kb(s.gzip)}` };
}

function allJs(dir = DIST, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...allJs(join(dir, e.name), rel));
    else if (e.name.endsWith(".js")) out.push(rel);
  }
  return out;
}

export async function run(): Promise<BenchRow[]> {
  const taskpaneHtml = join(DIST, "taskpane.html");
  const previewHtml = join(DIST, "preview.html");
  if (!existsSync(taskpaneHtml) || !existsSync(previewHtml)) throw new Error("dist/ fehlt – zuerst `npm run build`");
  const start = performance.now();
  const isFunctions = (f: string) => /(^|\/)functions[.-]/.test(f) || /custom-?functions/i.test(f);
  const pane = scriptsOf(readFileSync(taskpaneHtml, "utf8")).filter((f) => f.endsWith(".js") && !isFunctions(f) && existsSync(join(DIST, f)));
  const preview = scriptsOf(readFileSync(previewHtml, "utf8")).filter((f) => f.endsWith(".js") && existsSync(join(DIST, f)));
  const js = allJs();
  const functions = js.filter(isFunctions);
  const referenced = new Set([...pane, ...preview, ...functions]);
  for (const html of readdirSync(DIST).filter((f) => f.endsWith(".html"))) for (const s of scriptsOf(readFileSync(join(DIST, html), "utf8"))) referenced.add(s);
  const lazy = js.filter((f) => !referenced.has(f) && statSync(join(DIST, f)).size > 0);
  const ms = () => performance.now() - start;
  // chunks no page names are loaded later by the task pane (the Excel host); they count for the pane
  const paneAll = [...pane, ...lazy];
  const paneRow = row("Bundle Task Pane (taskpane.html ohne functions, mit nachgeladenen Chunks)", paneAll, ms());
  if (lazy.length > 0) paneRow.note += `; davon nachgeladen ${kb(sizes(lazy).raw)}`;
  const rows: BenchRow[] = [paneRow];
  rows.push(
    functions.length > 0
      ? row("Bundle Custom Functions", functions, ms())
      : { name: "Bundle Custom Functions", unit: "nicht gefunden", iterations: 0, totalMs: 0 },
  );
  rows.push(row("Bundle Vorschau (preview.html)", preview, ms()));
  return rows;
}

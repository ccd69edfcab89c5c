/**
 * Private by construction: scans the production bundle in dist/ (`npm test` builds it first) for
 * network APIs and external URLs. Every hit must be on the allow-list below, each with its reason;
 * anything new fails the test until someone has looked at it and justified it here.
 */
import fs from "fs";
import path from "path";

const DIST = path.resolve(__dirname, "../../dist");

/** Network APIs, as they appear in minified code. */
const NETWORK_APIS: Array<[string, RegExp]> = [
  ["fetch", /\bfetch\s*\(/g],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/g],
  ["WebSocket", /\bWebSocket\b/g],
  ["sendBeacon", /\bsendBeacon\b/g],
  ["EventSource", /\bEventSource\b/g],
  ["importScripts", /\bimportScripts\s*\(/g],
  ["remote import()", /\bimport\s*\(\s*["'`]\s*(https?:)?\/\//g],
  ["Worker", /\bnew\s+(Shared)?Worker\s*\(/g],
  ["window.open", /\.open\s*\(\s*["'`]https?:/g],
];

/**
 * Allowed uses of a network API: [file pattern, API, reason].
 * - The preview's fetch loads the workbook named by ?file= from the preview server's own origin
 *   (src/preview/PreviewApp.tsx refuses any other origin; the page's CSP connect-src is 'self').
 */
const ALLOWED_APIS: Array<[RegExp, string, string]> = [[/^preview\.js$/, "fetch", "same-origin ?file= workbook of the browser preview"]];

/**
 * Allowed URL prefixes: [prefix, files it may appear in, reason]. None of them is ever requested.
 */
const ALLOWED_URLS: Array<[string, RegExp, string]> = [
  ["http://www.w3.org/", /.*/, "XML, XHTML, SVG, MathML and xmlns namespace names (React DOM, XML parsers): identifiers, never fetched"],
  ["http://schemas.openxmlformats.org/", /.*/, "Office Open XML namespaces and relationship types written into .xlsx files: identifiers"],
  ["http://schemas.microsoft.com/office/", /.*/, "Microsoft's Office XML namespaces (spreadsheetml extensions): identifiers"],
  ["http://purl.org/dc/", /.*/, "Dublin Core namespaces of an .xlsx's core properties: identifiers"],
  ["https://reactjs.org/docs/error-decoder.html", /.*/, "text of React's minified production error messages, shown, never fetched"],
  ["https://react.dev/errors/", /.*/, "text of React's minified production error messages (newer React), never fetched"],
  ["https://github.com/", /^(exceljs|\d+)(\.[0-9a-f]+)?\.js$/, "links in error messages and licence notes of ExcelJS's dependencies (preview chunk only)"],
  ["https://stuk.github.io/jszip/", /^(exceljs|\d+)(\.[0-9a-f]+)?\.js$/, "link in a JSZip error message (preview chunk only)"],
  ["https://fb.me/", /.*/, "React's shortened documentation links in warnings, never fetched"],
];

/** Chunks that run inside Office (and must stay the strictest). */
const OFFICE_FILES = /^(taskpane|functions|excel-host)/;

function scripts(): string[] {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) throw new Error("dist/ fehlt: erst `npm run build:local` ausführen (npm test baut vorher).");
  return fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
}

test("dist/ holds the bundles the scan is about", () => {
  const files = scripts();
  for (const f of ["taskpane.js", "functions.js", "preview.js"]) expect(files).toContain(f);
});

test("no network API in the bundles apart from the justified ones", () => {
  const found: string[] = [];
  for (const file of scripts()) {
    const code = fs.readFileSync(path.join(DIST, file), "utf8");
    for (const [api, re] of NETWORK_APIS)
      for (const m of code.matchAll(re)) {
        if (ALLOWED_APIS.some(([f, a]) => f.test(file) && a === api)) continue;
        found.push(`${file}: ${api} … ${code.slice(Math.max(0, m.index! - 40), m.index! + 60)}`);
      }
  }
  expect(found).toEqual([]);
});

test("the bundles that run in Office use no network API at all", () => {
  for (const file of scripts().filter((f) => OFFICE_FILES.test(f))) {
    const code = fs.readFileSync(path.join(DIST, file), "utf8");
    for (const [api, re] of NETWORK_APIS) expect([file, api, re.test(code)]).toEqual([file, api, false]);
  }
});

test("no external URL in the bundles apart from namespace names and message texts", () => {
  const found: string[] = [];
  for (const file of scripts()) {
    const code = fs.readFileSync(path.join(DIST, file), "utf8");
    for (const m of code.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`\\)<>]*/g)) {
      const url = m[0];
      if (url === "http://" || url === "https://") continue; // scheme prefixes in URL checks, e.g. "https://".length
      if (ALLOWED_URLS.some(([prefix, files]) => url.startsWith(prefix) && files.test(file))) continue;
      found.push(`${file}: ${url}`);
    }
  }
  expect(found).toEqual([]);
});

test("no external fonts, style sheets or protocol-relative loads in pages and styles", () => {
  const files = fs.readdirSync(DIST, { recursive: true }) as string[];
  const pages = files.filter((f) => /\.(html|css)$/.test(f) && !f.startsWith("office-js"));
  expect(pages).toEqual(expect.arrayContaining(["taskpane.html", "preview.html"]));
  for (const page of pages) {
    const text = fs.readFileSync(path.join(DIST, page), "utf8");
    expect([page, /@font-face|@import|fonts\.googleapis|<link[^>]+https?:|url\(\s*["']?(https?:)?\/\//i.test(text)]).toEqual([page, false]);
    expect([page, /(src|href)=["']?\/\//i.test(text)]).toEqual([page, false]);
  }
  const js = scripts().map((f) => fs.readFileSync(path.join(DIST, f), "utf8"));
  for (const code of js) expect(/@font-face|fonts\.googleapis|fonts\.gstatic|static2\.sharepointonline\.com/.test(code)).toBe(false);
});

test("the command-line bundle (dist-cli/) loads no network module and calls no network API", () => {
  const cliDir = path.resolve(__dirname, "../../dist-cli");
  if (!fs.existsSync(path.join(cliDir, "zielmonitor.mjs"))) throw new Error("dist-cli/ fehlt: erst `npm run build:cli` ausführen (npm test baut vorher).");
  const found: string[] = [];
  for (const file of fs.readdirSync(cliDir).filter((f) => /\.[cm]?js$/.test(f))) {
    const code = fs.readFileSync(path.join(cliDir, file), "utf8");
    for (const m of code.matchAll(/["'](node:)?(http|https|http2|net|tls|dgram|dns|child_process)["']/g)) found.push(`${file}: module ${m[0]}`);
    for (const [api, re] of NETWORK_APIS) for (const m of code.matchAll(re)) found.push(`${file}: ${api} … ${code.slice(Math.max(0, m.index! - 40), m.index! + 60)}`);
  }
  expect(found).toEqual([]);
});

/**
 * `npm run preview [-- mappe.xlsx]`: builds dist/ when dist/preview.html is missing or older than src/,
 * then serves dist/, samples/ and the one workbook named on the command line (at /mappe/<name>) over plain
 * http on 127.0.0.1 (no certificates, no external requests).
 * Port: --port N, or PORT; without either 3001 if it is free, else any free port (the URL is printed); 0
 * picks a free port (tests, bench). A port given explicitly that is taken is refused with a message.
 * Hardening (the data are social-benefit figures): answers only on 127.0.0.1 and only to requests whose
 * Host is localhost or 127.0.0.1 on its own port (DNS rebinding); serves only regular files inside its
 * folders after resolving symbolic links (no traversal, no symlink out); GET and HEAD only, no request
 * bodies (uploads are refused: 413), small headers, short timeouts; a Content-Security-Policy that allows
 * only its own origin on every answer.
 */
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, extname, join, normalize, resolve, sep } from "node:path";
import { contentSecurityPolicy } from "./csp";

export const REPO = resolve(__dirname, "..");
export const DIST = join(REPO, "dist");
export const SAMPLES = join(REPO, "samples");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".txt": "text/plain; charset=utf-8",
};

function newestMtime(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether dist/preview.html is missing or older than any source file. */
export function needsBuild(): boolean {
  const html = join(DIST, "preview.html");
  if (!existsSync(html)) return true;
  return newestMtime(join(REPO, "src")) > statSync(html).mtimeMs;
}

/** Own origin only: the pages' own policy (scripts/csp.js), sent as a header. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy({ header: true });

/** The task pane page also loads office.js from Microsoft's host (as its own meta policy says). */
const TASKPANE_POLICY = contentSecurityPolicy({ officeJsHost: true, header: true });

/** URL path under which the workbook chosen on the command line is served. */
export const WORKBOOK_PREFIX = "/mappe/";

export function build(): void {
  const r = spawnSync("npx", ["webpack", "--mode", "production", "--env", "localhost"], { cwd: REPO, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`webpack build failed (exit ${r.status})`);
}

/** Whether `file` lies inside `root` (both absolute and normalised). */
function inside(root: string, file: string): boolean {
  return file === root || file.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** Maps a URL path to a file under dist/ or samples/, refusing anything outside them (before links are resolved). */
export function resolvePath(urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (path.includes("\0")) return null;
  if (path === "/" || path === "") path = "/preview.html";
  const [root, rest] = path.startsWith("/samples/") ? [SAMPLES, path.slice("/samples/".length)] : [DIST, path.slice(1)];
  const file = normalize(join(root, rest));
  if (file === root || !inside(root, file)) return null;
  return file;
}

/** The regular file behind `file` when it is still inside `root` after resolving every symbolic link. */
export function realFileInside(root: string, file: string): string | null {
  try {
    const real = realpathSync(file);
    return inside(realpathSync(root), real) && statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Whether the Host header names this server (localhost or 127.0.0.1 on its port): refuses DNS rebinding. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `localhost:${port}` || host === `127.0.0.1:${port}`;
}

interface Served {
  port: number;
  /** The workbook chosen on the command line: URL path → real file. */
  workbook?: { path: string; file: string };
}

function refuse(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", Connection: "close", ...headers }).end(text);
}

function serve(state: Served, req: IncomingMessage, res: ServerResponse): void {
  if (!hostAllowed(req.headers.host, state.port)) return refuse(res, 421, "Falscher Host / wrong host");
  if (req.method !== "GET" && req.method !== "HEAD") return refuse(res, 405, "Nur GET und HEAD / only GET and HEAD", { Allow: "GET, HEAD" });
  if (req.headers["transfer-encoding"] || Number(req.headers["content-length"] ?? 0) > 0) return refuse(res, 413, "Keine Uploads / no uploads");
  let urlPath: string;
  try {
    urlPath = decodeURIComponent((req.url ?? "/").split("?")[0]);
  } catch {
    return refuse(res, 404, "Nicht gefunden");
  }
  let file: string | null = null;
  if (state.workbook && urlPath === state.workbook.path) file = state.workbook.file;
  else {
    const candidate = resolvePath(req.url ?? "/");
    if (candidate) file = realFileInside(candidate.startsWith(SAMPLES + sep) ? SAMPLES : DIST, candidate);
  }
  if (!file) return refuse(res, 404, "Nicht gefunden");
  res.writeHead(200, {
    "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": statSync(file).size,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": file === join(DIST, "taskpane.html") ? TASKPANE_POLICY : CONTENT_SECURITY_POLICY,
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Resource-Policy": "same-origin",
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(file).pipe(res);
}

export interface PreviewServer {
  /** The preview page; with a workbook, already opening it (?file=…). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the server on 127.0.0.1. `build: "if-needed"` (default for the CLI) runs webpack when stale;
 * `build: false` (tests, bench) fails with a clear message when dist/preview.html is missing.
 */
export async function startPreviewServer(
  options: { port?: number; build?: "if-needed" | false; workbook?: string; /** used when `port` is not given; any free port when taken */ preferredPort?: number } = {},
): Promise<PreviewServer> {
  if (options.build === "if-needed" && needsBuild()) build();
  if (!existsSync(join(DIST, "preview.html"))) throw new Error("dist/preview.html fehlt – bitte zuerst `npm run build:local` ausführen.");
  const state: Served = { port: 0 };
  if (options.workbook !== undefined) {
    let file: string;
    try {
      file = realpathSync(options.workbook);
    } catch {
      throw new Error(`Arbeitsmappe "${options.workbook}" nicht gefunden`);
    }
    if (!statSync(file).isFile()) throw new Error(`"${options.workbook}" ist keine Datei`);
    state.workbook = { path: WORKBOOK_PREFIX + basename(file), file };
  }
  const server = createServer({ maxHeaderSize: 16 * 1024, requestTimeout: 30_000, headersTimeout: 10_000 }, (req, res) => serve(state, req, res));
  const listen = (port: number) =>
    new Promise<void>((ok, fail) => {
      server.once("error", fail);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", fail);
        ok();
      });
    });
  try {
    await listen(options.port ?? options.preferredPort ?? DEFAULT_PORT);
  } catch (e) {
    const taken = (e as NodeJS.ErrnoException).code === "EADDRINUSE";
    // the usual port is only a preference: never assume it is free
    if (taken && options.port === undefined) await listen(0);
    else if (taken) throw new Error(`Port ${options.port} ist belegt – einen anderen mit --port N wählen oder --port 0 für einen freien. / Port ${options.port} is in use.`);
    else throw e;
  }
  const port = (server.address() as AddressInfo).port;
  state.port = port;
  const query = state.workbook ? `?file=${encodeURIComponent(WORKBOOK_PREFIX + encodeURIComponent(basename(state.workbook.file)))}` : "";
  return {
    url: `http://localhost:${port}/preview.html${query}`,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

/** The port the preview prefers when none is given (any free one when it is taken). */
const DEFAULT_PORT = 3001;

function portFromArgs(argv: string[]): number | undefined {
  const i = argv.indexOf("--port");
  const raw = i >= 0 ? argv[i + 1] : (argv.find((a) => a.startsWith("--port="))?.slice(7) ?? process.env.PORT);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`Ungültiger Port: ${raw}`);
  return n;
}

/** The workbook named on the command line (the one argument that is neither --port nor its value). */
function workbookFromArgs(argv: string[]): string | undefined {
  const rest = argv.filter((a, i) => !a.startsWith("--port") && argv[i - 1] !== "--port");
  if (rest.length > 1) throw new Error(`Nur eine Arbeitsmappe, nicht: ${rest.join(" ")}`);
  return rest[0];
}

if (process.argv[1] && /preview-server\.[cm]?[jt]s$/.test(process.argv[1])) {
  Promise.resolve()
    .then(() => {
      const argv = process.argv.slice(2);
      return startPreviewServer({ port: portFromArgs(argv), build: "if-needed", workbook: workbookFromArgs(argv) });
    })
    .then((s) => {
      console.log(`Zielmonitor-Vorschau: ${s.url}`);
      console.log("Beenden mit Strg+C.");
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}

/**
 * `npm run preview`: builds dist/ when dist/preview.html is missing or older than src/, then serves
 * dist/ and samples/ over plain http on 127.0.0.1 (no certificates, no external requests).
 * Port: --port N, or PORT, default 3001; 0 picks a free port (tests, bench).
 */
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

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

export function build(): void {
  const r = spawnSync("npx", ["webpack", "--mode", "production"], { cwd: REPO, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`webpack build failed (exit ${r.status})`);
}

/** Maps a URL path to a file under dist/ or samples/, refusing anything outside them. */
export function resolvePath(urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (path === "/" || path === "") path = "/preview.html";
  const [root, rest] = path.startsWith("/samples/") ? [SAMPLES, path.slice("/samples/".length)] : [DIST, path.slice(1)];
  const file = normalize(join(root, rest));
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

function serve(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const file = resolvePath(req.url ?? "/");
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Nicht gefunden");
    return;
  }
  res.writeHead(200, {
    "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": statSync(file).size,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(file).pipe(res);
}

export interface PreviewServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts the server on 127.0.0.1. `build: "if-needed"` (default for the CLI) runs webpack when stale;
 * `build: false` (tests, bench) fails with a clear message when dist/preview.html is missing.
 */
export async function startPreviewServer(options: { port?: number; build?: "if-needed" | false } = {}): Promise<PreviewServer> {
  if (options.build === "if-needed" && needsBuild()) build();
  if (!existsSync(join(DIST, "preview.html"))) throw new Error("dist/preview.html fehlt – bitte zuerst `npm run build` ausführen.");
  const server = createServer(serve);
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 3001, "127.0.0.1", () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/preview.html`,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

function portFromArgs(argv: string[]): number {
  const i = argv.indexOf("--port");
  const raw = i >= 0 ? argv[i + 1] : (argv.find((a) => a.startsWith("--port="))?.slice(7) ?? process.env.PORT);
  const n = raw === undefined ? 3001 : Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`Ungültiger Port: ${raw}`);
  return n;
}

if (process.argv[1] && /preview-server\.[cm]?[jt]s$/.test(process.argv[1])) {
  startPreviewServer({ port: portFromArgs(process.argv.slice(2)), build: "if-needed" })
    .then((s) => {
      console.log(`Zielmonitor-Vorschau: ${s.url}`);
      console.log("Beenden mit Strg+C.");
    })
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}

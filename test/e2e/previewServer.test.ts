/**
 * The preview server: serves dist/, samples/ and the one workbook the user named, on 127.0.0.1 only,
 * nothing outside them (no traversal, no symlink out), only to its own Host, no uploads, with a CSP.
 * Needs `npm run build:local`.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { sameOriginUrl } from "../../src/preview/sameOrigin";
import { DIST, REPO, hostAllowed, resolvePath, startPreviewServer, type PreviewServer } from "../../scripts/preview-server";

interface Answer {
  status: number;
  type: string;
  length: number;
  headers: Record<string, string | string[] | undefined>;
}

function get(port: number, path: string, options: { host?: string; method?: string; body?: Buffer; address?: string } = {}): Promise<Answer> {
  return new Promise((ok, fail) => {
    const headers: Record<string, string> = { Host: options.host ?? `localhost:${port}` };
    if (options.body) headers["Content-Length"] = String(options.body.length);
    const req = request({ host: options.address ?? "127.0.0.1", port, path, method: options.method ?? "GET", headers }, (res) => {
      let length = 0;
      res.on("data", (c: Buffer) => (length += c.length));
      res.on("end", () => ok({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), length, headers: res.headers }));
    });
    req.on("error", fail);
    if (options.body) req.write(options.body);
    req.end();
  });
}

test("resolvePath keeps requests inside dist/ and samples/", () => {
  expect(resolvePath("/")).toBe(join(DIST, "preview.html"));
  expect(resolvePath("/samples/kreis-dueren-2021-2023.xlsx")).toBe(join(REPO, "samples", "kreis-dueren-2021-2023.xlsx"));
  expect(resolvePath("/%2e%2e/package.json")).toBeNull();
  expect(resolvePath("/samples/%2e%2e/package.json")).toBeNull();
  expect(resolvePath("/%E0%A4%A")).toBeNull();
});

describe("server", () => {
  let server: PreviewServer;
  beforeAll(async () => {
    if (!existsSync(join(DIST, "preview.html"))) throw new Error("dist/preview.html fehlt: erst `npm run build` ausführen.");
    server = await startPreviewServer({ port: 0, build: false });
  });
  afterAll(() => server?.close());

  it("prints a localhost URL on the chosen port and serves the page, its scripts and the samples", async () => {
    expect(server.url).toBe(`http://localhost:${server.port}/preview.html`);
    const page = await get(server.port, "/preview.html");
    expect(page.status).toBe(200);
    expect(page.type).toContain("text/html");
    expect((await get(server.port, "/preview.js")).type).toContain("text/javascript");
    const sample = await get(server.port, "/samples/kreis-dueren-2021-2023.xlsx");
    expect(sample.status).toBe(200);
    expect(sample.length).toBeGreaterThan(1000);
  });

  it("answers 404 outside its folders", async () => {
    expect((await get(server.port, "/../package.json")).status).toBe(404);
    expect((await get(server.port, "/%2e%2e/package.json")).status).toBe(404);
    expect((await get(server.port, "/%2e%2e%2fpackage.json")).status).toBe(404);
    expect((await get(server.port, "/samples/..%2f..%2fpackage.json")).status).toBe(404);
    expect((await get(server.port, "/fehlt.js")).status).toBe(404);
    expect((await get(server.port, "/mappe/kreis-dueren-2021-2023.xlsx")).status).toBe(404); // no workbook chosen
  });

  it("follows no symbolic link out of its folders", async () => {
    const outside = join(mkdtempSync(join(tmpdir(), "zm-secret-")), "geheim.txt");
    writeFileSync(outside, "Sozialdaten");
    const link = join(DIST, `zm-link-${process.pid}.txt`);
    symlinkSync(outside, link);
    try {
      expect((await get(server.port, `/zm-link-${process.pid}.txt`)).status).toBe(404);
    } finally {
      rmSync(link);
    }
  });

  it("answers only to its own Host (DNS rebinding) and puts a CSP on every answer", async () => {
    expect((await get(server.port, "/preview.html", { host: `127.0.0.1:${server.port}` })).status).toBe(200);
    for (const host of ["evil.example", `evil.example:${server.port}`, "localhost", `localhost:${server.port + 1}`, `localhost.evil.example:${server.port}`])
      expect([host, (await get(server.port, "/preview.html", { host })).status]).toEqual([host, 421]);
    expect(hostAllowed(undefined, server.port)).toBe(false);
    const page = await get(server.port, "/preview.html");
    expect(page.headers["content-security-policy"]).toMatch(/default-src 'self'/);
    expect(String(page.headers["content-security-policy"])).not.toMatch(/https?:/);
  });

  it("refuses uploads and other methods", async () => {
    expect((await get(server.port, "/preview.html", { method: "POST", body: Buffer.alloc(10) })).status).toBe(405);
    expect((await get(server.port, "/preview.html", { method: "PUT", body: Buffer.alloc(10) })).status).toBe(405);
    expect((await get(server.port, "/preview.html", { body: Buffer.alloc(100_000) })).status).toBe(413);
  });

  it("listens on 127.0.0.1 only", async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === "IPv4" && !a.internal);
    if (!external) return; // no other interface on this machine: nothing else to reach
    await expect(get(server.port, "/preview.html", { address: external.address })).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe("server with a workbook chosen on the command line", () => {
  let server: PreviewServer;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "zm-wahl-"));
    copyFileSync(join(REPO, "samples", "kreis-dueren-2021-2023.xlsx"), join(dir, "Meine Mappe.xlsx"));
    writeFileSync(join(dir, "nachbar.xlsx"), "andere Datei");
    server = await startPreviewServer({ port: 0, build: false, workbook: join(dir, "Meine Mappe.xlsx") });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves that one file and opens it, nothing else from its folder", async () => {
    expect(server.url).toBe(`http://localhost:${server.port}/preview.html?file=%2Fmappe%2FMeine%2520Mappe.xlsx`);
    const file = new URL(server.url).searchParams.get("file")!;
    const wb = await get(server.port, file);
    expect(wb.status).toBe(200);
    expect(wb.length).toBeGreaterThan(1000);
    expect((await get(server.port, "/mappe/nachbar.xlsx")).status).toBe(404);
    expect((await get(server.port, "/mappe/..%2Fnachbar.xlsx")).status).toBe(404);
  });

  it("refuses a workbook that does not exist", async () => {
    await expect(startPreviewServer({ port: 0, build: false, workbook: join(dir, "fehlt.xlsx") })).rejects.toThrow(/nicht gefunden/);
  });
});

describe("the preview's port", () => {
  // a port taken by another program: found by asking the system for a free one (port 0), never assumed
  let busy: Server;
  let busyPort: number;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((ok) => busy.listen(0, "127.0.0.1", () => ok()));
    busyPort = (busy.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((ok) => busy.close(() => ok())));

  it("moves to a free port when the usual one is taken", async () => {
    const server = await startPreviewServer({ preferredPort: busyPort, build: false });
    try {
      expect(server.port).not.toBe(busyPort);
      expect(server.url).toBe(`http://localhost:${server.port}/preview.html`);
      expect((await get(server.port, "/preview.html")).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("refuses a port given explicitly that is taken, saying so", async () => {
    await expect(startPreviewServer({ port: busyPort, build: false })).rejects.toThrow(`Port ${busyPort} ist belegt`);
  });
});

test("the preview page opens only same-origin workbooks from ?file=", () => {
  // an origin as a string only: nothing listens on it
  const origin = "http://vorschau.test:8080";
  expect(sameOriginUrl("samples/a.xlsx", origin)).toBe("http://vorschau.test:8080/samples/a.xlsx");
  expect(sameOriginUrl("/mappe/x.xlsx", origin)).toBe("http://vorschau.test:8080/mappe/x.xlsx");
  for (const bad of ["https://evil.example/a.xlsx", "//evil.example/a.xlsx", "http://vorschau.test:8081/a.xlsx", "https://vorschau.test:8080/a.xlsx", "http://127.0.0.1:8080/a.xlsx", "data:,x", "javascript:alert(1)", "file:///etc/passwd", "http://[::1"])
    expect([bad, sameOriginUrl(bad, origin)]).toEqual([bad, null]);
});

/** The preview server: serves dist/ and samples/ on 127.0.0.1 only, nothing outside them. Needs `npm run build`. */
import { existsSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { DIST, REPO, resolvePath, startPreviewServer, type PreviewServer } from "../../scripts/preview-server";

function get(port: number, path: string): Promise<{ status: number; type: string; length: number }> {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method: "GET" }, (res) => {
      let length = 0;
      res.on("data", (c: Buffer) => (length += c.length));
      res.on("end", () => ok({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), length }));
    });
    req.on("error", fail);
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
    expect((await get(server.port, "/fehlt.js")).status).toBe(404);
  });
});

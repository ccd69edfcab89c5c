/**
 * Runs the real webpack configuration (with stand-in task pane and preview entries, so that only the
 * shell is under test) into a temporary folder: functions.json and functions-de.json, the associate
 * calls, the one shared-runtime page, and the rule that ExcelJS never reaches an Office bundle.
 */
import fs from "fs";
import os from "os";
import path from "path";
import vm from "vm";
import webpack from "webpack";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(__dirname, "fixtures");

const factory = require(path.join(ROOT, "webpack.config.js")) as (env: Record<string, unknown>, options: { mode: string }) => Promise<webpack.Configuration>;

interface BuildResult {
  dir: string;
  errors: string[];
}

async function build(mode: "production" | "development", entries: { taskpane: string; preview: string }): Promise<BuildResult> {
  const config = await factory({ localhost: true }, { mode });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zielmonitor-build-"));
  config.mode = mode;
  config.context = ROOT;
  config.devtool = false;
  // the stand-ins take the entries' places and keep their options (the pane depends on functions.js)
  const real = config.entry as Record<string, string | { import: string }>;
  const swap = (name: "taskpane" | "preview") => {
    const e = real[name];
    return typeof e === "string" ? entries[name] : { ...e, import: entries[name] };
  };
  config.entry = { ...real, taskpane: swap("taskpane"), preview: swap("preview") };
  config.output = { ...config.output, path: dir };
  config.infrastructureLogging = { level: "error" };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err || !stats) return reject(err ?? new Error("no stats"));
      const errors = stats.toJson({ all: false, errors: true }).errors?.map((e) => e.message) ?? [];
      resolve({ dir, errors });
    });
  });
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), "utf8");

describe("production build of the add-in shell", () => {
  let out: BuildResult;
  beforeAll(async () => {
    out = await build("production", { taskpane: path.join(FIXTURES, "taskpane.ts"), preview: path.join(FIXTURES, "preview.ts") });
  }, 180000);
  afterAll(() => fs.rmSync(out.dir, { recursive: true, force: true }));

  it("builds without errors and writes the files the manifest names", () => {
    expect(out.errors).toEqual([]);
    for (const f of [
      "taskpane.html",
      "preview.html",
      "functions.js",
      "taskpane.js",
      "preview.js",
      "functions.json",
      "functions-de.json",
      "manifest.xml",
      "assets/icon-16.png",
      "assets/icon-80.png",
      "hilfe/index.html",
    ])
      expect([f, fs.existsSync(path.join(out.dir, f))]).toEqual([f, true]);
    // without ZIELMONITOR_URL the manifest is copied unchanged
    expect(read(out.dir, "manifest.xml")).toBe(read(ROOT, "manifest.xml"));
  });

  it("emits English and German metadata with the same ids", () => {
    const en = JSON.parse(read(out.dir, "functions.json")) as { functions: Array<{ id: string; name: string }> };
    const de = JSON.parse(read(out.dir, "functions-de.json")) as { functions: Array<{ id: string; name: string }> };
    expect(de.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    expect(en.functions.find((f) => f.id === "K2CHANGE")?.name).toBe("K2CHANGE");
    // The same names in every locale (docs/functions.md: German names set via Range.formulas give #NAME?).
    expect(de.functions.find((f) => f.id === "K2CHANGE")?.name).toBe("K2CHANGE");
  });

  it("registers every function in functions.js, which makes no network calls", () => {
    const js = read(out.dir, "functions.js");
    const en = JSON.parse(read(out.dir, "functions.json")) as { functions: Array<{ id: string }> };
    for (const { id } of en.functions) expect([id, js.includes(`CustomFunctions.associate("${id}"`)]).toEqual([id, true]);
    expect(js).not.toMatch(/https?:\/\/|fetch\(|XMLHttpRequest|WebSocket/);
  });

  it("runs functions.js on its own: no other chunk needed to register the functions", () => {
    const js = read(out.dir, "functions.js");
    const ids: string[] = [];
    const sandbox: Record<string, unknown> = { CustomFunctions: { associate: (id: string) => ids.push(id), Error: class {}, ErrorCode: {} } };
    sandbox.self = sandbox;
    vm.runInNewContext(js, sandbox);
    const en = JSON.parse(read(out.dir, "functions.json")) as { functions: Array<{ id: string }> };
    expect(ids.sort()).toEqual(en.functions.map((f) => f.id).sort());
  });

  it("gives the task pane functions.js's modules instead of a second copy (one catalogue in the page)", () => {
    // the stand-in pane renders a catalogue text; the catalogue is functions.js's, not copied into the pane's files
    const german = "Veränderung in Prozentpunkten: je ein einzelner Wert (zwei Quoten) erwartet";
    expect(read(out.dir, "functions.js")).toContain(german);
    const html = read(out.dir, "taskpane.html");
    const paneFiles = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]).filter((f) => !/^https?:|functions\.js/.test(f));
    expect(paneFiles).toContain("taskpane.js");
    for (const f of paneFiles) expect([f, read(out.dir, f).includes(german)]).toEqual([f, false]);
  });

  it("brings German and, of English, only the functions' texts in functions.js; the rest of English is its own chunk", () => {
    const js = read(out.dir, "functions.js");
    // err.notANumber, shown beside #VALUE! in both languages
    expect(js).toContain("ist keine Zahl");
    expect(js).toContain("is not a number");
    // legend.met: English outside the functions' part, loaded when the pane first shows English
    const english = "Target met (December)";
    expect(js).toContain("Ziel erreicht (Dezember)");
    expect(js).not.toContain(english);
    const chunk = fs.readdirSync(out.dir).find((f) => /^messages-en\.[0-9a-f]+\.js$/.test(f));
    expect(chunk && read(out.dir, chunk)).toContain(english);
  });

  it("loads office.js first, then functions and task pane in one page; the preview without office.js", () => {
    const html = read(out.dir, "taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts.indexOf("functions.js")).toBeGreaterThan(0);
    expect(scripts.indexOf("taskpane.js")).toBeGreaterThan(scripts.indexOf("functions.js"));
    const preview = read(out.dir, "preview.html");
    expect(preview).not.toContain("office.js");
    expect(preview).toContain("preview.js");
  });

  it("puts a Content-Security-Policy before any script: own origin, plus office.js's host on the task pane", () => {
    const policy = (html: string) => {
      const meta = html.match(/<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/);
      expect(meta).not.toBeNull();
      expect(html.indexOf(meta![0])).toBeLessThan(html.indexOf("<script"));
      return new Map(meta![1].split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v] as [string, string[]]));
    };
    const pane = policy(read(out.dir, "taskpane.html"));
    expect(pane.get("default-src")).toEqual(["'self'"]);
    expect(pane.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(pane.get("connect-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(pane.get("font-src")).toEqual(["'self'"]);
    expect(pane.get("object-src")).toEqual(["'none'"]);
    const preview = policy(read(out.dir, "preview.html"));
    expect(preview.get("script-src")).toEqual(["'self'"]);
    expect(preview.get("connect-src")).toEqual(["'self'"]);
    const hosts = (html: string) => [...html.matchAll(/https?:\/\/[^"'\s;>]+/g)].map((m) => m[0]);
    expect(new Set(hosts(read(out.dir, "taskpane.html")))).toEqual(
      new Set(["https://appsforoffice.microsoft.com", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]),
    );
    expect(hosts(read(out.dir, "preview.html"))).toEqual([]);
    expect(hosts(read(out.dir, "hilfe/index.html"))).toEqual([]);
  });
});

describe("ExcelJS stays out of the Office bundles", () => {
  it("allows it in the preview but fails the build when the task pane pulls it in", async () => {
    const out = await build("development", { taskpane: path.join(FIXTURES, "taskpaneWithExceljs.ts"), preview: path.join(FIXTURES, "previewWithExceljs.ts") });
    try {
      const guard = out.errors.filter((e) => e.includes("ExcelJS gehört nur in die Vorschau"));
      expect(guard.length).toBeGreaterThan(0);
      expect(guard.every((e) => e.includes('Bundle "taskpane"'))).toBe(true);
    } finally {
      fs.rmSync(out.dir, { recursive: true, force: true });
    }
  }, 180000);
});

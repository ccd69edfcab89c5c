/**
 * Offline checks of manifest.xml (Microsoft's `npm run validate` needs the network): structure of the
 * shared runtime, resources, the SGBII namespace, German metadata overrides, and that every URL points
 * at a file the webpack build produces.
 */
import fs from "fs";
import path from "path";

// xml2js ships no types; only its promise parser is used.

const { parseStringPromise } = require("xml2js") as { parseStringPromise(xml: string): Promise<XmlNode> };

interface XmlNode {
  $?: Record<string, string>;
  _?: string;
  [child: string]: unknown;
}

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const DEV_URL = "https://localhost:3000/";

function children(node: XmlNode, name: string): XmlNode[] {
  const c = node[name];
  return Array.isArray(c) ? (c as XmlNode[]).map((x) => (typeof x === "string" ? { _: x } : x)) : [];
}
function child(node: XmlNode, ...names: string[]): XmlNode {
  let n = node;
  for (const name of names) {
    const c = children(n, name);
    if (c.length !== 1) throw new Error(`expected one <${name}>, found ${c.length}`);
    n = c[0];
  }
  return n;
}
function text(node: XmlNode): string {
  return typeof node._ === "string" ? node._ : "";
}
/** Every element with its name, depth-first. */
function* walk(node: XmlNode, name = "OfficeApp"): Generator<[string, XmlNode]> {
  yield [name, node];
  for (const [key, value] of Object.entries(node)) {
    if (key === "$" || key === "_" || !Array.isArray(value)) continue;
    for (const c of value) if (c && typeof c === "object") yield* walk(c as XmlNode, key);
  }
}

let app: XmlNode;
let host: XmlNode;
let resources: XmlNode;

beforeAll(async () => {
  const doc = (await parseStringPromise(MANIFEST)) as { OfficeApp: XmlNode };
  app = doc.OfficeApp;
  host = child(app, "VersionOverrides", "Hosts", "Host");
  resources = child(app, "VersionOverrides", "Resources");
});

/** Resource id → DefaultValue, over images, URLs and strings. */
function resourceValues(): Map<string, XmlNode> {
  const out = new Map<string, XmlNode>();
  for (const [group, item] of [
    ["bt:Images", "bt:Image"],
    ["bt:Urls", "bt:Url"],
    ["bt:ShortStrings", "bt:String"],
    ["bt:LongStrings", "bt:String"],
  ])
    for (const g of children(resources, group))
      for (const r of children(g, item)) {
        const id = r.$?.id ?? "";
        if (out.has(id)) throw new Error(`resource ${id} defined twice`);
        out.set(id, r);
      }
  return out;
}

/** Every URL in an attribute (namespace declarations aside). */
function manifestUrls(): string[] {
  const urls: string[] = [];
  for (const [, node] of walk(app)) for (const [k, v] of Object.entries(node.$ ?? {})) if (!k.startsWith("xmlns") && /^[a-z]+:\/\//i.test(v)) urls.push(v);
  return urls;
}

describe("manifest.xml structure", () => {
  it("is a well-formed task-pane add-in with the required elements", () => {
    expect(app.$?.["xsi:type"]).toBe("TaskPaneApp");
    expect(text(child(app, "Id"))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text(child(app, "Version"))).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(child(app, "ProviderName")).length).toBeGreaterThan(0);
    expect(text(child(app, "DefaultLocale"))).toBe("de-DE");
    expect(child(app, "Permissions")._ ?? text(child(app, "Permissions"))).toBe("ReadWriteDocument");
    expect(child(app, "Hosts", "Host").$?.Name).toBe("Workbook");
    const sets = children(child(app, "Requirements", "Sets"), "Set").map((s) => s.$);
    expect(sets).toContainEqual({ Name: "SharedRuntime", MinVersion: "1.1" });
  });

  it("has German display name and description with English overrides", () => {
    for (const name of ["DisplayName", "Description"]) {
      const el = child(app, name);
      expect(el.$?.DefaultValue).toMatch(/Zielmonitor|Zielvereinbarungen/);
      const en = children(el, "Override").find((o) => o.$?.Locale === "en-US");
      expect(en?.$?.Value).toBeTruthy();
      expect(en?.$?.Value).not.toBe(el.$?.DefaultValue);
    }
    expect(child(app, "Description").$?.DefaultValue).toMatch(/Aufgabenbereich/);
  });

  it("defines every resid it uses, and uses every resource it defines", () => {
    const defined = resourceValues();
    const used = new Set<string>();
    for (const [, node] of walk(app)) if (node.$?.resid) used.add(node.$.resid);
    for (const id of used) expect([id, defined.has(id)]).toEqual([id, true]);
    for (const id of defined.keys()) expect([id, used.has(id)]).toEqual([id, true]);
  });

  it("runs task pane and functions in one long-lived runtime", () => {
    expect(MANIFEST).toMatch(/<Host xsi:type="Workbook">\s*<Runtimes>/); // Runtimes right after Host
    const runtime = child(host, "Runtimes", "Runtime");
    expect(runtime.$?.lifetime).toBe("long");
    const resid = runtime.$?.resid;
    const ext = children(child(host, "AllFormFactors"), "ExtensionPoint").find((e) => e.$?.["xsi:type"] === "CustomFunctions")!;
    expect(child(ext, "Page", "SourceLocation").$?.resid).toBe(resid);
    const desktop = child(host, "DesktopFormFactor");
    expect(child(desktop, "FunctionFile").$?.resid).toBe(resid);
    const button = child(desktop, "ExtensionPoint", "OfficeTab", "Group", "Control");
    expect(child(button, "Action").$?.["xsi:type"]).toBe("ShowTaskpane");
    expect(child(button, "Action", "SourceLocation").$?.resid).toBe(resid);
    expect(resourceValues().get(child(button, "Label").$!.resid)?.$?.DefaultValue).toBe("Zielmonitor");
    expect(resourceValues().get(resid!)?.$?.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
    expect(child(app, "DefaultSettings", "SourceLocation").$?.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  it("declares the custom functions with namespace SGBII and German metadata for de-de, de-at, de-ch", () => {
    const ext = children(child(host, "AllFormFactors"), "ExtensionPoint").find((e) => e.$?.["xsi:type"] === "CustomFunctions")!;
    const res = resourceValues();
    const namespace = res.get(child(ext, "Namespace").$!.resid)!.$!.DefaultValue;
    expect(namespace).toBe("SGBII");
    expect(res.get(child(ext, "Script", "SourceLocation").$!.resid)!.$!.DefaultValue).toBe(`${DEV_URL}functions.js`);
    const metadata = res.get(child(ext, "Metadata", "SourceLocation").$!.resid)!;
    expect(metadata.$?.DefaultValue).toBe(`${DEV_URL}functions.json`);
    const overrides = children(metadata, "bt:Override").map((o) => [o.$?.Locale.toLowerCase(), o.$?.Value]);
    expect(overrides.sort()).toEqual([
      ["de-at", `${DEV_URL}functions-de.json`],
      ["de-ch", `${DEV_URL}functions-de.json`],
      ["de-de", `${DEV_URL}functions-de.json`],
    ]);
  });

  it("loads nothing from the network: every URL is on https://localhost:3000/", () => {
    const urls = manifestUrls();
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith(DEV_URL)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------
// The build output, as configured in webpack.config.js

interface WebpackConfig {
  entry: Record<string, string>;
  output: { filename: string };
  plugins: Array<Record<string, unknown>>;
}
type ConfigFactory = (env: Record<string, unknown>, options: { mode: string }) => Promise<WebpackConfig>;

const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;

function pluginsNamed(config: WebpackConfig, name: string): Array<Record<string, unknown>> {
  return config.plugins.filter((p) => p.constructor.name === name);
}

/** Files the build writes to dist/, derived from the config (entries, HTML pages, metadata, copies). */
function outputFiles(config: WebpackConfig): Set<string> {
  const out = new Set<string>();
  for (const name of Object.keys(config.entry)) out.add(config.output.filename.replace("[name]", name));
  for (const p of pluginsNamed(config, "HtmlWebpackPlugin")) out.add((p.userOptions as { filename: string }).filename);
  for (const p of [...pluginsNamed(config, "CustomFunctionsMetadataPlugin"), ...pluginsNamed(config, "FunctionsDePlugin")])
    out.add((p.options as { output: string }).output);
  for (const p of pluginsNamed(config, "CopyPlugin"))
    for (const pattern of p.patterns as Array<{ from: string; to: string }>) {
      const dir = path.dirname(pattern.from);
      const re = new RegExp(`^${path.basename(pattern.from).replace(/\./g, "\\.").replace(/\*/g, ".*")}$`);
      for (const file of fs.readdirSync(path.join(ROOT, dir)).filter((f) => re.test(f))) {
        const ext = path.extname(file);
        out.add(pattern.to.replace("[name]", path.basename(file, ext)).replace("[ext]", ext));
      }
    }
  return out;
}

describe("manifest against the build configuration", () => {
  let config: WebpackConfig;
  beforeAll(async () => {
    config = await factory({}, { mode: "production" });
  });

  it("points every URL at a file the build produces", () => {
    const files = outputFiles(config);
    for (const f of ["taskpane.html", "preview.html", "functions.js", "functions.json", "functions-de.json", "manifest.xml", "assets/icon-32.png"])
      expect([f, files.has(f)]).toEqual([f, true]);
    const referenced = manifestUrls().map((u) => u.slice(DEV_URL.length));
    expect(referenced.length).toBeGreaterThan(8);
    for (const file of referenced) expect([file, files.has(file)]).toEqual([file, true]);
  });

  it("has entry sources that exist, and loads functions and task pane into one page", () => {
    for (const [name, src] of Object.entries(config.entry)) expect([name, fs.existsSync(path.join(ROOT, src))]).toEqual([name, true]);
    const pages = pluginsNamed(config, "HtmlWebpackPlugin").map((p) => p.userOptions as { filename: string; chunks: string[]; template?: string });
    const taskpane = pages.find((p) => p.filename === "taskpane.html")!;
    expect(taskpane.chunks).toEqual(["functions", "taskpane"]);
    const html = fs.readFileSync(path.join(ROOT, taskpane.template!), "utf8");
    expect(html).toContain('<script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    // office.js is the only external URL of the page
    expect([...html.matchAll(/https?:\/\/[^"'\s)]+/g)].map((m) => m[0])).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    const preview = pages.find((p) => p.filename === "preview.html")!;
    expect(preview.chunks).toEqual(["preview"]);
  });

  it("rewrites the URLs for production only when a production URL is given", async () => {
    const prod = await factory({ url: "https://zielmonitor.jobcenter.example/addin/" }, { mode: "production" });
    const manifestPattern = (pluginsNamed(prod, "CopyPlugin")[0].patterns as Array<{ from: string; transform?: (c: Buffer) => Buffer | string }>).find((p) =>
      p.from.startsWith("manifest"),
    )!;
    const rewritten = String(manifestPattern.transform!(Buffer.from(MANIFEST)));
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain('DefaultValue="https://zielmonitor.jobcenter.example/addin/functions.json"');
    const devPattern = (pluginsNamed(config, "CopyPlugin")[0].patterns as Array<{ from: string; transform?: (c: Buffer) => Buffer | string }>).find((p) =>
      p.from.startsWith("manifest"),
    )!;
    expect(String(devPattern.transform!(Buffer.from(MANIFEST)))).toBe(MANIFEST);
    await expect(factory({ url: "http://insecure.example/" }, { mode: "production" })).rejects.toThrow(/https/);
  });
});

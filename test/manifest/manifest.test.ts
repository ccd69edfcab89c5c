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
/** English-speaking locales Office may run in; each must see the English text, not the German default. */
const ENGLISH_LOCALES = ["en-US", "en-GB", "en-AU", "en-CA", "en-IE", "en-IN", "en-NZ", "en-ZA", "en-SG", "en-MY", "en-PH"];
const HELP_PAGE = "hilfe/index.html";

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
    expect(sets).toContainEqual({ Name: "CustomFunctionsRuntime", MinVersion: "1.2" });
  });

  it("points SupportUrl and LearnMoreUrl at the German help page", () => {
    expect(child(app, "SupportUrl").$?.DefaultValue).toBe(`${DEV_URL}${HELP_PAGE}`);
    const learnMore = child(host, "DesktopFormFactor", "GetStarted", "LearnMoreUrl").$!.resid;
    expect(resourceValues().get(learnMore)?.$?.DefaultValue).toBe(`${DEV_URL}${HELP_PAGE}#erste-schritte`);
    const help = fs.readFileSync(path.join(ROOT, "docs", HELP_PAGE), "utf8");
    expect(help).toMatch(/<html lang="de">/);
    for (const id of ["erste-schritte", "datenschutz", "kontakt"]) expect([id, help.includes(`id="${id}"`)]).toEqual([id, true]);
    // the help page loads nothing from elsewhere (no scripts at all, no external URL)
    expect(help).not.toMatch(/<script|<link|https?:\/\//);
  });

  it("shows English to every English-speaking Office locale wherever it has English text", () => {
    let localized = 0;
    for (const [name, node] of walk(app)) {
      const overrides = children(node, name.startsWith("bt:") ? "bt:Override" : "Override");
      if (overrides.length === 0 || name === "bt:Url") continue;
      localized++;
      const english = overrides.filter((o) => o.$!.Locale.startsWith("en-"));
      expect([name, node.$?.id, english.map((o) => o.$!.Locale).sort()]).toEqual([name, node.$?.id, [...ENGLISH_LOCALES].sort()]);
      expect(new Set(english.map((o) => o.$!.Value)).size).toBe(1);
    }
    expect(localized).toBeGreaterThanOrEqual(6); // DisplayName, Description, 2 short and 2 long strings
    // every German text shown in Office's UI has an English version
    for (const g of ["bt:ShortStrings", "bt:LongStrings"])
      for (const s of children(child(resources, g), "bt:String"))
        if (s.$?.id !== "Functions.Namespace") expect([s.$?.id, children(s, "bt:Override").length > 0]).toEqual([s.$?.id, true]);
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
    // a shared runtime has exactly one task pane: no TaskpaneId on its action (and none anywhere)
    expect(children(child(button, "Action"), "TaskpaneId")).toEqual([]);
    expect(MANIFEST).not.toContain("<TaskpaneId");
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
  entry: Record<string, string | { import: string; dependOn?: string }>;
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
      if (path.isAbsolute(pattern.from)) continue; // packages copied in (office.js for closed networks)
      const from = path.join(ROOT, pattern.from);
      if (fs.existsSync(from) && fs.statSync(from).isDirectory()) {
        for (const file of fs.readdirSync(from, { recursive: true }) as string[]) out.add(path.posix.join(pattern.to, file.split(path.sep).join("/")));
        continue;
      }
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
    config = await factory({ localhost: true }, { mode: "production" });
  });

  it("points every URL at a file the build produces", () => {
    const files = outputFiles(config);
    for (const f of ["taskpane.html", "preview.html", "functions.js", "functions.json", "functions-de.json", "manifest.xml", "assets/icon-32.png", HELP_PAGE])
      expect([f, files.has(f)]).toEqual([f, true]);
    const referenced = manifestUrls().map((u) => u.slice(DEV_URL.length).split("#")[0]);
    expect(referenced.length).toBeGreaterThan(8);
    for (const file of referenced) expect([file, files.has(file)]).toEqual([file, true]);
  });

  it("has entry sources that exist, and loads functions and task pane into one page", () => {
    const entries = config.entry;
    for (const [name, e] of Object.entries(entries)) expect([name, fs.existsSync(path.join(ROOT, typeof e === "string" ? e : e.import))]).toEqual([name, true]);
    // the pane runs after functions.js in the same page and uses its modules and runtime, never a second copy
    expect(entries.taskpane).toEqual({ import: "./src/taskpane/index.tsx", dependOn: "functions" });
    expect(typeof entries.functions).toBe("string");
    const pages = pluginsNamed(config, "HtmlWebpackPlugin").map((p) => p.userOptions as { filename: string; chunks: string[]; template?: string });
    const taskpane = pages.find((p) => p.filename === "taskpane.html")!;
    expect(taskpane.chunks).toEqual(["functions", "taskpane"]);
    const html = fs.readFileSync(path.join(ROOT, taskpane.template!), "utf8");
    expect(html).toContain('<script type="text/javascript" src="<%= officeJs %>"></script>');
    // the template names no URL itself; office.js comes from the build (CDN by default)
    expect(html).not.toMatch(/https?:\/\//);
    expect((taskpane as { templateParameters?: { officeJs: string } }).templateParameters?.officeJs).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const preview = pages.find((p) => p.filename === "preview.html")!;
    expect(preview.chunks).toEqual(["preview"]);
  });

  it("rewrites the URLs for production only when a production URL is given", async () => {
    await expect(factory({}, { mode: "production" })).rejects.toThrow(/ZIELMONITOR_URL/);
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

describe("office.js for closed networks (ZIELMONITOR_OFFICEJS=local)", () => {
  type Page = { filename: string; templateParameters: { officeJs: string; csp: string } };
  const page = (c: WebpackConfig) => pluginsNamed(c, "HtmlWebpackPlugin").map((p) => p.userOptions as Page).find((p) => p.filename === "taskpane.html")!;
  const copies = (c: WebpackConfig) => pluginsNamed(c, "CopyPlugin").flatMap((p) => p.patterns as Array<{ from: string; to: string }>);

  it("loads office.js from the CDN by default, with only that host allowed besides the add-in's own origin", async () => {
    const cdn = await factory({ localhost: true }, { mode: "production" });
    expect(page(cdn).templateParameters.officeJs).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    const hosts = page(cdn).templateParameters.csp.match(/https?:\/\/[^\s;]+/g);
    expect(new Set(hosts)).toEqual(new Set(["https://appsforoffice.microsoft.com"]));
    expect(copies(cdn).some((p) => p.to === "office-js")).toBe(false);
  });

  it("serves office.js from the @microsoft/office-js package copied into dist/office-js/", async () => {
    const local = await factory({ localhost: true, officejs: "local" }, { mode: "production" });
    expect(page(local).templateParameters.officeJs).toBe("office-js/office.js");
    expect(page(local).templateParameters.csp).not.toMatch(/https?:/);
    const copy = copies(local).find((p) => p.to === "office-js")!;
    expect(fs.existsSync(path.join(copy.from, "office.js"))).toBe(true);
    expect(fs.existsSync(path.join(copy.from, "excel-win32-16.01.js"))).toBe(true);
    expect(fs.existsSync(path.join(copy.from, "de-de", "office_strings.js"))).toBe(true);
    await expect(factory({ localhost: true, officejs: "intranet" }, { mode: "production" })).rejects.toThrow(/ZIELMONITOR_OFFICEJS/);
  });

  it("reads the option from the environment as documented", async () => {
    const saved = process.env.ZIELMONITOR_OFFICEJS;
    process.env.ZIELMONITOR_OFFICEJS = "local";
    try {
      expect(page(await factory({ localhost: true }, { mode: "production" })).templateParameters.officeJs).toBe("office-js/office.js");
    } finally {
      if (saved === undefined) delete process.env.ZIELMONITOR_OFFICEJS;
      else process.env.ZIELMONITOR_OFFICEJS = saved;
    }
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme).toContain("ZIELMONITOR_OFFICEJS=local");
  });
});

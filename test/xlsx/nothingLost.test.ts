/**
 * Nothing lost (issue 9 point 2): the CLI's --out copy after evaluate → highlight → summary → report
 * keeps every part of the input. Parts the copy must not touch are byte-for-byte the same; the parts
 * that must name the additions (workbook, its relationships, content types, styles, highlighted sheets)
 * still hold every element, attribute and text of the input in the same order (only appended to). One
 * input holds a chart, an image, a pivot table, sheet and workbook protection, a defined name, data
 * validation and a conditional format (fixtures/richWorkbook.ts). LibreOffice opens the copy.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import { listCharts } from "../../src/xlsx/charts";
import { children, parseXml } from "../../src/xlsx/xml";
import { richWorkbook } from "./fixtures/richWorkbook";

const SAMPLES = join(__dirname, "../../samples");

/** Whether every attribute (but list counts), text and child element of `a` is in `b`, in order. */
function preserved(a: Element, b: Element, path = ""): string | null {
  const here = `${path}/${a.localName}`;
  if (a.namespaceURI !== b.namespaceURI || a.localName !== b.localName) return `${here}: <${b.localName}> statt <${a.localName}>`;
  for (let i = 0; i < a.attributes.length; i++) {
    const at = a.attributes.item(i)!;
    if (at.localName === "count" && !at.namespaceURI) continue;
    const other = at.namespaceURI ? b.getAttributeNS(at.namespaceURI, at.localName!) : b.getAttribute(at.name);
    if (other !== at.value) return `${here}@${at.name}: "${other}" statt "${at.value}"`;
  }
  const text = (e: Element) => {
    let s = "";
    for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 || n.nodeType === 4) s += n.nodeValue;
    return s.trim();
  };
  if (text(a) !== text(b)) return `${here}: Text "${text(b)}" statt "${text(a)}"`;
  const elements = (e: Element) => {
    const out: Element[] = [];
    for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
    return out;
  };
  const bs = elements(b);
  let j = 0;
  for (const ac of elements(a)) {
    let found: string | null = "fehlt";
    while (j < bs.length && (found = preserved(ac, bs[j], here)) !== null) j++;
    if (j >= bs.length) return `${here}/${ac.localName}: ${found ?? "fehlt"}`;
    j++;
  }
  return null;
}

const hash = (b: Uint8Array | Buffer) => createHash("sha256").update(b).digest("hex");

async function evaluateToCopy(inputBytes: Uint8Array, name: string, extra: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), "zm-nothing-lost-"));
  const input = join(dir, name);
  writeFileSync(input, inputBytes);
  const out = join(dir, `ergebnis-${name}`);
  let stderr = "";
  const code = await runCli(["evaluate", input, "--out", out, ...extra], { stdout: () => {}, stderr: (t) => (stderr += t) });
  return { dir, input, out, code, stderr };
}

async function compareParts(inputBytes: Uint8Array, copyBytes: Uint8Array) {
  const a = await JSZip.loadAsync(inputBytes);
  const b = await JSZip.loadAsync(copyBytes);
  const changed: string[] = [];
  for (const path of Object.keys(a.files).filter((p) => !a.files[p].dir)) {
    const before = await a.file(path)!.async("uint8array");
    const after = await b.file(path)?.async("uint8array");
    expect({ path, inCopy: after !== undefined }).toEqual({ path, inCopy: true });
    if (hash(before) === hash(after!)) continue;
    changed.push(path);
    const problem = preserved(
      parseXml(Buffer.from(before).toString("utf8"), "in", path).documentElement!,
      parseXml(Buffer.from(after!).toString("utf8"), "out", path).documentElement!,
    );
    expect({ path, problem }).toEqual({ path, problem: null });
  }
  return { changed: changed.sort(), added: Object.keys(b.files).filter((p) => !a.files[p] && !b.files[p].dir) };
}

describe("the --out copy keeps everything the input had", () => {
  it("the comparison notices a dropped element, a changed attribute or text, and a reordering", () => {
    const doc = (xml: string) => parseXml(xml, "t", "t.xml").documentElement!;
    const input = doc('<w><a x="1">t</a><b/><c count="1"/></w>');
    expect(preserved(input, doc('<w><a x="1">t</a><new/><b/><c count="2"/><z/></w>'))).toBeNull();
    expect(preserved(input, doc('<w><a x="1">t</a><c/></w>'))).not.toBeNull();
    expect(preserved(input, doc('<w><a x="2">t</a><b/><c/></w>'))).not.toBeNull();
    expect(preserved(input, doc('<w><a x="1">u</a><b/><c/></w>'))).not.toBeNull();
    expect(preserved(input, doc('<w><b/><a x="1">t</a><c/></w>'))).not.toBeNull();
  });

  it("rich workbook: chart, image, pivot table, protection, defined name, validation, rules all kept; LibreOffice opens the copy", async () => {
    const input = await richWorkbook();
    const r = await evaluateToCopy(input, "reich.xlsx");
    expect(r.stderr).not.toMatch(/Interner Fehler|\n\s+at /);
    expect(r.code).toBe(0);
    expect(hash(readFileSync(r.input))).toBe(hash(input));
    const copy = readFileSync(r.out);
    const { changed, added } = await compareParts(input, copy);
    // Only the parts that must name the additions changed, and only by appending.
    expect(changed).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"].filter((p) => changed.includes(p)));
    for (const user of ["xl/pivotTables/pivotTable1.xml", "xl/pivotCache/pivotCacheDefinition1.xml", "xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/media/image1.png", "xl/worksheets/sheet5.xml", "xl/worksheets/sheet6.xml", "xl/sharedStrings.xml"])
      expect(changed).not.toContain(user);
    expect(changed).toContain("xl/worksheets/sheet1.xml"); // highlighted (and protected) data sheet
    expect(added.some((p) => p.startsWith("xl/worksheets/sheet"))).toBe(true);
    // Zielmonitor's charts come beside the user's, which keeps its name and references.
    const charts = await listCharts(copy);
    expect(charts.find((c) => c.path === "xl/charts/chart1.xml")!.refs).toEqual(["Rohdaten!$A$2:$A$4", "Rohdaten!$B$2:$B$4"]);
    expect(charts.filter((c) => c.title.startsWith("II.1")).length).toBe(1);
    // Workbook and sheet protection still there, and the new sheets are named in the workbook.
    const wb = parseXml(await (await JSZip.loadAsync(copy)).file("xl/workbook.xml")!.async("string"), "out", "workbook");
    expect(children(wb.documentElement!, "workbookProtection")[0].getAttribute("lockStructure")).toBe("1");
    const names = children(children(wb.documentElement!, "sheets")[0], "sheet").map((s) => s.getAttribute("name"));
    expect(names).toEqual(["Integrationen t-0", "Integrationen t-3", "Bestände", "Leistungen", "Rohdaten", "Pivot", "Zielerreichung", "Bericht Steuerungsdialog"]);

    // LibreOffice opens the copy (its first sheet converted to CSV holds the user's data unchanged).
    execFileSync("soffice", [`-env:UserInstallation=file://${join(r.dir, "lo-profil")}`, "--headless", "--convert-to", "csv", "--outdir", r.dir, r.out], { stdio: "ignore", timeout: 170000 });
    const csv = join(r.dir, "ergebnis-reich.csv");
    expect(existsSync(csv)).toBe(true);
    expect(readFileSync(csv, "utf8")).toContain("Integrationen");
  }, 240000);

  it.each(["kreis-dueren-2021-2023.xlsx", "ba-export-mehrere-jobcenter.xlsx", "handgepflegt.xlsx"])("%s: user parts unchanged or only appended to", async (name) => {
    const input = new Uint8Array(readFileSync(join(SAMPLES, name)));
    const r = await evaluateToCopy(input, name, name.startsWith("ba-") ? ["--month", "2023-06"] : []);
    expect(r.stderr).not.toMatch(/Interner Fehler|\n\s+at /);
    expect(existsSync(r.out)).toBe(true);
    const { changed } = await compareParts(input, readFileSync(r.out));
    for (const p of changed) expect(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"].includes(p) || p.startsWith("xl/worksheets/sheet")).toBe(true);
  }, 60000);
});

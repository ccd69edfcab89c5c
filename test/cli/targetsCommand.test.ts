import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runTargets } from "./harness";
import { docxText } from "../../src/xlsx/readAgreementFile";

const SEED = join(__dirname, "../fixtures/agreements/zielvereinbarung-kreis-dueren-2023.md");

const run = runTargets;

describe("zielmonitor targets", () => {
  it("writes the targets file of the seed to standard output, with a German summary", async () => {
    const r = await run([SEED]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.year).toBe(2023);
    expect(json.targets.map((t: { id: string }) => t.id)).toEqual(["II.1", "II.2", "II.3", "III.1", "III.2"]);
    expect(json.targets[3]).toMatchObject({
      indicator: "K3",
      unit: "percent",
      direction: "<=",
      value: -0.004,
    });
    expect(r.stderr).toContain("Wartezeit t-0");
    expect(r.stderr).toContain("„Das Ziel ist für 2023 erreicht");
  });

  it("writes to --out", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "zm-")), "ziele.json");
    expect((await run([SEED, "--out", out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8")).targets).toHaveLength(5);
  });

  it("exit 1 for a missing or unreadable file, 2 for bad arguments", async () => {
    expect((await run(["/nicht/da.md"])).code).toBe(1);
    const broken = join(mkdtempSync(join(tmpdir(), "zm-")), "kaputt.docx");
    writeFileSync(broken, "kein zip");
    const r = await run([broken]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("kaputt.docx");
    expect(r.stderr).toContain("keine Word-Datei (.docx ist ein ZIP-Paket)");
    const en = await run([broken, "--lang", "en"]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain("not a Word file (a .docx is a ZIP package)");
    expect((await run([])).code).toBe(2);
    expect((await run([SEED, "--bogus"])).code).toBe(2);
  });

  it("reads a .docx agreement", async () => {
    const zip = new JSZip();
    const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    zip.file(
      "word/document.xml",
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p("II. Verbesserung der Integration")}${p("Das Ziel ist erreicht, wenn sich die absolute Zahl der Integrationen um mindestens 1,9 Prozent erhöht.")}</w:body></w:document>`,
    );
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(await docxText(bytes)).toContain("um mindestens 1,9 Prozent");
    const file = join(mkdtempSync(join(tmpdir(), "zm-")), "vereinbarung.docx");
    writeFileSync(file, bytes);
    // The text names no year: the command asks for it instead of taking this calendar year.
    const asked = await run([file]);
    expect(asked.code).toBe(2);
    expect(asked.stderr).toContain("--year");
    expect(asked.stderr).toContain("Das Jahr der Vereinbarung steht nicht im Text");
    expect(asked.stdout).toBe("");
    const r = await run([file, "--year", "2023"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).year).toBe(2023);
    expect(JSON.parse(r.stdout).targets[0]).toMatchObject({
      id: "II.1",
      indicator: "INT",
      value: 0.019,
    });
  });

  it.each([
    [["--year", "99"], 2, '--year "99"'],
    [["--year", "zweitausend"], 2, "ein Jahr zwischen 2000 und 2100"],
    [["--year", "2024"], 0, "verwendet wird --year 2024"],
  ])("--year %j: exit %i", async (args, code, fragment) => {
    const r = await run([SEED, ...args]);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(fragment);
    if (code === 0) expect(JSON.parse(r.stdout).year).toBe(2024);
  });

  it("asks for the year in English with --lang en", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "zm-")), "ohne-jahr.txt");
    writeFileSync(file, "Die Integrationen sollen um 2 % steigen.\n");
    const r = await run([file, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("does not name the agreement's year");
    expect(r.stderr).toContain("--year");
  });
});

/**
 * The built command line as users run it: bin/zielmonitor.js on dist-cli/ (built by `npm run build:cli`,
 * which `npm test` runs first; bin builds it itself when it is missing). Plain JavaScript, no tsx.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/zielmonitor.js");

function zielmonitor(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bin/zielmonitor.js runs the bundle", () => {
  it("prints the usage with --help and loads no TypeScript compiler", () => {
    const r = zielmonitor("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("zielmonitor evaluate <mappe.xlsx>");
    expect(existsSync(join(ROOT, "dist-cli/zielmonitor.mjs"))).toBe(true);
    expect(readFileSync(BIN, "utf8")).not.toContain("tsx");
  }, 120000);

  it("evaluates the Düren sample to JSON", () => {
    const r = zielmonitor("evaluate", join(ROOT, "samples/kreis-dueren-2021-2023.xlsx"), "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).jobcenters[0].targets.map((t: { id: string }) => t.id)).toEqual(["II.1", "II.2", "II.3", "III.1", "III.2"]);
  }, 60000);

  it("names a CSV file renamed to .xlsx in German (English with --lang en), exit 1, no stack", () => {
    const file = join(mkdtempSync(join(tmpdir(), "zm-bundle-")), "export.xlsx");
    writeFileSync(file, "Jobcenter;Monat;Integrationen\n05358;01/2023;210\n");
    const de = zielmonitor("evaluate", file);
    expect(de.code).toBe(1);
    expect(de.stderr).toContain(`Arbeitsmappe "${file}" ist eine Textdatei`);
    expect(de.stderr).not.toMatch(/\n\s+at /);
    const en = zielmonitor("evaluate", file, "--lang", "en");
    expect(en.stderr).toContain(`Workbook "${file}" is a text file`);
  }, 60000);
});

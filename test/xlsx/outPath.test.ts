/** --out never writes the input (path, symbolic link, hard link), nor into a directory or below a file: exit 2. */
import { createHash } from "node:crypto";
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";

const SAMPLE = join(__dirname, "../../samples/kreis-dueren-2021-2023.xlsx");

async function run(argv: string[]) {
  let stderr = "";
  const code = await runCli(argv, { stdout: () => {}, stderr: (t) => (stderr += t) });
  return { code, stderr };
}

describe("--out is checked before anything is written", () => {
  const dir = mkdtempSync(join(tmpdir(), "zm-out-"));
  const input = join(dir, "eingabe.xlsx");
  copyFileSync(SAMPLE, input);
  const digest = () => createHash("sha256").update(readFileSync(input)).digest("hex");
  const before = digest();
  symlinkSync(input, join(dir, "verknuepfung.xlsx"));
  linkSync(input, join(dir, "hardlink.xlsx"));
  mkdirSync(join(dir, "ordner.xlsx"));
  writeFileSync(join(dir, "datei.txt"), "x");

  it.each([
    ["the same path", input, "ist die Eingabedatei"],
    ["the same file by another spelling", join(dir, ".", "eingabe.xlsx"), "ist die Eingabedatei"],
    ["a symbolic link to the input", join(dir, "verknuepfung.xlsx"), "ist die Eingabedatei"],
    ["a hard link to the input", join(dir, "hardlink.xlsx"), "ist die Eingabedatei"],
    ["a directory", join(dir, "ordner.xlsx"), "ist ein Ordner"],
    ["a path below a file", join(dir, "datei.txt", "ergebnis.xlsx"), "liegt unter der Datei"],
    ["another kind of file", join(dir, "ergebnis.csv"), "Endung .xlsx"],
  ])("refuses %s (exit 2, German message, input unchanged)", async (_, out, message) => {
    const r = await run(["evaluate", input, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(digest()).toBe(before);
  });

  it("says it in English with --lang en", async () => {
    const r = await run(["evaluate", input, "--out", join(dir, "hardlink.xlsx"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("is the input file");
  });

  it("replaces a symbolic link at the target instead of writing through it", async () => {
    const other = join(dir, "fremd.xlsx");
    writeFileSync(other, "fremde Datei");
    const link = join(dir, "ziel-link.xlsx");
    symlinkSync(other, link);
    const r = await run(["evaluate", input, "--out", link]);
    expect(r.code).toBe(0);
    expect(readFileSync(other, "utf8")).toBe("fremde Datei");
    expect(readFileSync(link).subarray(0, 2).toString()).toBe("PK");
    expect(digest()).toBe(before);
  }, 30000);
});

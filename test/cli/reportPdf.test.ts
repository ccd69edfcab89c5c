/**
 * The report as a reader sees it: the CLI's --out workbook converted to PDF by LibreOffice, its report pages rendered to PNG (test-results/report-*.png) – the artifact to look at. Checks
 * that the PDF holds the report's text and is A4 landscape. Needs `libreoffice` and `pdftoppm` (Debian
 * packages libreoffice-calc, poppler-utils; .ci/run installs them).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";

const ROOT = join(__dirname, "../..");
const RESULTS = join(ROOT, "test-results");

function which(cmd: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("report for the Steuerungsdialog as PDF", () => {
  it("converts to an A4 landscape PDF with the figures and renders to PNG", async () => {
    if (!which("soffice") || !which("pdftoppm"))
      throw new Error("LibreOffice (soffice) und pdftoppm fehlen: apt-get install -y libreoffice-calc poppler-utils");
    const dir = mkdtempSync(join(tmpdir(), "zm-pdf-"));
    const out = join(dir, "ergebnis.xlsx");
    const code = await runCli(["evaluate", join(ROOT, "samples/kreis-dueren-2021-2023.xlsx"), "--out", out], { stdout: () => {}, stderr: () => {} });
    expect(code).toBe(0);
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, out], { stdio: "ignore", timeout: 120000 });
    const pdf = join(dir, "ergebnis.pdf");
    expect(existsSync(pdf)).toBe(true);
    const info = execFileSync("pdfinfo", [pdf]).toString();
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString();
    expect(text).toContain("Steuerungsdialog 2023");
    expect(text).toContain("Ziel II – Verbesserung der Integration in Erwerbstätigkeit");
    expect(text).toContain("Wartezeit t-0");
    for (const id of ["II.1", "II.2", "II.3", "III.1", "III.2"]) expect(text).toContain(id);
    // The report pages are A4 landscape: 842 × 595 pt.
    const reportPage = text.split("\f").findIndex((p) => p.includes("Steuerungsdialog 2023 – "));
    expect(reportPage).toBeGreaterThanOrEqual(0);
    const size = execFileSync("pdfinfo", ["-f", String(reportPage + 1), "-l", String(reportPage + 1), pdf]).toString();
    expect(size).toMatch(/Page\s+\d+ size:\s+841\.\d+ x 595\.\d+/);
    expect(info).toMatch(/Pages:\s+\d+/);
    mkdirSync(RESULTS, { recursive: true });
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", String(reportPage + 1), "-l", String(reportPage + 2), pdf, join(RESULTS, "report")]);
    expect(readdirSync(RESULTS).filter((f) => f.startsWith("report") && f.endsWith(".png")).length).toBeGreaterThanOrEqual(1);
  }, 180000);
});

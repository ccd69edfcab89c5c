/**
 * The spreadsheet way of doing the CLI's job, for comparison: the 400-Jobcenter export's t-0 data with
 * the five Düren targets as native SUMIFS/AVERAGEIFS formulas (stored without results, so LibreOffice
 * must calculate all of them), converted headless to CSV. Each target is the change of a year-to-date
 * value December 2023 against December 2022: II.1 Σ integrations, II.2 Σ integrations ÷ Ø eLb,
 * II.3 women's minus men's quota (points), III.1 Ø LZB, III.2 Σ integrations of LZB.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { BA_MONTHS, bigExportJobcenters } from "./detector";
import { runProcess, type ProcessRun } from "./subprocess";

export function sofficeAvailable(): boolean {
  try {
    execFileSync("sh", ["-c", "command -v soffice"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const CODES = ["INT", "INT_F", "INT_M", "ELB", "ELB_F", "ELB_M", "LZB", "INT_LZB"] as const;

/** Writes the formula workbook; returns its path. Sheet 1 "Auswertung" (what CSV export writes), sheet 2 "Daten". */
export async function writeFormulaWorkbook(dir: string): Promise<string> {
  const path = join(dir, "ziele-als-formeln.xlsx");
  const wb = new ExcelJS.Workbook();
  const out = wb.addWorksheet("Auswertung");
  const data = wb.addWorksheet("Daten");
  data.addRow(["Schlüssel", "Jahr", "Monat", ...CODES]);
  const jobcenters = bigExportJobcenters();
  for (const jc of jobcenters) {
    const d = jc.data.get("t-0")!;
    for (const m of BA_MONTHS) data.addRow([Number(jc.key), Number(m.slice(0, 4)), Number(m.slice(5)), ...CODES.map((c) => d[c]?.get(m) ?? null)]);
  }
  const last = 1 + jobcenters.length * BA_MONTHS.length;
  const col = (code: (typeof CODES)[number]) => String.fromCharCode(68 + CODES.indexOf(code));
  const range = (c: string) => `Daten!$${c}$2:$${c}$${last}`;
  const crit = (row: number, year: number) => `${range("A")},$A${row},${range("B")},${year}`;
  const sum = (code: (typeof CODES)[number], row: number, y: number) => `SUMIFS(${range(col(code))},${crit(row, y)})`;
  const avg = (code: (typeof CODES)[number], row: number, y: number) => `AVERAGEIFS(${range(col(code))},${crit(row, y)})`;
  out.addRow(["Schlüssel", "II.1 INT", "II.2 K2", "II.3 Lücke (Pp.)", "III.1 K3", "III.2 INT LZB"]);
  jobcenters.forEach((jc, i) => {
    const r = i + 2;
    const k2 = (y: number) => `${sum("INT", r, y)}/${avg("ELB", r, y)}`;
    const gap = (y: number) => `(${sum("INT_F", r, y)}/${avg("ELB_F", r, y)}-${sum("INT_M", r, y)}/${avg("ELB_M", r, y)})`;
    out.addRow([
      Number(jc.key),
      { formula: `${sum("INT", r, 2023)}/${sum("INT", r, 2022)}-1` },
      { formula: `(${k2(2023)})/(${k2(2022)})-1` },
      { formula: `(${gap(2023)}-${gap(2022)})*100` },
      { formula: `${avg("LZB", r, 2023)}/${avg("LZB", r, 2022)}-1` },
      { formula: `${sum("INT_LZB", r, 2023)}/${sum("INT_LZB", r, 2022)}-1` },
    ]);
  });
  await wb.xlsx.writeFile(path);
  return path;
}

/** One LibreOffice run with its own profile (so it does not collide with another soffice on the machine). */
export function libreOfficeToCsv(path: string, outDir: string, profile: string): Promise<ProcessRun> {
  return runProcess("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "csv", "--outdir", outDir, path]);
}

/** The II.1 change LibreOffice calculated for the first Jobcenter (column B of the CSV), to check it calculated at all. */
export function firstIntChange(outDir: string): number {
  const csv = readFileSync(join(outDir, "ziele-als-formeln.csv"), "utf8").split("\n");
  return Number(csv[1].split(",")[1]);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

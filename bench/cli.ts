/**
 * The built command line (dist-cli, run as its own process like a user runs it) on a BA-style export
 * of 400 Jobcenters × 36 months, beside LibreOffice recalculating the same five targets as native
 * SUMIFS/AVERAGEIFS formulas (bench/libreoffice.ts) in the same run, alternating: the ratio of the
 * medians is the figure issue 13 asks for (≥ 10×). Also `--help` against a bare node start, and the
 * CLI's peak memory (< 300 MB). LibreOffice rows are skipped with a note when soffice is absent.
 */
import { join } from "node:path";
import { bigExport } from "./detector";
import type { BenchRow } from "./benchRow";
import { recordResults } from "./results";
import { firstIntChange, libreOfficeToCsv, sofficeAvailable, tempDir, writeFormulaWorkbook } from "./libreoffice";
import { median, runCliProcess, runProcess, type ProcessRun } from "./subprocess";

const ROUNDS = 3;

function mustSucceed(r: ProcessRun, what: string): ProcessRun {
  if (r.code !== 0 || r.timedOut) throw new Error(`${what}: exit ${r.code}${r.timedOut ? " (Zeitüberschreitung)" : ""} ${r.stderr.split("\n")[0]}`);
  return r;
}

const ms = (n: number) => `${Math.round(n).toLocaleString("de-DE")} ms`;

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const help: number[] = [];
  const bare: number[] = [];
  await runCliProcess(["--help"]); // warm the file cache
  for (let i = 0; i < 5; i++) {
    help.push(mustSucceed(await runCliProcess(["--help"]), "zielmonitor --help").ms);
    bare.push((await runProcess(process.execPath, ["-e", "0"])).ms);
  }
  rows.push({
    name: "zielmonitor --help",
    unit: "Prozess, Median aus 5",
    iterations: 1,
    totalMs: median(help),
    budget: "< 300 ms",
    ok: median(help) < 300,
    note: `node -e 0 allein: ${ms(median(bare))}`,
  });

  const path = await bigExport();
  const lo = sofficeAvailable();
  const dir = tempDir("zm-bench-lo-");
  const formulas = lo ? await writeFormulaWorkbook(dir) : "";
  const profile = join(dir, "profil");
  if (lo) mustSucceed(await libreOfficeToCsv(formulas, dir, profile), "LibreOffice (Aufwärmen)");

  const cli: ProcessRun[] = [];
  const office: ProcessRun[] = [];
  await runCliProcess(["evaluate", path, "--json"]); // warm-up
  for (let i = 0; i < ROUNDS; i++) {
    cli.push(mustSucceed(await runCliProcess(["evaluate", path, "--json"]), "CLI evaluate"));
    if (lo) office.push(mustSucceed(await libreOfficeToCsv(formulas, dir, profile), "LibreOffice"));
  }
  const cliMs = median(cli.map((r) => r.ms));
  const rss = Math.max(...cli.map((r) => r.maxRssMb ?? 0));
  rows.push({
    name: "CLI evaluate --json (Prozess)",
    unit: "BA-Export 400 JC × 36 Monate, 5 Ziele",
    iterations: 1,
    totalMs: cliMs,
    note: `Median aus ${ROUNDS}; ${Math.round(cli[0].stdoutBytes / 1024)} kB JSON`,
  });
  rows.push({
    name: "CLI evaluate: Spitzenspeicher",
    unit: "MB (maxRSS)",
    iterations: 0,
    totalMs: 0,
    figure: `${Math.round(rss)} MB`,
    budget: "< 300 MB",
    ok: rss < 300,
  });
  const figures = { helpMs: median(help), nodeStartMs: median(bare), evaluateMs: cliMs, maxRssMb: Math.round(rss) };
  if (!lo) {
    recordResults("cli", { ...figures, libreOffice: "soffice nicht installiert" });
    rows.push({ name: "LibreOffice-Vergleich übersprungen", unit: "soffice nicht installiert", iterations: 0, totalMs: 0, note: "apt-get install libreoffice-calc" });
    return rows;
  }
  const loMs = median(office.map((r) => r.ms));
  const ratio = loMs / cliMs;
  const check = firstIntChange(dir);
  recordResults("cli", { ...figures, libreOfficeMs: loMs, ratio: Math.round(ratio * 10) / 10, budgets: { helpMs: 300, maxRssMb: 300, ratio: 10 } });
  rows.push({
    name: "LibreOffice SUMIFS/AVERAGEIFS → CSV",
    unit: "dieselben 5 Ziele, 400 JC",
    iterations: 1,
    totalMs: loMs,
    note: `Median aus ${ROUNDS}; II.1 JC 01000 = ${(check * 100).toFixed(2)} %`,
  });
  rows.push({
    name: "CLI schneller als LibreOffice",
    unit: "Verhältnis der Mediane",
    iterations: 0,
    totalMs: 0,
    figure: `${ratio.toLocaleString("de-DE", { maximumFractionDigits: 1 })}×`,
    budget: "≥ 10×",
    ok: ratio >= 10,
  });
  return rows;
}

/**
 * `npm run bench`: runs every bench module and prints one table. Modules: engine (400 Jobcenter × 60
 * Monate), custom functions (100.000 Aufrufe), detector and CLI (BA export 400 × 36), bundle sizes,
 * preview in Chromium, agreement parser (5 MB and hostile texts). A module that cannot run here (e.g. no Chromium) reports why instead of failing
 * the whole run.
 */
import type { BenchRow } from "./benchRow";

const MODULES = ["engine", "functions", "detector", "cli", "million", "readers", "excel", "bundle", "preview", "agreement"] as const;

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

function fmt(n: number, digits = 1): string {
  return n.toLocaleString("de-DE", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: BenchRow[] = [];
  for (const name of MODULES) {
    if (only.length > 0 && !only.includes(name)) continue;
    try {
      const mod = (await import(`./${name}`)) as {
        run: () => Promise<BenchRow[]>;
      };
      rows.push(...(await mod.run()));
    } catch (e) {
      rows.push({
        name: `${name}: nicht gelaufen`,
        unit: String((e as Error).message)
          .split("\n")[0]
          .slice(0, 80),
        iterations: 0,
        totalMs: 0,
      });
    }
  }
  const header = ["Messung", "Einheit", "Läufe", "gesamt ms", "ms je Lauf", "Budget", "Anmerkung"];
  const table = rows.map((r) => [
    r.name,
    r.unit,
    r.figure ? "" : String(r.iterations),
    r.figure ? "" : fmt(r.totalMs),
    r.figure ?? (r.iterations > 0 ? fmt(r.totalMs / r.iterations, 3) : "–"),
    r.budget ? `${r.budget}${r.ok === undefined ? "" : r.ok ? " ✓" : " ✗"}` : "",
    r.note ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i], i >= 2 && i <= 4)).join(" │ ");
  console.log(line(header));
  console.log(widths.map((w) => "─".repeat(w)).join("─┼─"));
  for (const row of table) console.log(line(row));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

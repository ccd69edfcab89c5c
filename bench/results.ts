/**
 * bench/results.json: one entry per bench module, with the machine and the date. Read, change one key,
 * write back, so modules that run separately (or in other branches' benches) keep each other's figures.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";

const FILE = join(__dirname, "results.json");

/** Sets one key of bench/results.json as it is (e.g. the `actions` array of the Excel bench). */
export function recordRaw(key: string, value: unknown): void {
  let all: Record<string, unknown> = {};
  if (existsSync(FILE)) {
    try {
      all = JSON.parse(readFileSync(FILE, "utf8")) as Record<string, unknown>;
    } catch {
      all = {};
    }
  }
  all[key] = value;
  writeFileSync(FILE, JSON.stringify(all, null, 2) + "\n");
}

export function recordResults(key: string, figures: Record<string, unknown>): void {
  recordRaw(key, {
    ...figures,
    machine: { cpu: cpus()[0]?.model ?? "unbekannt", cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
    date: new Date().toISOString(),
  });
}

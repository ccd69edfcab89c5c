/**
 * The one CLI test harness: runs `zielmonitor …` through its in-process entry (runCli) and captures
 * exit code, standard output and standard error. Used by the CLI, targets and corpus tests.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `zielmonitor <argv…>` in this process. */
export async function runZielmonitor(argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** `zielmonitor evaluate <argv…>`. */
export const runEvaluate = (argv: string[]): Promise<CliRun> => runZielmonitor(["evaluate", ...argv]);

/** `zielmonitor targets <argv…>`. */
export const runTargets = (argv: string[]): Promise<CliRun> => runZielmonitor(["targets", ...argv]);

/** A fresh temporary folder. */
export const tempDir = (prefix = "zm-"): string => mkdtempSync(join(tmpdir(), prefix));

/** What must never reach a user: a stack trace or the old "Interner Fehler" crash line. */
export const CRASH = /Interner Fehler|Unerwarteter Fehler|Unexpected error|\n\s+at \S+ \(|\bat (async )?[\w.<>]+ \(\/|node:internal/;

/** A command timed as its own process: wall time, exit code, output, and (for node) peak memory. */
import { spawn } from "node:child_process";
import { join } from "node:path";

export interface ProcessRun {
  ms: number;
  code: number | null;
  stdoutBytes: number;
  stderr: string;
  /** Peak resident memory in MB (node processes only). */
  maxRssMb?: number;
  timedOut: boolean;
}

const RSS_HOOK = join(__dirname, "rssReport.cjs");

export function runProcess(cmd: string, args: string[], timeoutMs = 600_000): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdoutBytes = 0;
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (d: Buffer) => (stdoutBytes += d.length));
    child.stderr.on("data", (d: Buffer) => {
      if (stderr.length < 100_000) stderr += d.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      const ms = performance.now() - start;
      const rss = /ZM_BENCH_MAXRSS_KB=(\d+)/.exec(stderr);
      resolve({
        ms,
        code,
        stdoutBytes,
        stderr: stderr.replace(/\n?ZM_BENCH_MAXRSS_KB=\d+\n/, ""),
        maxRssMb: rss ? Number(rss[1]) / 1024 : undefined,
        timedOut,
      });
    });
  });
}

/** The built CLI (dist-cli, via bin/zielmonitor.js) as a process, with its peak memory reported. */
export function runCliProcess(args: string[], timeoutMs?: number): Promise<ProcessRun> {
  return runProcess(process.execPath, ["--require", RSS_HOOK, join(__dirname, "..", "bin", "zielmonitor.js"), ...args], timeoutMs);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

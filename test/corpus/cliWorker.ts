/**
 * Runs CLI cases in a worker thread (test/corpus/worker.ts, bundled by esbuild) with a time limit and a
 * heap limit per case: a case that does not answer in time is a hang, one that exhausts the heap is out
 * of memory; either way the worker is replaced and the next case runs in a fresh one.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { buildSync } from "esbuild";
import type { CliRun } from "../cli/harness";

let bundled: string | null = null;

/**
 * test/corpus/worker.ts and the CLI bundled into one CommonJS file (esbuild; packages stay external and
 * resolve from node_modules): jest's TypeScript transform does not reach worker threads, and the bundle
 * also resolves the CLI's lazy import() of its commands.
 */
function bundleWorker(): string {
  if (bundled) return bundled;
  const dir = resolve(__dirname, "../../node_modules/.cache/zielmonitor-corpus");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `worker-${process.pid}.js`);
  buildSync({ entryPoints: [join(__dirname, "worker.ts")], bundle: true, platform: "node", format: "cjs", target: "node20", packages: "external", outfile, logLevel: "error" });
  bundled = outfile;
  return outfile;
}

export type CaseOutcome = ({ kind: "done"; run: CliRun } | { kind: "hang" } | { kind: "crash"; error: string }) & { ms: number };

export class CliWorker {
  private worker: Worker | null = null;

  constructor(private readonly heapMb = 1536) {}

  private start(): Worker {
    this.worker ??= new Worker(bundleWorker(), {
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
      stdout: true,
      stderr: true,
    });
    return this.worker;
  }

  run(argv: string[], timeoutMs: number): Promise<CaseOutcome> {
    const worker = this.start();
    const started = Date.now();
    return new Promise((resolve) => {
      const finish = (o: { kind: "done"; run: CliRun } | { kind: "hang" } | { kind: "crash"; error: string }, kill: boolean) => {
        const outcome: CaseOutcome = { ...o, ms: Date.now() - started };
        clearTimeout(timer);
        worker.removeAllListeners("message");
        worker.removeAllListeners("error");
        worker.removeAllListeners("exit");
        if (kill) {
          this.worker = null;
          void worker.terminate();
        }
        resolve(outcome);
      };
      const timer = setTimeout(() => finish({ kind: "hang" }, true), timeoutMs);
      worker.on("message", (m: { ok: boolean; run?: CliRun; error?: string }) =>
        finish(m.ok ? { kind: "done", run: m.run! } : { kind: "crash", error: `rejected: ${m.error}` }, false),
      );
      worker.on("error", (e) => finish({ kind: "crash", error: `${e.name}: ${e.message}` }, true));
      worker.on("exit", (code) => finish({ kind: "crash", error: `worker exited with ${code}` }, true));
      worker.postMessage(argv);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
    if (bundled) rmSync(bundled, { force: true });
    bundled = null;
  }
}

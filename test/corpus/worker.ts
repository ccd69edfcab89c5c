/**
 * Worker thread of the corpus test: runs `zielmonitor …` in-process (test/cli/harness.ts) for each
 * message and posts the result back. In a worker, so that the test can stop a case that hangs (even in
 * a synchronous loop) or runs out of memory, without losing the test process.
 */
import { parentPort } from "node:worker_threads";
import { runZielmonitor } from "../cli/harness";

parentPort!.on("message", async (argv: string[]) => {
  try {
    parentPort!.postMessage({ ok: true, run: await runZielmonitor(argv) });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});

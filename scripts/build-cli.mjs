/**
 * Builds the command line into dist-cli/ with esbuild: ES modules split at the subcommands, so
 * `zielmonitor --help` loads a few kB and `evaluate` loads the file libraries only when it runs.
 * Node's `require` is provided for the CommonJS libraries inside the bundle (jszip, saxes, xmldom, mammoth).
 * Usage: node scripts/build-cli.mjs (npm run build:cli). Also called by bin/zielmonitor.js when the
 * bundle is missing.
 */
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const OUT_DIR = join(root, "dist-cli");

export async function buildCli() {
  rmSync(OUT_DIR, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { zielmonitor: "src/cli/main.ts" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    splitting: true,
    outdir: OUT_DIR,
    outExtension: { ".js": ".mjs" },
    banner: { js: "import { createRequire as __zmRequire } from 'node:module'; const require = __zmRequire(import.meta.url);" },
    legalComments: "none",
    logLevel: "warning",
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();

#!/usr/bin/env node
// Runs the built command line (dist-cli/zielmonitor.mjs, `npm run build:cli`): plain JavaScript, no
// TypeScript compiled at run time. In a checkout without the bundle it is built once with esbuild first.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");

const bundle = join(__dirname, "..", "dist-cli", "zielmonitor.mjs");

async function main() {
  if (!existsSync(bundle)) {
    process.stderr.write("zielmonitor: Kommandozeile wird einmalig gebaut (npm run build:cli) …\n");
    await (await import(pathToFileURL(join(__dirname, "..", "scripts", "build-cli.mjs")).href)).buildCli();
  }
  (await import(pathToFileURL(bundle).href)).runAsProcess();
}

main().catch((e) => {
  process.stderr.write(`zielmonitor: ${e && e.message ? e.message : String(e)}\n`);
  process.exitCode = 1;
});

// Preloaded into a benched child process (node --require): reports its peak resident memory on exit.
process.on("exit", () => {
  require("node:fs").writeSync(2, `\nZM_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});

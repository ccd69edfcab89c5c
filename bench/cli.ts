/** The whole CLI on a BA-style export of 400 Jobcenters × 36 months: read, detect, evaluate every Jobcenter, print JSON. */
import { runCli } from "../src/cli/main";
import { bigExport, BA_JOBCENTERS } from "./detector";
import { time, type BenchRow } from "./benchRow";

export async function run(): Promise<BenchRow[]> {
  const path = await bigExport();
  let bytes = 0;
  const once = async () => {
    bytes = 0;
    const code = await runCli(["evaluate", path, "--json"], {
      stdout: (t) => (bytes += t.length),
      stderr: () => {},
    });
    if (code !== 0) throw new Error(`CLI exit code ${code}`);
  };
  const iterations = 2;
  return [
    {
      name: "CLI evaluate --json",
      unit: `BA-Export ${BA_JOBCENTERS} JC × 36 Monate`,
      iterations,
      totalMs: await time(once, iterations),
      note: `${Math.round(bytes / 1024)} kB JSON`,
    },
  ];
}

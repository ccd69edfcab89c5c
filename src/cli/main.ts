/**
 * Entry of the `zielmonitor` command: dispatches to the subcommands. They are imported when called, so
 * `zielmonitor --help` in the bundle (dist-cli/zielmonitor.js) runs none of the file libraries' code.
 */
import { USAGE_DE } from "./args";
import type { CliIO } from "./evaluateCommand";

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "evaluate":
      return (await import("./evaluateCommand")).runEvaluateCommand(rest, io);
    case "targets":
      return (await import("./targetsCommand")).runTargetsCommand(rest, io);
    case "--help":
    case "-h":
    case "help":
      io.stdout(USAGE_DE + "\n");
      return 0;
    default:
      io.stderr(`${command ? `Unbekannter Befehl "${command}"` : "Kein Befehl angegeben"}\n\n${USAGE_DE}\n`);
      return 2;
  }
}

/** Runs the CLI on this process's arguments and sets its exit code. */
export function runAsProcess(): void {
  runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`Interner Fehler: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}


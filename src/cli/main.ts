/**
 * Entry of the `zielmonitor` command: dispatches to the subcommands. They are imported when called, so
 * `zielmonitor --help` in the bundle (dist-cli/zielmonitor.js) runs none of the file libraries' code.
 * Whatever goes wrong below, the user
 * gets one German line (English with --lang en) and exit code 1 – never a stack trace; the stack is
 * printed only with ZIELMONITOR_DEBUG=1, for a bug report.
 */
import { USAGE_DE } from "./args";
import type { CliIO } from "./evaluateCommand";

async function dispatch(argv: string[], io: CliIO): Promise<number> {
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

/** The language the user asked for (--lang en / --lang=en), for messages before any parsing succeeded. */
function langOf(argv: string[]): "de" | "en" {
  const i = argv.indexOf("--lang");
  return (i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7)) === "en" ? "en" : "de";
}

/** One line for an error no command caught: what happened, that nothing was changed, how to report it. */
export function unexpectedErrorMessage(e: unknown, argv: string[], debug = Boolean(process.env.ZIELMONITOR_DEBUG)): string {
  const raw = e instanceof Error ? e.message : String(e);
  const detail = e instanceof RangeError && /call stack/i.test(raw) ? (langOf(argv) === "de" ? "Eingabe zu groß oder zu tief verschachtelt" : "input too large or nested too deeply") : raw;
  const files = argv.slice(1).filter((a) => !a.startsWith("--"));
  const where = files.length > 0 ? `${files[0]}: ` : "";
  const line =
    langOf(argv) === "de"
      ? `${where}Unerwarteter Fehler bei der Verarbeitung (${detail}). Die Eingabedatei bleibt unverändert. Bitte melden Sie den Fehler mit der Eingabedatei; Details mit ZIELMONITOR_DEBUG=1.`
      : `${where}Unexpected error while processing (${detail}). The input file is unchanged. Please report it with the input file; details with ZIELMONITOR_DEBUG=1.`;
  return debug && e instanceof Error && e.stack ? `${line}\n${e.stack}` : line;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    io.stderr(unexpectedErrorMessage(e, argv) + "\n");
    return 1;
  }
}

/** Runs the CLI on this process's arguments and sets its exit code (called by bin/zielmonitor.js on the bundle). */
export function runAsProcess(): void {
  const argv = process.argv.slice(2);
  runCli(argv, {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(unexpectedErrorMessage(e, argv) + "\n");
      process.exitCode = 1;
    },
  );
}

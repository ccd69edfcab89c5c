/**
 * Entry of the `zielmonitor` command: dispatches to the subcommands. They are imported when called, so
 * `zielmonitor --help` in the bundle (dist-cli/zielmonitor.js) runs none of the file libraries' code.
 * Whatever goes wrong below, the user
 * gets one German line (English with --lang en) and exit code 1 – never a stack trace; the stack is
 * printed only with ZIELMONITOR_DEBUG=1, for a bug report.
 */
import { langOf } from "./args";
import type { CliIO } from "./evaluateCommand";
import { msg } from "../domain/messages";

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
      io.stdout(msg("cli.usage", undefined, langOf(rest)) + "\n");
      return 0;
    default:
      io.stderr(`${command ? msg("cli.commandUnknown", { command }, langOf(rest)) : msg("cli.noCommand", undefined, langOf(rest))}\n\n${msg("cli.usage", undefined, langOf(rest))}\n`);
      return 2;
  }
}

/** One line for an error no command caught: what happened, that nothing was changed, how to report it. */
export function unexpectedErrorMessage(e: unknown, argv: string[], debug = Boolean(process.env.ZIELMONITOR_DEBUG)): string {
  const raw = e instanceof Error ? e.message : String(e);
  const lang = langOf(argv);
  const detail = e instanceof RangeError && /call stack/i.test(raw) ? msg("cli.tooDeep", undefined, lang) : raw;
  const files = argv.slice(1).filter((a) => !a.startsWith("--"));
  const where = files.length > 0 ? `${files[0]}: ` : "";
  const line = `${where}${msg("cli.unexpected", { detail }, lang)}`;
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

/**
 * Where `--out` may write: never the input (by path, symbolic link, hard link or inode), never a
 * directory, never below a file, and with the input's kind (.xlsm keeps its macros only as .xlsm).
 * Checked before anything is read; the copy is written to a temporary file beside the target and
 * renamed, so a link at the target is replaced, never written through.
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { message, type Message } from "../domain/messages";

/** Why `--out` may not be written: a message of the catalogue (`out.*`). */
export type OutPathProblem = Message;

function ancestorsFile(path: string): string | null {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(dir)) return statSync(dir).isDirectory() ? null : dir;
    if (dirname(dir) === dir) return null;
  }
}

export function checkOutPath(input: string, out: string): OutPathProblem | null {
  const inAbs = resolve(input);
  const outAbs = resolve(out);
  const same = message("out.isInput", { out, input });
  if (inAbs === outAbs) return same;
  if (out.endsWith("/") || out.endsWith("\\") || (existsSync(outAbs) && statSync(outAbs).isDirectory()))
    return message("out.directory", { out });
  const file = ancestorsFile(outAbs);
  if (file !== null)
    return message("out.belowFile", { out, file });
  if (existsSync(inAbs) && existsSync(outAbs)) {
    const a = statSync(inAbs);
    const b = statSync(outAbs);
    if ((a.dev === b.dev && a.ino === b.ino) || realpathSync(inAbs) === realpathSync(outAbs)) return same;
  }
  const inExt = extname(input).toLowerCase();
  const outExt = extname(out).toLowerCase();
  if (outExt !== ".xlsx" && outExt !== ".xlsm")
    return message("out.extension", { out });
  if ((inExt === ".xlsm") !== (outExt === ".xlsm"))
    return message(inExt === ".xlsm" ? "out.keepMacros" : "out.keepXlsx", { out });
  return null;
}

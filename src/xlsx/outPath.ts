/**
 * Where `--out` may write: never the input (by path, symbolic link, hard link or inode), never a
 * directory, never below a file, and with the input's kind (.xlsm keeps its macros only as .xlsm).
 * Checked before anything is read; the copy is written to a temporary file beside the target and
 * renamed, so a link at the target is replaced, never written through.
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";

export interface OutPathProblem {
  de: string;
  en: string;
}

function ancestorsFile(path: string): string | null {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(dir)) return statSync(dir).isDirectory() ? null : dir;
    if (dirname(dir) === dir) return null;
  }
}

export function checkOutPath(input: string, out: string): OutPathProblem | null {
  const inAbs = resolve(input);
  const outAbs = resolve(out);
  const same = {
    de: `--out "${out}" ist die Eingabedatei "${input}" (gleicher Pfad, Verknüpfung oder Hardlink); die Eingabe wird nie überschrieben. Bitte einen anderen Dateinamen wählen.`,
    en: `--out "${out}" is the input file "${input}" (same path, link or hard link); the input is never overwritten. Please choose another file name.`,
  };
  if (inAbs === outAbs) return same;
  if (out.endsWith("/") || out.endsWith("\\") || (existsSync(outAbs) && statSync(outAbs).isDirectory()))
    return { de: `--out "${out}" ist ein Ordner; bitte einen Dateinamen angeben (z. B. ergebnis.xlsx).`, en: `--out "${out}" is a directory; please give a file name (e.g. result.xlsx).` };
  const file = ancestorsFile(outAbs);
  if (file !== null)
    return { de: `--out "${out}" liegt unter der Datei "${file}", die kein Ordner ist.`, en: `--out "${out}" lies below the file "${file}", which is not a directory.` };
  if (existsSync(inAbs) && existsSync(outAbs)) {
    const a = statSync(inAbs);
    const b = statSync(outAbs);
    if ((a.dev === b.dev && a.ino === b.ino) || realpathSync(inAbs) === realpathSync(outAbs)) return same;
  }
  const inExt = extname(input).toLowerCase();
  const outExt = extname(out).toLowerCase();
  if (outExt !== ".xlsx" && outExt !== ".xlsm")
    return { de: `--out "${out}": bitte eine Datei mit der Endung .xlsx angeben.`, en: `--out "${out}": please give a file ending in .xlsx.` };
  if ((inExt === ".xlsm") !== (outExt === ".xlsm"))
    return inExt === ".xlsm"
      ? { de: `--out "${out}": die Eingabe enthält Makros (.xlsm); die Kopie muss ebenfalls auf .xlsm enden, damit nichts verloren geht.`, en: `--out "${out}": the input holds macros (.xlsm); the copy must end in .xlsm too, so nothing is lost.` }
      : { de: `--out "${out}": die Eingabe ist eine .xlsx-Datei; die Kopie muss auf .xlsx enden.`, en: `--out "${out}": the input is an .xlsx file; the copy must end in .xlsx.` };
  return null;
}

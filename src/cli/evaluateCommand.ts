/**
 * `zielmonitor evaluate`: the same engine as the task pane, on an .xlsx file. Exit codes: 0 success,
 * 1 a problem with the input (German message naming file, sheet and cell), 2 bad arguments.
 */
import { existsSync, readFileSync } from "node:fs";
import { parseEvaluateArgs, USAGE_DE, type EvaluateOptions } from "./args";
import { buildJsonResult } from "./jsonResult";
import { renderTextReport } from "./textReport";
import { readXlsxFile } from "../xlsx/readXlsxFile";
import { writeResultWorkbook } from "../xlsx/writeResultWorkbook";
import { evaluateWorkbook } from "../workbook/evaluateWorkbook";
import type { TargetsChoice } from "../workbook/reportPlan";
import { DUEREN_2023 } from "../domain/targets";
import { parseTargetsFileContent } from "../domain/agreement/targetsFile";
import { parseMapping, type Mapping } from "../workbook/mapping";
import type { Problem } from "../workbook/types";
import { XlsxError } from "../xlsx/errors";
import { checkOutPath } from "../xlsx/outPath";
import type { XlsxWorkbook } from "../xlsx/readXlsx";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A problem with the input: German text, and English for --lang en (the same where already chosen). */
class InputError extends Error {
  constructor(
    message: string,
    readonly messageEn: string = message,
  ) {
    super(message);
  }
}

function readJsonFile(path: string, what: string, whatEn: string): unknown {
  if (!existsSync(path)) throw new InputError(`${what} "${path}" nicht gefunden.`, `${whatEn} "${path}" not found.`);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new InputError(`${what} "${path}" ist kein gültiges JSON: ${(e as Error).message}`, `${whatEn} "${path}" is not valid JSON: ${(e as Error).message}`);
  }
}

/** One set for the workbook, or `{ "jobcenters": { "05358": <targets file>, … } }` with one per Jobcenter key. */
function loadTargets(options: EvaluateOptions): TargetsChoice {
  if (!options.targets) return { kind: "single", set: DUEREN_2023 };
  const parsed = parseTargetsFileContent(readJsonFile(options.targets, "Zieldatei", "Targets file"), options.targets);
  if (!parsed.ok) throw new InputError(parsed.error.message, parsed.error.messageEn);
  return parsed.value;
}

function loadMapping(options: EvaluateOptions): Mapping | undefined {
  if (!options.mapping) return undefined;
  const parsed = parseMapping(readJsonFile(options.mapping, "Zuordnungsdatei", "Mapping file"));
  if (!parsed.ok) throw new InputError(`Zuordnungsdatei "${options.mapping}": ${parsed.error.message}`, `Mapping file "${options.mapping}": ${parsed.error.messageEn}`);
  return parsed.value;
}

async function loadWorkbook(path: string, lang: "de" | "en"): Promise<XlsxWorkbook> {
  if (!existsSync(path)) throw new InputError(lang === "de" ? `Arbeitsmappe "${path}" nicht gefunden.` : `Workbook "${path}" not found.`);
  try {
    return await readXlsxFile(path);
  } catch (e) {
    if (e instanceof XlsxError) throw new InputError(e.text(lang));
    throw new InputError(`Arbeitsmappe "${path}" ist keine lesbare .xlsx-Datei: ${(e as Error).message}`);
  }
}

function problemLine(p: Problem, file: string, lang: "de" | "en"): string {
  const message = lang === "de" ? p.message : p.messageEn;
  // Detector messages name sheet and cell themselves; others get them added.
  const named = p.sheet !== undefined && message.includes(`"${p.sheet}"`);
  const where = [
    file,
    !named && p.sheet ? `${lang === "de" ? "Blatt" : "sheet"} "${p.sheet}"` : "",
    !named && p.cell ? `${lang === "de" ? "Zelle" : "cell"} ${p.cell}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  const tag = p.severity === "error" ? (lang === "de" ? "Fehler" : "Error") : p.severity === "warning" ? (lang === "de" ? "Warnung" : "Warning") : "Info";
  return `${tag}: ${where}: ${message}`;
}

export async function runEvaluateCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseEvaluateArgs(argv);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\n\n${USAGE_DE}\n`);
    return 2;
  }
  const options = parsed.options;
  const file = options.workbook;
  const outProblem = options.out ? checkOutPath(file, options.out) : null;
  if (outProblem) {
    io.stderr(`${options.lang === "de" ? outProblem.de : outProblem.en}\n`);
    return 2;
  }
  try {
    const targets = loadTargets(options);
    const mapping = loadMapping(options);
    const workbook = await loadWorkbook(file, options.lang);
    const result = evaluateWorkbook(workbook, targets, {
      mapping,
      month: options.month,
      vintage: options.vintage,
    });
    const { jobcenters, vintage, asOf, targetSet } = result;
    const problems = [...workbook.notes, ...result.problems];

    if (options.json) {
      io.stdout(JSON.stringify(buildJsonResult(asOf, vintage, jobcenters, problems, options.lang, result.aggregate), null, 2) + "\n");
    } else {
      if (jobcenters.length > 0) io.stdout(renderTextReport(jobcenters, vintage, options.lang, result.aggregate) + "\n");
      for (const p of problems) io.stderr(problemLine(p, file, options.lang) + "\n");
    }
    if (jobcenters.length === 0 || asOf === null) {
      if (options.json) for (const p of problems.filter((q) => q.severity === "error")) io.stderr(problemLine(p, file, options.lang) + "\n");
      io.stderr(options.lang === "de" ? `${file}: keine auswertbaren Daten gefunden.\n` : `${file}: no data that could be evaluated.\n`);
      return 1;
    }
    if (options.out) {
      let notes;
      try {
        notes = await writeResultWorkbook(file, options.out, {
          asOf,
          vintage,
          targetSet,
          jobcenters,
          createdAt: new Date(),
        });
      } catch (e) {
        if (e instanceof XlsxError) throw new InputError(e.text(options.lang));
        throw e;
      }
      for (const n of notes) io.stderr(`${options.lang === "de" ? "Hinweis" : "Note"}: ${options.out}: ${options.lang === "de" ? n.de : n.en}\n`);
      io.stderr(options.lang === "de" ? `Ergebnis geschrieben: ${options.out}\n` : `Result written: ${options.out}\n`);
    }
    return problems.some((p) => p.severity === "error") ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr((options.lang === "en" ? e.messageEn : e.message) + "\n");
      return 1;
    }
    throw e;
  }
}

/**
 * `zielmonitor evaluate`: the same engine as the task pane, on an .xlsx file. Exit codes: 0 success,
 * 1 a problem with the input (German message naming file, sheet and cell), 2 bad arguments.
 */
import { existsSync, readFileSync } from "node:fs";
import { langOf, parseEvaluateArgs, type EvaluateOptions } from "./args";
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
import { message, MessageError, msg, text, type Lang, type Message } from "../domain/messages";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A problem with the input: exit code 1, said in the output language. */
class InputError extends MessageError {
  static of(m: Message): InputError {
    return new InputError(m);
  }
}

function readJsonFile(path: string, what: Message): unknown {
  if (!existsSync(path)) throw InputError.of(message("cli.fileNotFound", { what, path }));
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw InputError.of(message("cli.badJson", { what, path, why: (e as Error).message }));
  }
}

/** One set for the workbook, or `{ "jobcenters": { "05358": <targets file>, … } }` with one per Jobcenter key. */
function loadTargets(options: EvaluateOptions): TargetsChoice {
  if (!options.targets) return { kind: "single", set: DUEREN_2023 };
  const parsed = parseTargetsFileContent(readJsonFile(options.targets, message("cli.targetsFile")), options.targets);
  if (!parsed.ok) throw InputError.of(parsed.error.message);
  return parsed.value;
}

function loadMapping(options: EvaluateOptions): Mapping | undefined {
  if (!options.mapping) return undefined;
  const what = message("cli.mappingFile");
  const parsed = parseMapping(readJsonFile(options.mapping, what));
  if (!parsed.ok) throw InputError.of(message("cli.fileProblem", { what, path: options.mapping, why: parsed.error.message }));
  return parsed.value;
}

async function loadWorkbook(path: string): Promise<XlsxWorkbook> {
  if (!existsSync(path)) throw InputError.of(message("cli.fileNotFound", { what: message("cli.workbook"), path }));
  try {
    return await readXlsxFile(path);
  } catch (e) {
    if (e instanceof XlsxError) throw InputError.of(e.problem);
    throw InputError.of(message("cli.notXlsx", { path, why: (e as Error).message }));
  }
}

const TAG = { error: "cli.error", warning: "cli.warning", info: "cli.info" } as const;

function problemLine(p: Problem, file: string, lang: Lang): string {
  const said = text(p.message, lang);
  // Detector messages name sheet and cell themselves; others get them added.
  const named = p.sheet !== undefined && said.includes(`"${p.sheet}"`);
  const where = [file, !named && p.sheet ? msg("cli.sheet", { sheet: p.sheet }, lang) : "", !named && p.cell ? msg("cli.cell", { cell: p.cell }, lang) : ""]
    .filter(Boolean)
    .join(", ");
  return `${msg(TAG[p.severity], undefined, lang)}: ${where}: ${said}`;
}

export async function runEvaluateCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseEvaluateArgs(argv);
  if (!parsed.ok) {
    const lang = langOf(argv);
    io.stderr(`${text(parsed.message, lang)}\n\n${msg("cli.usage", undefined, lang)}\n`);
    return 2;
  }
  const options = parsed.options;
  const file = options.workbook;
  const outProblem = options.out ? checkOutPath(file, options.out) : null;
  if (outProblem) {
    io.stderr(`${text(outProblem, options.lang)}\n`);
    return 2;
  }
  try {
    const targets = loadTargets(options);
    const mapping = loadMapping(options);
    const workbook = await loadWorkbook(file);
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
      io.stderr(`${msg("cli.nothingToEvaluate", { file }, options.lang)}\n`);
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
          lang: options.lang,
        });
      } catch (e) {
        if (e instanceof XlsxError) throw InputError.of(e.problem);
        throw e;
      }
      for (const n of notes) io.stderr(`${msg("cli.note", undefined, options.lang)}: ${options.out}: ${text(n, options.lang)}\n`);
      io.stderr(`${msg("cli.written", { file: options.out }, options.lang)}\n`);
    }
    // A warning about a cell (an unreadable value, a month missing or merged) is a problem with the input:
    // the figures are still printed and written, but the exit code says the input needs a look.
    return problems.some((p) => p.severity === "error" || (p.severity === "warning" && p.cell !== undefined)) ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(text(e.problem, options.lang) + "\n");
      return 1;
    }
    throw e;
  }
}

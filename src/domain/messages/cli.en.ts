/** The command line's arguments and usage (English), typed against the German texts. */
import type { cliDe } from "./cli.de";

export const cliEn: typeof cliDe = {
  "cli.optionNoValue": (p) => `Option --${p.option} takes no value`,
  "cli.optionNeedsValue": (p) => `Option --${p.option} needs a value`,
  "cli.optionUnknown": (p) => `Unknown option ${p.option}`,
  "cli.noWorkbook": "No workbook given (zielmonitor evaluate <workbook.xlsx>)",
  "cli.tooManyArgs": (p) => `Too many arguments: ${p.args}`,
  "cli.monthForm": (p) => `--month "${p.month}" is not a month of the form YYYY-MM`,
  "cli.vintageUnknown": (p) => `--vintage "${p.vintage}": allowed are t-0 and t-3`,
  "cli.commandUnknown": (p) => `Unknown command "${p.command}"`,
  "cli.noCommand": "No command given",
  "cli.usage": `Zielmonitor SGB II – target attainment under § 48b SGB II

Usage:
  zielmonitor evaluate <workbook.xlsx> [--targets targets.json] [--mapping mapping.json] [--month YYYY-MM]
                       [--vintage t-0|t-3] [--json] [--out result.xlsx] [--lang de|en]
  zielmonitor targets <agreement.txt|md|docx> [--out targets.json]

Without --targets the targets of the Kreis Düren 2023 agreement apply; without --month the latest month
with complete data; without --vintage the agreement's vintage (t-0).
Exit codes: 0 success, 1 a problem with the input, 2 wrong arguments.`,
  "cli.usageTargets": "Usage: zielmonitor targets <agreement.txt|md|docx> [--year YYYY] [--out targets.json] [--lang de|en]",
};

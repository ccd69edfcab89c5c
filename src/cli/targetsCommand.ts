/**
 * `zielmonitor targets <vereinbarung.txt|md|docx> [--year JJJJ] [--out ziele.json] [--lang de|en]`: reads
 * the targets from an agreement's text and writes the targets file. The year comes from the text; where
 * the text names none (or several), `--year` is required. Exit codes: 0 ok, 1 unreadable input or no
 * targets, 2 bad arguments (including a missing `--year`).
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { langOf, splitArgs } from "./args";
import { readAgreementFile } from "../xlsx/readAgreementFile";
import { parseAgreement, targetsFileJson } from "../domain/agreement";
import { formatTarget, indicatorName, unitLabel } from "../domain/display";
import { errorText, message, msg, text } from "../domain/messages";
import type { CliIO } from "./evaluateCommand";


export async function runTargetsCommand(argv: string[], io: CliIO): Promise<number> {
  const split = splitArgs(argv, [], ["out", "lang", "year"]);
  if (!split.ok) {
    io.stderr(`${text(split.message, langOf(argv))}\n${msg("cli.usageTargets", undefined, langOf(argv))}\n`);
    return 2;
  }
  const { positional, named } = split.options;
  const lang = named.get("lang") ?? "de";
  if (positional.length !== 1 || (lang !== "de" && lang !== "en")) {
    io.stderr(`${positional.length !== 1 ? msg("cli.oneAgreement", undefined, langOf(argv)) : msg("cli.langUnknown", { lang }, langOf(argv))}\n${msg("cli.usageTargets", undefined, langOf(argv))}\n`);
    return 2;
  }
  const yearArg = named.get("year");
  const givenYear = yearArg === undefined ? undefined : /^\d{4}$/.test(yearArg) ? Number(yearArg) : NaN;
  if (givenYear !== undefined && !(givenYear >= 2000 && givenYear <= 2100)) {
    io.stderr(`${msg("cli.yearRange", { year: String(yearArg) }, lang)}\n${msg("cli.usageTargets", undefined, lang)}\n`);
    return 2;
  }
  const file = positional[0];
  if (!existsSync(file)) {
    io.stderr(`${msg("cli.fileNotFound", { what: message("cli.agreement"), path: file }, lang)}\n`);
    return 1;
  }
  let agreementText: string;
  try {
    agreementText = await readAgreementFile(file);
  } catch (e) {
    io.stderr(`${msg("cli.unreadable", { what: message("cli.agreement"), path: file, why: errorText(e, lang) }, lang)}\n`);
    return 1;
  }
  const parsed = parseAgreement(agreementText);
  const year = givenYear ?? parsed.year;
  if (year === null) {
    const why = parsed.problems.map((p) => text(p.message, lang)).join(" ");
    io.stderr(`${msg("cli.yearNeeded", { file, why, example: new Date().getFullYear() }, lang)}\n${msg("cli.usageTargets", undefined, lang)}\n`);
    return 2;
  }

  const lines = [msg("cli.agreementTitle", { year, jobcenter: parsed.jobcenter ?? "", vintage: parsed.vintage ?? "" }, lang)];
  if (givenYear !== undefined && parsed.year !== null && givenYear !== parsed.year)
    lines.push(`  ${msg("cli.yearDiffers", { text: parsed.year, given: givenYear }, lang)}`);
  for (const t of parsed.targets)
    lines.push(
      `  ${t.id}  ${indicatorName(t.indicator, lang)}: ${formatTarget(t, lang)} (${unitLabel(t.unit, lang)})${t.absolute !== undefined ? ` = ${t.absolute}` : ""}`,
      `        „${t.wording}“`,
    );
  for (const m of parsed.monitoring) lines.push(`  ${m.id}  Monitoring: ${indicatorName(m.indicator, lang)}`);
  if (parsed.notUnderstood.length > 0) {
    lines.push(msg("cli.notUnderstood", undefined, lang));
    for (const n of parsed.notUnderstood) lines.push(`  – „${n.sentence}“ (${text(n.reason, lang)})`);
  }
  if (parsed.targets.length === 0) {
    io.stderr(`${lines.join("\n")}\n${msg("cli.noTargets", { file }, lang)}\n`);
    return 1;
  }
  const json = JSON.stringify(targetsFileJson(parsed, year, lang), null, 2) + "\n";
  const out = named.get("out");
  if (out) {
    try {
      await writeFile(out, json, "utf8");
    } catch (e) {
      io.stderr(`${msg("cli.cannotWrite", { what: message("cli.targetsFile"), path: out, why: errorText(e, lang) }, lang)}\n`);
      return 1;
    }
    lines.push(msg("cli.targetsWritten", { file: out }, lang));
  } else io.stdout(json);
  io.stderr(lines.join("\n") + "\n");
  return 0;
}

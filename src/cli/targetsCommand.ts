/**
 * `zielmonitor targets <vereinbarung.txt|md|docx> [--year JJJJ] [--out ziele.json] [--lang de|en]`: reads
 * the targets from an agreement's text and writes the targets file. The year comes from the text; where
 * the text names none (or several), `--year` is required. Exit codes: 0 ok, 1 unreadable input or no
 * targets, 2 bad arguments (including a missing `--year`).
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { splitArgs } from "./args";
import { readAgreementFile } from "../xlsx/readAgreementFile";
import { parseAgreement, targetsFileJson } from "../domain/agreement";
import { formatTarget, indicatorName, unitLabel } from "../domain/display";

export interface TargetsIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE = "Aufruf: zielmonitor targets <vereinbarung.txt|md|docx> [--year JJJJ] [--out ziele.json] [--lang de|en]";

export async function runTargetsCommand(argv: string[], io: TargetsIO): Promise<number> {
  const split = splitArgs(argv, [], ["out", "lang", "year"]);
  if (!split.ok) {
    io.stderr(`${split.message}\n${USAGE}\n`);
    return 2;
  }
  const { positional, named } = split.options;
  const lang = named.get("lang") ?? "de";
  if (positional.length !== 1 || (lang !== "de" && lang !== "en")) {
    io.stderr(`${positional.length !== 1 ? "Genau eine Vereinbarungsdatei angeben." : `--lang "${lang}": erlaubt sind de und en`}\n${USAGE}\n`);
    return 2;
  }
  const de = lang === "de";
  const yearArg = named.get("year");
  const givenYear = yearArg === undefined ? undefined : /^\d{4}$/.test(yearArg) ? Number(yearArg) : NaN;
  if (givenYear !== undefined && !(givenYear >= 2000 && givenYear <= 2100)) {
    io.stderr(`${de ? `--year "${yearArg}": ein Jahr zwischen 2000 und 2100 angeben` : `--year "${yearArg}": give a year between 2000 and 2100`}\n${USAGE}\n`);
    return 2;
  }
  const file = positional[0];
  if (!existsSync(file)) {
    io.stderr(de ? `Vereinbarung "${file}" nicht gefunden.\n` : `Agreement "${file}" not found.\n`);
    return 1;
  }
  let text: string;
  try {
    text = await readAgreementFile(file);
  } catch (e) {
    io.stderr(de ? `Vereinbarung "${file}" ist nicht lesbar: ${(e as Error).message}\n` : `Agreement "${file}" cannot be read: ${(e as Error).message}\n`);
    return 1;
  }
  const parsed = parseAgreement(text);
  const year = givenYear ?? parsed.year;
  if (year === null) {
    const why = parsed.problems.map((p) => (de ? p.message : p.messageEn)).join(" ");
    io.stderr(
      de
        ? `Vereinbarung "${file}": ${why} Bitte mit --year angeben, z. B. --year ${new Date().getFullYear()}.\n${USAGE}\n`
        : `Agreement "${file}": ${why} Please give it with --year, e.g. --year ${new Date().getFullYear()}.\n${USAGE}\n`,
    );
    return 2;
  }

  const lines = [
    de
      ? `Zielvereinbarung ${year}${parsed.jobcenter ? `, ${parsed.jobcenter}` : ""}${parsed.vintage ? `, Wartezeit ${parsed.vintage}` : ""}`
      : `Agreement ${year}${parsed.jobcenter ? `, ${parsed.jobcenter}` : ""}${parsed.vintage ? `, vintage ${parsed.vintage}` : ""}`,
  ];
  if (givenYear !== undefined && parsed.year !== null && givenYear !== parsed.year)
    lines.push(
      de
        ? `  Achtung: der Text nennt ${parsed.year}, verwendet wird --year ${givenYear}.`
        : `  Note: the text names ${parsed.year}; --year ${givenYear} is used.`,
    );
  for (const t of parsed.targets)
    lines.push(
      `  ${t.id}  ${indicatorName(t.indicator, lang)}: ${formatTarget(t, lang)} (${unitLabel(t.unit, lang)})${t.absolute !== undefined ? ` = ${t.absolute}` : ""}`,
      `        „${t.wording}“`,
    );
  for (const m of parsed.monitoring) lines.push(`  ${m.id}  Monitoring: ${indicatorName(m.indicator, lang)}`);
  if (parsed.notUnderstood.length > 0) {
    lines.push(de ? "Nicht verstanden (bitte von Hand prüfen):" : "Not understood (please check by hand):");
    for (const n of parsed.notUnderstood) lines.push(`  – „${n.sentence}“ (${de ? n.reason : n.reasonEn})`);
  }
  if (parsed.targets.length === 0) {
    io.stderr(lines.join("\n") + "\n" + (de ? `In "${file}" wurden keine Ziele erkannt.\n` : `No targets found in "${file}".\n`));
    return 1;
  }
  const json = JSON.stringify(targetsFileJson(parsed, year), null, 2) + "\n";
  const out = named.get("out");
  if (out) {
    try {
      await writeFile(out, json, "utf8");
    } catch (e) {
      io.stderr(
        de ? `Zieldatei "${out}" kann nicht geschrieben werden: ${(e as Error).message}\n` : `Cannot write targets file "${out}": ${(e as Error).message}\n`,
      );
      return 1;
    }
    lines.push(de ? `Zieldatei geschrieben: ${out}` : `Targets file written: ${out}`);
  } else io.stdout(json);
  io.stderr(lines.join("\n") + "\n");
  return 0;
}

/**
 * `zielmonitor targets <vereinbarung.txt|md|docx> [--out ziele.json] [--lang de|en]`: reads the targets
 * from an agreement's text and writes the targets file. Exit codes: 0 ok, 1 unreadable input, 2 bad arguments.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { splitArgs } from "./args";
import { readAgreementFile } from "./readAgreementFile";
import { parseAgreement, targetsFileJson } from "../domain/agreement";
import { formatTarget, indicatorName, unitLabel } from "../domain/display";

export interface TargetsIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const USAGE = "Aufruf: zielmonitor targets <vereinbarung.txt|md|docx> [--out ziele.json] [--lang de|en]";

export async function runTargetsCommand(argv: string[], io: TargetsIO): Promise<number> {
  const split = splitArgs(argv, [], ["out", "lang"]);
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
  const file = positional[0];
  if (!existsSync(file)) {
    io.stderr(`Vereinbarung "${file}" nicht gefunden.\n`);
    return 1;
  }
  let text: string;
  try {
    text = await readAgreementFile(file);
  } catch (e) {
    io.stderr(`Vereinbarung "${file}" ist nicht lesbar: ${(e as Error).message}\n`);
    return 1;
  }
  const parsed = parseAgreement(text);
  const json = JSON.stringify(targetsFileJson(parsed), null, 2) + "\n";
  const out = named.get("out");
  if (out) await writeFile(out, json, "utf8");
  else io.stdout(json);

  const de = lang === "de";
  const lines = [
    de
      ? `Zielvereinbarung ${parsed.year}${parsed.jobcenter ? `, ${parsed.jobcenter}` : ""}${parsed.vintage ? `, Wartezeit ${parsed.vintage}` : ""}`
      : `Agreement ${parsed.year}`,
  ];
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
  if (out) lines.push(de ? `Zieldatei geschrieben: ${out}` : `Targets file written: ${out}`);
  io.stderr(lines.join("\n") + "\n");
  if (parsed.targets.length === 0) {
    io.stderr(de ? `In "${file}" wurden keine Ziele erkannt.\n` : `No targets found in "${file}".\n`);
    return 1;
  }
  return 0;
}

/**
 * The agreement parser on large and hostile texts: 5 MB of agreement text (the Düren agreement
 * repeated), and texts that made regular expressions backtrack for minutes (long runs of spaces, an
 * endless parties clause, repeated direction words, one 1 MB sentence full of figures). Each must take
 * well under a second; the note gives MB/s and the targets found, so a silent change shows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { time, type BenchRow } from "./benchRow";
import { parseAgreement } from "../src/domain/agreement";

const MB = 1024 * 1024;

function sized(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length))).slice(0, bytes);
}

export async function run(): Promise<BenchRow[]> {
  const seed = readFileSync(join(__dirname, "../test/fixtures/agreements/zielvereinbarung-kreis-dueren-2023.md"), "utf8");
  const cases: [string, string, string][] = [
    ["Vereinbarung 5 MB", "Düren-Text wiederholt", sized(seed + "\n\n", 5 * MB)],
    ["Leerzeichen 1 MB", "eine Zeile, nur Leerzeichen und ein Satzende", sized(" ", MB) + "x.\n"],
    ["Leerzeichen vor Zeilenende 1 MB", "Leerzeichen, dann Zeilenumbruch", sized("                                        \t\n", MB)],
    ["Parteien-Klausel 1 MB", "„zwischen dem … und dem …“ ohne Ende", sized("zwischen dem Ministerium für Arbeit und dem Jobcenter Kreis und dem ", MB)],
    [
      "Richtungswörter 1 MB",
      "„steigt sinkt mindestens höchstens nicht mehr als“",
      sized("Die Integrationen steigt sinkt um mindestens höchstens nicht mehr als ", MB),
    ],
    ["Zahlensatz 1 MB", "ein Satz voller Zahlen mit Einheit", sized("Integrationen um 1,9 % und 0,1 Prozentpunkte, ", MB)],
    ["Zahlen ohne Punkt 1 MB", "Ziffern und Trennzeichen ohne Ende", sized("1.234,5.6,7.8", MB)],
  ];
  const rows: BenchRow[] = [];
  for (const [name, unit, text] of cases) {
    let found = 0;
    const ms = await time(() => {
      found = parseAgreement(text).targets.length;
    }, 2);
    const mbPerS = text.length / MB / (ms / 2 / 1000);
    rows.push({ name: `Zielvereinbarung: ${name}`, unit, iterations: 2, totalMs: ms, note: `${mbPerS.toFixed(1)} MB/s, ${found} Ziele` });
  }
  return rows;
}

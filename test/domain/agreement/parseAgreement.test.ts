/**
 * The agreement parser against agreements written in many styles (test/fixtures/agreements/*.md|txt,
 * each with its targets worked out by hand in *.expected.json), single sentences of common wordings, and
 * traps that must give no target. All tables: one row per case.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAgreement, type ParsedAgreement } from "../../../src/domain/agreement";
import type { IndicatorCode } from "../../../src/domain/indicators";
import { text as messageText } from "../../../src/domain/messages";
import { DUEREN_2023 } from "../../../src/domain/targets";

const DIR = join(__dirname, "../../fixtures/agreements");
const read = (name: string) => readFileSync(join(DIR, name), "utf8");
const SEED = read("zielvereinbarung-kreis-dueren-2023.md");
const VARIANT = read("variante-land-2024.md");

type Row = [string, IndicatorCode, string, string, number, number?];
interface Expected {
  style: string;
  year: number | null;
  jobcenter: string;
  ministry: string;
  vintage: string | null;
  previousTotals?: Partial<Record<IndicatorCode, number>>;
  targets: Row[];
  checks?: [string, boolean][];
  monitoring: IndicatorCode[];
  notUnderstood: [string, string][];
  problems: string[];
}

const FIXTURES = readdirSync(DIR)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => {
    const base = f.replace(".expected.json", "");
    const text = readdirSync(DIR).find((g) => g.startsWith(`${base}.`) && !g.endsWith(".json"));
    return { name: base, text: read(text ?? ""), expected: JSON.parse(read(f)) as Expected };
  });

const rows = (p: ParsedAgreement): Row[] =>
  p.targets.map((t) =>
    t.absolute === undefined ? [t.id, t.indicator, t.unit, t.direction, t.value] : [t.id, t.indicator, t.unit, t.direction, t.value, t.absolute],
  );
const flat = (s: string) => s.replace(/[*_`#]/g, "").replace(/\s+/g, " ");

test("at least six agreements in different styles besides the seed", () => {
  expect(FIXTURES.length).toBeGreaterThanOrEqual(8);
  expect(new Set(FIXTURES.map((f) => f.expected.year)).size).toBeGreaterThanOrEqual(4);
});

describe.each(FIXTURES)("$name", ({ text, expected }) => {
  const parsed = parseAgreement(text, { previousTotals: expected.previousTotals });

  it("gives exactly the targets worked out by hand, in document order", () => {
    expect(rows(parsed)).toEqual(expected.targets);
  });

  it("reads year, parties and vintage", () => {
    expect({ year: parsed.year, jobcenter: parsed.jobcenter, ministry: parsed.ministry, vintage: parsed.vintage ?? null }).toEqual({
      year: expected.year,
      jobcenter: expected.jobcenter,
      ministry: expected.ministry,
      vintage: expected.vintage,
    });
    expect(parsed.problems.map((p) => p.code)).toEqual(expected.problems);
  });

  it("lists every other sentence with an indicator and a figure, with its reason", () => {
    expect(
      parsed.notUnderstood.map((n) => [n.sentence.slice(0, expected.notUnderstood.find(([s]) => n.sentence.startsWith(s))?.[0].length ?? 40), n.code]),
    ).toEqual(expected.notUnderstood);
  });

  it("keeps each target's sentence as written and finds the monitoring items", () => {
    for (const t of parsed.targets) expect(flat(text)).toContain(t.wording);
    expect(parsed.monitoring.map((m) => m.indicator)).toEqual(expected.monitoring);
    expect(parsed.checks.map((c) => [c.targetId, c.ok])).toEqual(expected.checks ?? []);
  });
});

describe("the Düren 2023 agreement", () => {
  const parsed = parseAgreement(SEED, { previousTotals: { INT: 2630 } });
  const fields = ({ id, goal, indicator, unit, direction, value, absolute }: (typeof DUEREN_2023.targets)[number]) => ({
    id,
    goal,
    indicator,
    unit,
    direction,
    value,
    absolute,
  });

  it("gives exactly the five targets of DUEREN_2023, with their sentences", () => {
    expect(parsed.targets.map(fields)).toEqual(DUEREN_2023.targets.map(fields));
    expect(parsed.targets[0].absolute).toBe(50);
    expect(parsed.targets[2].gapMode).toBe("signed");
    parsed.targets.forEach((t, i) => expect(t.wording).toBe(DUEREN_2023.targets[i].wording));
  });

  it("checks '= 50 Integrationen' against 1.9 % of 2,630 = 49.97, and flags 1.9 % of 3,000 = 57", () => {
    expect(parsed.checks).toHaveLength(1);
    expect(parsed.checks[0].ok).toBe(true);
    expect(parseAgreement(SEED, { previousTotals: { INT: 3000 } }).checks[0].ok).toBe(false);
  });

  it("says the check in German and English with each language's numbers: 0,019 × 2.630 = 49,97; 0,019 × 3.000 = 57", () => {
    const id = parsed.checks[0].targetId;
    expect(messageText(parsed.checks[0].message)).toBe(`${id}: 1,9 % von 2.630 = 49,97 ≈ 50 – stimmig.`);
    expect(messageText(parsed.checks[0].message, "en")).toBe(`${id}: 1.9 % of 2,630 = 49.97 ≈ 50 – consistent.`);
    const off = parseAgreement(SEED, { previousTotals: { INT: 3000 } }).checks[0].message;
    expect(messageText(off)).toBe(`${id}: 1,9 % von 3.000 sind 57, die Vereinbarung nennt 50 – bitte prüfen.`);
    expect(messageText(off, "en")).toBe(`${id}: 1.9 % of 3,000 is 57, the agreement says 50 – please check.`);
  });
});

describe("the variant agreement", () => {
  const parsed = parseAgreement(VARIANT);
  it("lists what it cannot read with a reason naming the problem", () => {
    expect(parsed.notUnderstood.map((n) => messageText(n.reason))).toEqual([
      expect.stringContaining("Indikator"),
      expect.stringContaining("mehrere"),
      expect.stringContaining("widersprechen"),
    ]);
  });
  it("ignores figures of sentences naming no indicator (section 2: Beratungen)", () => {
    expect(parsed.targets.some((t) => t.wording.includes("Beratungen"))).toBe(false);
    expect(parsed.notUnderstood.some((n) => n.sentence.includes("Beratungen"))).toBe(false);
  });
});

/** One sentence under a goal heading of no particular goal; year 2024 named in the title. */
const one = (sentence: string) => parseAgreement(`# Zielvereinbarung 2024\n\n## Ziele\n\n${sentence}\n`);

describe("wordings of targets", () => {
  it.each<[string, string, IndicatorCode, string, string, number]>([
    ["passive with modal", "Die Zahl der Integrationen soll um 2 % gesteigert werden.", "INT", "percent", ">=", 0.02],
    ["ist … zu verringern", "Der Bestand an Langzeitleistungsbeziehenden ist um 1,0 Prozent zu verringern.", "K3", "percent", "<=", -0.01],
    ["intention", "Das Jobcenter strebt eine Steigerung der Integrationen um 1,5 Prozent an.", "INT", "percent", ">=", 0.015],
    ["level with soll mindestens … betragen", "Die Integrationsquote soll mindestens 21,5 % betragen.", "K2", "count", ">=", 0.215],
    ["level wenigstens … erreichen", "Die Integrationsquote soll 2024 wenigstens 21,0 % erreichen.", "K2", "count", ">=", 0.21],
    ["level auf höchstens", "Der Bestand an Langzeitleistungsbeziehenden soll auf höchstens 4.500 sinken.", "K3", "count", "<=", 4500],
    [
      "gegenüber dem Vorjahr is only the comparison",
      "Das Ziel ist erreicht, wenn sich der Bestand an Langzeitleistungsbeziehenden um mindestens 0,4 Prozent gegenüber dem Vorjahr verringert.",
      "K3",
      "percent",
      "<=",
      -0.004,
    ],
    ["allowed decrease", "Die Integrationen dürfen um höchstens 1,0 % zurückgehen.", "INT", "percent", ">=", -0.01],
    ["allowed increase", "Der Bestand an Langzeitleistungsbeziehenden darf um maximal 0,5 % wachsen.", "K3", "percent", "<=", 0.005],
    ["year inside the condition", "Das Ziel ist erreicht, wenn die Integrationen im Jahr 2024 um 1,9 % steigen.", "INT", "percent", ">=", 0.019],
    ["sign only, with a target word", "Zielwert für K3: − 0,3 Prozent.", "K3", "percent", "<=", -0.003],
    ["separable verb", "Die Zahl der Integrationen nimmt um 2 Prozent zu.", "INT", "percent", ">=", 0.02],
    [
      "better, read by the indicator",
      "Die Integrationsquote der Langzeitleistungsbeziehenden soll sich um 0,2 Prozentpunkte verbessern.",
      "K3E1",
      "points",
      ">=",
      0.002,
    ],
    ["vom Hundert", "Die Integrationen sollen um 2 v. H. steigen.", "INT", "percent", ">=", 0.02],
    ["integrations counted without the word beside the number", "Die Zahl der Integrationen soll 2024 mindestens 2.704 betragen.", "INT", "count", ">=", 2704],
  ])("%s", (_, sentence, indicator, unit, direction, value) => {
    const p = one(sentence);
    expect(p.notUnderstood).toEqual([]);
    expect(p.targets.map(({ indicator: i, unit: u, direction: d, value: v }) => [i, u, d, v])).toEqual([[indicator, unit, direction, value]]);
  });
});

describe("traps: no target, the sentence listed with its reason", () => {
  it.each([
    ["past result", "Im Jahr 2022 stiegen die Integrationen um 3,2 %.", "past"],
    ["past perfect", "Der Bestand an Langzeitleistungsbeziehenden ist 2023 um 1,4 Prozent gesunken.", "past"],
    ["earlier year only", "Integrationen 2022: + 3,2 %.", "past"],
    ["negated", "Das Ziel ist nicht erreicht, wenn die Integrationen um 2 % steigen.", "negated"],
    ["kein", "Eine Steigerung der Integrationsquote um 0,5 Prozentpunkte ist kein Ziel.", "negated"],
    ["hypothetical falls", "Falls die Integrationen um 2 % steigen, wird nachgesteuert.", "hypothetical"],
    ["hypothetical würde", "Eine Verringerung des Bestands an Langzeitleistungsbeziehenden um 2 % würde begrüßt.", "hypothetical"],
    ["number without direction", "Die Integrationen liegen bei 2.630.", "levelNoDirection"],
    ["gegenüber dem Vorjahr alone", "Die Integrationsquote um 0,3 Prozent gegenüber dem Vorjahr.", "comparisonOnly"],
    ["no unit", "Die Integrationsquote soll um 0,3 steigen.", "noUnit"],
    ["change by a count", "Die Integrationen sollen um 50 Integrationen steigen.", "changeAsCount"],
    ["both directions", "Die Integrationen sollen um 2 % steigen und der Bestand an Langzeitleistungsbeziehenden sinken.", "bothDirections"],
    ["contradicting sign", "Die Integrationen sollen um − 2 % steigen.", "contradiction"],
    ["signed figure, no target word", "Integrationen: + 2,1 %.", "noTargetWord"],
    ["euro", "Die Leistungen zum Lebensunterhalt sollen um höchstens 2 Mio. Euro steigen.", "euro"],
  ])("%s", (_, sentence, code) => {
    const p = one(sentence);
    expect(p.targets).toEqual([]);
    expect(p.notUnderstood.map((n) => [n.sentence, n.code])).toEqual([[sentence, code]]);
  });

  it.each([
    ["paragraph numbers", "Grundlage sind die Integrationen nach § 48b Abs. 3 Satz 1 SGB II."],
    ["dates", "Die Integrationen werden zum 31.12.2024 und am 05/12/2024 gemeldet."],
    ["page numbers", "Die Integrationen sind auf Seite 4 von 12 erläutert."],
    ["durations", "Langzeitleistungsbeziehende sind in 21 von 24 Monaten hilfebedürftig."],
    ["ordinal dates", "Die Integrationen werden am 3. März 2024 besprochen."],
    ["indicator codes", "Zielindikatoren sind K2 und K3E1 sowie die Integrationen."],
  ])("%s are no figures: nothing to list", (_, sentence) => {
    const p = one(sentence);
    expect(p.targets).toEqual([]);
    expect(p.notUnderstood).toEqual([]);
  });
});

describe("year", () => {
  it.each([
    ["named in the title", "# Zielvereinbarung 2025\n\nDie Integrationen sollen um 2 % steigen.", 2025, []],
    ["inside the condition", "Das Ziel ist erreicht, wenn die Integrationen im Jahr 2026 um 2 % steigen.", 2026, []],
    ["none: unknown, never this year", "Die Integrationen sollen um 2 % steigen.", null, ["yearUnknown"]],
    [
      "two years in targets: unknown",
      "Die Integrationen sollen 2025 um 2 % steigen. Die Integrationsquote soll 2026 um 0,1 Pp. steigen.",
      null,
      ["yearAmbiguous"],
    ],
    ["a compared year does not count", "Die Integrationen sollen 2025 gegenüber 2024 um 2 % steigen.", 2025, []],
  ])("%s", (_, text, year, problems) => {
    const p = parseAgreement(text);
    expect(p.year).toBe(year);
    expect(p.problems.map((x) => x.code)).toEqual(problems);
    if (year === null) expect(messageText(p.problems[0].message)).toContain("bitte das Jahr");
  });
});

describe("party names end where the name ends", () => {
  it.each([
    ["zwischen dem Land Musterland und dem Jobcenter Musterstadt (gE), vertreten durch X, schließen …", "Jobcenter Musterstadt", "Land Musterland"],
    [
      "zwischen dem Jobcenter Landkreis St. Wendel und dem Ministerium für Soziales des Saarlandes als Aufsicht",
      "Jobcenter Landkreis St. Wendel",
      "Ministerium für Soziales des Saarlandes",
    ],
    [
      `zwischen dem Ministerium und dem Jobcenter Kreis X ${"und so weiter ".repeat(50)}`,
      "Jobcenter Kreis X und so weiter und so weiter und so weiter und so weiter und so weiter und so",
      "Ministerium",
    ],
  ])("%s", (text, jobcenter, ministry) => {
    const p = parseAgreement(text);
    expect([p.jobcenter, p.ministry]).toEqual([jobcenter, ministry]);
  });
});

/**
 * Properties of the agreement parser (fast-check): it never throws, never invents a target from text
 * without a number or without a direction, never takes one from a sentence about the past, and its work
 * grows linearly with the text (counted in steps, not timed – the timing is in `npm run bench`).
 */
import fc from "fast-check";
import { parseAgreement } from "../../../src/domain/agreement";
import { work } from "../../../src/domain/agreement/tokens";

const INDICATORS = [
  "Integrationen",
  "die Integrationsquote",
  "die Integrationsquote der Frauen",
  "der Bestand an Langzeitleistungsbeziehenden",
  "K3",
  "K2",
  "die Integrationen von Langzeitleistungsbeziehenden",
  "der Abstand der Integrationsquoten von Frauen und Männern",
  "die Leistungen zum Lebensunterhalt",
];
const DIRECTIONS = [
  "steigt",
  "sinkt",
  "erhöht",
  "verringert",
  "soll gesteigert werden",
  "ist zu senken",
  "mindestens",
  "höchstens",
  "um nicht mehr als",
  "maximal",
  "wenigstens",
  "auf mindestens",
  "+",
  "-",
  "−",
  "Rückgang",
  "Anstieg",
  "verbessern",
];
const UNITS = ["%", "Prozent", "Prozentpunkte", "Prozent-Punkte", "%-Punkte", "Pp.", "Integrationen", ""];
const NEUTRAL = [
  "Das Ziel ist erreicht, wenn",
  "die",
  "der",
  "gegenüber dem Vorjahr",
  "im Jahr",
  "soll",
  "beträgt",
  "liegt",
  "bei",
  "um",
  "auf",
  "von",
  "(",
  ")",
  "=",
  ",",
  ".",
  "\n",
  "\n\n",
  "\n## II. Verbesserung der Integration\n",
  "1.",
  "§",
  "Abs.",
  "Seite",
  "zwischen dem",
  "und dem",
  "Jobcenter",
  "als",
  "vertreten durch",
  "erreichen",
  "betragen",
  "Ziel",
  "Vorjahr",
];
const NUMBERS = ["1,9", "0,1", "2.704", "21,0", "0,25", "612", "3", "12,5"];
const PAST = ["stiegen", "sank", "lag", "betrug", "sind gestiegen", "wurden erreicht", "ist gesunken", "erhöhte sich", "verringerte sich", "nahm zu", "waren"];

const pick = (words: readonly string[]) => fc.constantFrom(...words);
const textOf = (parts: fc.Arbitrary<string>) => fc.array(parts, { maxLength: 60 }).map((ws) => ws.join(" "));

describe("agreement parser properties", () => {
  it("never throws, on any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: "grapheme", maxLength: 200 }),
          textOf(fc.oneof(pick(INDICATORS), pick(DIRECTIONS), pick(UNITS), pick(NEUTRAL), pick(NUMBERS), pick(PAST))),
        ),
        (text) => {
          const p = parseAgreement(text);
          expect(Array.isArray(p.targets) && Array.isArray(p.notUnderstood)).toBe(true);
          expect(p.year === null || (Number.isInteger(p.year) && p.problems.length === 0)).toBe(true);
          for (const t of p.targets) expect(Number.isFinite(t.value)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("no target from text without a number", () => {
    // "bleibt gleich" / "konstant" state the number 0 in words, so they are left out of the vocabulary.
    fc.assert(
      fc.property(textOf(fc.oneof(pick(INDICATORS), pick(DIRECTIONS), pick(UNITS), pick(NEUTRAL.filter((w) => !/\d/.test(w))), pick(PAST))), (text) => {
        expect(parseAgreement(text).targets).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("no target from text without a direction", () => {
    fc.assert(
      fc.property(textOf(fc.oneof(pick(INDICATORS), pick(UNITS), pick(NEUTRAL), pick(NUMBERS))), (text) => {
        expect(parseAgreement(text).targets).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("no target from a sentence about the past, and the sentence is listed", () => {
    fc.assert(
      fc.property(
        pick(INDICATORS.slice(0, 7)),
        pick(PAST),
        fc.integer({ min: 2015, max: 2023 }),
        pick(NUMBERS),
        pick(UNITS.slice(0, 6)),
        (ind, verb, year, n, unit) => {
          const sentence = `Im Jahr ${year} ${verb} ${ind} um ${n} ${unit}.`;
          const p = parseAgreement(`# Zielvereinbarung 2024\n\n${sentence}\n\nDie Integrationen sollen 2024 um 1,9 % steigen.`);
          expect(p.targets.map((t) => t.wording)).toEqual(["Die Integrationen sollen 2024 um 1,9 % steigen."]);
          expect(p.notUnderstood.map((x) => x.code)).toEqual(["past"]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("its work grows linearly: 4 times the text, at most 4.5 times the steps", () => {
    const steps = (text: string) => {
      work.steps = 0;
      parseAgreement(text);
      return work.steps;
    };
    fc.assert(
      fc.property(
        fc.oneof(
          textOf(fc.oneof(pick(INDICATORS), pick(DIRECTIONS), pick(UNITS), pick(NEUTRAL), pick(NUMBERS), pick(PAST))),
          fc.constantFrom(
            " ".repeat(50),
            "zwischen dem Ministerium ",
            "steigt sinkt mindestens ",
            "1,9 % ",
            "\t \u00a0 ",
            "(((",
            "und dem und dem ",
            "2023 2024 ",
          ),
        ),
        (unit) => {
          const base = unit + " x ";
          const n = 200;
          const small = steps(base.repeat(n));
          const large = steps(base.repeat(4 * n));
          expect(large).toBeLessThanOrEqual(4.5 * small + 100);
        },
      ),
      { numRuns: 60 },
    );
  });
});

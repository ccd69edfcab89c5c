import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAgreement, parseTargetsFile, targetsFileJson } from "../../../src/domain/agreement";
import { DUEREN_2023 } from "../../../src/domain/targets";

const SEED = readFileSync(join(__dirname, "../../fixtures/agreements/zielvereinbarung-kreis-dueren-2023.md"), "utf8");
const VARIANT = readFileSync(join(__dirname, "../../fixtures/agreements/variante-land-2024.md"), "utf8");

describe("the Düren 2023 agreement", () => {
  const parsed = parseAgreement(SEED, { previousTotals: { INT: 2630 } });

  it("gives exactly the five targets with values, units and directions", () => {
    expect(
      parsed.targets.map(({ id, goal, indicator, unit, direction, value, absolute }) => ({
        id,
        goal,
        indicator,
        unit,
        direction,
        value,
        absolute,
      })),
    ).toEqual(
      DUEREN_2023.targets.map(({ id, goal, indicator, unit, direction, value, absolute }) => ({
        id,
        goal,
        indicator,
        unit,
        direction,
        value,
        absolute,
      })),
    );
    expect(parsed.targets[0].absolute).toBe(50);
    expect(parsed.targets[2].gapMode).toBe("signed");
  });

  it("keeps each target's source sentence", () => {
    parsed.targets.forEach((t, i) => expect(t.wording).toBe(DUEREN_2023.targets[i].wording));
  });

  it("reads year, parties, vintage and the monitoring items of goal I", () => {
    expect(parsed.year).toBe(2023);
    expect(parsed.jobcenter).toBe("Kreis Düren");
    expect(parsed.ministry).toBe("Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen");
    expect(parsed.vintage).toBe("t-0");
    expect(parsed.monitoring.map((m) => m.indicator)).toEqual(["LLU", "LUH", "ELB", "BG", "BD_SHARE", "LZB4"]);
  });

  it("understands every sentence and checks '= 50 Integrationen' against 1.9 % of 2,630 = 49.97", () => {
    expect(parsed.notUnderstood).toEqual([]);
    expect(parsed.checks).toHaveLength(1);
    expect(parsed.checks[0].ok).toBe(true);
    expect(parseAgreement(SEED, { previousTotals: { INT: 3000 } }).checks[0].ok).toBe(false); // 1.9 % of 3,000 = 57 ≠ 50
  });
});

describe("wording of other agreements", () => {
  const parsed = parseAgreement(VARIANT);
  const byWording = (part: string) => parsed.targets.find((t) => t.wording.includes(part));

  it("reads year, jobcenter and vintage t-3", () => {
    expect(parsed.year).toBe(2024);
    expect(parsed.jobcenter).toBe("Jobcenter Musterstadt");
    expect(parsed.vintage).toBe("t-3");
  });

  it("absolute counts: 'mindestens 612 Integrationen' is a level ≥ 612", () => {
    expect(byWording("612")).toMatchObject({
      indicator: "INT",
      unit: "count",
      direction: ">=",
      value: 612,
    });
  });

  it("targets for women and men in percentage points", () => {
    expect(byWording("Frauen")).toMatchObject({
      indicator: "K2_F",
      unit: "points",
      direction: ">=",
      value: 0.002,
    });
    expect(byWording("Männer")).toMatchObject({
      indicator: "K2_M",
      unit: "points",
      direction: ">=",
      value: 0.001,
    });
  });

  it("'bleibt gleich' on K2 (higher is better) is a change ≥ 0", () => {
    expect(byWording("gleich bleibt")).toMatchObject({
      indicator: "K2",
      unit: "percent",
      direction: ">=",
      value: 0,
    });
  });

  it("allowed decrease and allowed increase", () => {
    expect(byWording("nicht mehr als 2,0")).toMatchObject({
      indicator: "K3",
      unit: "percent",
      direction: ">=",
      value: -0.02,
    });
    expect(byWording("maximal 1,5")).toMatchObject({
      indicator: "K3",
      unit: "percent",
      direction: "<=",
      value: 0.015,
    });
  });

  it("numbers goal by goal in document order", () => {
    expect(parsed.targets.map((t) => t.id)).toEqual(["II.1", "II.2", "II.3", "II.4", "III.1", "III.2"]);
  });

  it("lists what it cannot read, never guessing", () => {
    const reasons = parsed.notUnderstood.map((n) => [n.sentence.slice(0, 40), n.reason]);
    expect(parsed.notUnderstood.map((n) => n.sentence)).toEqual([
      "Das Ziel ist erreicht, wenn sich die Lage auf dem Arbeitsmarkt deutlich verbessert.",
      "Das Ziel ist erreicht, wenn die Integrationen von Langzeitleistungsbeziehenden um 3 Prozent oder 12 Integrationen steigen.",
      "Das Ziel ist erreicht, wenn sich der Bestand an Langzeitleistungsbeziehenden verringert (K3 = + 0,4 Prozent).",
    ]);
    expect(reasons[0][1]).toContain("Indikator");
    expect(reasons[1][1]).toContain("mehrere");
    expect(reasons[2][1]).toContain("widersprechen");
  });

  it("ignores numbers outside the goals (section 2)", () => {
    expect(parsed.targets.some((t) => t.wording.includes("Beratungen"))).toBe(false);
  });
});

describe("targets file", () => {
  it("round-trips the parsed seed", () => {
    const file = JSON.parse(JSON.stringify(targetsFileJson(parseAgreement(SEED))));
    const back = parseTargetsFile(file);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.value.targets).toEqual(DUEREN_2023.targets);
      expect(back.value.vintage).toBe("t-0");
      expect(back.value.monitoring.map((m) => m.indicator)).toEqual(DUEREN_2023.monitoring.map((m) => m.indicator));
    }
  });

  it.each([
    [{ targets: [] }, '"year"'],
    [
      {
        year: 2023,
        targets: [
          {
            id: "X",
            indicator: "FOO",
            unit: "percent",
            direction: ">=",
            value: 0.01,
          },
        ],
      },
      "unbekannter Indikator",
    ],
    [
      {
        year: 2023,
        targets: [
          {
            id: "X",
            indicator: "INT",
            unit: "prozent",
            direction: ">=",
            value: 0.01,
          },
        ],
      },
      '"unit"',
    ],
    [
      {
        year: 2023,
        targets: [
          {
            id: "X",
            indicator: "INT",
            unit: "percent",
            direction: "=>",
            value: 0.01,
          },
        ],
      },
      '"direction"',
    ],
    [
      {
        year: 2023,
        targets: [
          {
            id: "X",
            indicator: "INT",
            unit: "percent",
            direction: ">=",
            value: "1,9",
          },
        ],
      },
      '"value"',
    ],
    [
      {
        year: 2023,
        targets: [
          {
            id: "X",
            indicator: "INT",
            unit: "percent",
            direction: ">=",
            value: 1.9,
          },
        ],
      },
      "0.019",
    ],
  ])("rejects %j with a German message", (json, fragment) => {
    const r = parseTargetsFile(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(fragment);
  });
});

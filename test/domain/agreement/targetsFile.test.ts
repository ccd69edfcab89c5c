import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAgreement, parseTargetsFile, parseTargetsFileContent, targetsFileJson } from "../../../src/domain/agreement";
import { DUEREN_2023 } from "../../../src/domain/targets";
import { text } from "../../../src/domain/messages";

const SEED = readFileSync(join(__dirname, "../../fixtures/agreements/zielvereinbarung-kreis-dueren-2023.md"), "utf8");
const target = (over: Record<string, unknown> = {}) => ({ id: "X", indicator: "INT", unit: "percent", direction: ">=", value: 0.01, ...over });
const single = (over: Record<string, unknown> = {}) => ({ year: 2023, targets: [target(over)] });

describe("targets file", () => {
  it("round-trips the parsed seed", () => {
    const parsed = parseAgreement(SEED);
    const back = parseTargetsFile(JSON.parse(JSON.stringify(targetsFileJson(parsed))));
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.value.targets).toEqual(DUEREN_2023.targets);
      expect(back.value.vintage).toBe("t-0");
      expect(back.value.monitoring.map((m) => m.indicator)).toEqual(DUEREN_2023.monitoring.map((m) => m.indicator));
    }
  });

  it("takes the year given for a text that names none", () => {
    const parsed = parseAgreement("Die Integrationen sollen um 2 % steigen.");
    expect(parsed.year).toBeNull();
    expect(targetsFileJson(parsed, 2025).year).toBe(2025);
  });

  it.each<[string, unknown, string]>([
    ["no year", { targets: [] }, '"year"'],
    ["year as text", { year: "2023", targets: [] }, 'year: "year" muss ein Jahr sein'],
    ["not an object", null, "JSON-Objekt"],
    ["a list", [], "JSON-Objekt"],
    ["targets not a list", { year: 2023, targets: {} }, 'targets: "targets" muss eine Liste sein'],
    ["an empty list and no monitoring (nothing to evaluate)", { year: 2023, targets: [] }, "targets: die Liste enthält kein Ziel"],
    ["null entry", { year: 2023, targets: [null] }, "targets[0]: ein Ziel muss ein Objekt sein, gefunden: null"],
    ["number entry", { year: 2023, targets: [7] }, "targets[0]: ein Ziel muss ein Objekt sein"],
    ["missing id", { year: 2023, targets: [{ indicator: "INT" }] }, 'targets[0].id: "id" fehlt'],
    ["duplicate id", { year: 2023, targets: [target(), target()] }, "targets[1] („X“): die id kommt doppelt vor"],
    ["unknown indicator", single({ indicator: "FOO" }), 'targets[0] („X“).indicator: unbekannter Indikator "FOO"'],
    ["unknown unit", single({ unit: "prozent" }), '"unit" muss "percent", "points" oder "count" sein, gefunden: "prozent"'],
    ["direction", single({ direction: "=>" }), '"direction"'],
    ["value as text", single({ value: "1,9" }), '"value"'],
    ["NaN", single({ value: NaN }), '"value" muss eine endliche Zahl sein'],
    ["Infinity", single({ value: Infinity }), "gefunden: Infinity"],
    ["per cent as a whole number", single({ value: 1.9 }), "0.019"],
    ["a quota level as a whole number", single({ indicator: "K2", unit: "count", value: 21 }), "0.21"],
    ["goal", single({ goal: "IV" }), '"goal" muss "I", "II" oder "III" sein'],
    ["absolute", single({ absolute: "50" }), '"absolute" muss eine Zahl sein'],
    ["vintage", { year: 2023, targets: [], vintage: "t-1" }, '"vintage" muss "t-0" oder "t-3" sein'],
    ["monitoring null entry", { year: 2023, targets: [], monitoring: [null] }, "monitoring[0].indicator: unbekannter Indikator"],
    ["jobcenters not an object", { jobcenters: [] }, "jobcenters: ein Objekt"],
    ["jobcenters empty", { jobcenters: {} }, "kein Jobcenter"],
    ["jobcenter entry null", { jobcenters: { "05358": null } }, 'jobcenters["05358"]: ein JSON-Objekt'],
    ["bad unit inside a Jobcenter", { jobcenters: { "05358": single(), "05366": single({ unit: "pp" }) } }, 'jobcenters["05366"].targets[0] („X“).unit'],
    ["both forms", { year: 2023, targets: [], jobcenters: {} }, '"targets" und "jobcenters" zugleich'],
  ])("rejects %s with a German message naming the JSON path", (_, json, fragment) => {
    const r = parseTargetsFileContent(json, "ziele.json");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(text(r.error.message)).toContain(fragment);
      expect(text(r.error.message)).toContain('Zieldatei "ziele.json"');
      expect(text(r.error.message, "en")).not.toBe("");
    }
  });

  it("reads one target set per Jobcenter", () => {
    const r = parseTargetsFileContent({
      jobcenters: {
        "05358": single(),
        "05366": { year: 2023, targets: [target({ id: "II.1", indicator: "K2", unit: "count", value: 0.21 })] },
      },
    });
    expect(r.ok).toBe(true);
    if (r.ok && r.value.kind === "byJobcenter") {
      expect(Object.keys(r.value.sets)).toEqual(["05358", "05366"]);
      expect(r.value.sets["05366"].targets[0]).toMatchObject({ indicator: "K2", unit: "count", value: 0.21, goal: "II" });
    } else throw new Error("expected target sets per Jobcenter");
  });

  it("parseTargetsFile wants a single set and says so for a file per Jobcenter", () => {
    const r = parseTargetsFile({ jobcenters: { "05358": single() } }, "ziele.json");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(text(r.error.message)).toContain("je Jobcenter");
  });
});

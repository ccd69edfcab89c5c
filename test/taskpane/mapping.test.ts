/**
 * The pane's stored mapping and its vintage: only entries with both ranges and a vintage reach the
 * detector; one saved without a vintage (older versions) is pending again, never given one by a guess.
 */
import { detectorMapping, entriesFromMapping, mappingFromEntries, mappingLabel, needsVintage, storedMappingFrom, type ManualEntry } from "../../src/taskpane/mapping";

const done: ManualEntry = { code: "INT", sheet: "Eigene", months: "A2:A13", values: "B2:B13", vintage: "t-3" };
const noVintage: ManualEntry = { code: "ELB", sheet: "Eigene", months: "A2:A13", values: "C2:C13" };
const half: ManualEntry = { code: "LZB", sheet: "Eigene", months: "A2:A13" };

describe("the stored mapping", () => {
  it("keeps only complete entries – both ranges and a vintage – for the detector, the rest pending", () => {
    const stored = mappingFromEntries([done, noVintage, half]);
    expect(stored).toEqual({ version: 1, series: [done], pending: [noVintage, half] });
    expect(detectorMapping(stored)).toEqual({ version: 1, series: [done] });
    expect(entriesFromMapping(stored)).toEqual([done, noVintage, half]);
  });

  it("is nothing without entries, and reaches the detector only with a complete one", () => {
    expect(mappingFromEntries([])).toBeNull();
    expect(detectorMapping(mappingFromEntries([noVintage]))).toBeNull();
  });

  it("reads a series saved without a vintage as pending: asked again, not guessed", () => {
    const old = { version: 1, series: [{ code: "ELB", sheet: "Eigene t-3", months: "A2:A13", values: "C2:C13" }, done] };
    const read = storedMappingFrom(old);
    expect(read).toEqual({ version: 1, series: [done], pending: [{ code: "ELB", sheet: "Eigene t-3", months: "A2:A13", values: "C2:C13" }] });
    expect(needsVintage(entriesFromMapping(read)[1])).toBe(true);
  });

  it("round-trips a complete mapping as saved", () => {
    const saved = mappingFromEntries([done]);
    expect(storedMappingFrom(JSON.parse(JSON.stringify(saved)))).toEqual({ version: 1, series: [done] });
  });

  it("drops a setting that is no mapping", () => {
    expect(storedMappingFrom({ series: "kaputt" })).toBeNull();
    expect(storedMappingFrom(null)).toBeNull();
    expect(storedMappingFrom({ version: 1, series: [{ ...done, vintage: "t-9" }] })).toBeNull();
  });

  it.each<[ManualEntry, boolean]>([
    [done, false],
    [noVintage, true],
    [half, false],
  ])("needs a vintage: %j → %s", (entry, expected) => {
    expect(needsVintage(entry)).toBe(expected);
  });
});

describe("the human label of a data code", () => {
  it.each([
    ["INT", "de", "Integrationen (K2)"],
    ["INT", "en", "Integrations (K2)"],
    ["ELB", "de", "Erwerbsfähige Leistungsberechtigte (eLb) (K1E2, K2)"],
    ["INT_F", "de", "Integrationen Frauen (K2_F)"],
    ["LZB", "de", "Langzeitleistungsbeziehende (LZB) (K3, K3E1)"],
    ["LLU", "de", "Leistungen zum Lebensunterhalt (LLU) (K1)"],
    ["BG", "de", "Bedarfsgemeinschaften"],
  ] as const)("%s (%s) is %j", (code, lang, expected) => {
    expect(mappingLabel(code, lang)).toBe(expected);
  });
});

import type { IndicatorData } from "../../src/domain/evaluation";
import { missingError, seriesValues, uniqueMissing } from "../../src/domain/series";
import { text } from "../../src/domain/messages";

describe("series values for a list of months", () => {
  const data: IndicatorData = { INT: new Map([["2023-01", 10], ["2023-02", 0], ["2023-04", Number.NaN]]) };

  it("keeps the order, reads a zero as a value and lists absent months with their code", () => {
    const r = seriesValues(data, "INT", ["2023-01", "2023-02", "2023-03", "2023-04"]);
    expect(r.values).toEqual([10, 0, null, null]);
    expect(r.missing).toEqual([
      { code: "INT", month: "2023-03" },
      { code: "INT", month: "2023-04" }, // NaN is not a number of integrations
    ]);
  });

  it("a series absent altogether is missing in every month", () => {
    expect(seriesValues(data, "ELB", ["2022-12", "2023-01"]).missing).toEqual([
      { code: "ELB", month: "2022-12" },
      { code: "ELB", month: "2023-01" },
    ]);
  });

  it("drops repeated months", () => {
    const m = { code: "INT" as const, month: "2023-03" };
    expect(uniqueMissing([m, { ...m }, { code: "ELB", month: "2023-03" }])).toEqual([m, { code: "ELB", month: "2023-03" }]);
  });

  it("names the missing months in German and English", () => {
    const e = missingError([
      { code: "INT", month: "2023-03" },
      { code: "ELB", month: "2022-12" },
    ]);
    expect(e.kind).toBe("NA");
    expect(text(e.message)).toBe("Es fehlen Werte: Integrationen März 2023; Erwerbsfähige Leistungsberechtigte (eLb) Dezember 2022 (leere Zellen sind keine Null)");
    expect(text(e.message, "en")).toBe("Values are missing: Integrations March 2023; Employable benefit recipients (eLb) December 2022 (blank cells are not zero)");
  });

  it("shortens a long list", () => {
    const months = ["01", "02", "03", "04", "05", "06", "07", "08"].map((m) => ({ code: "INT" as const, month: `2023-${m}` }));
    // 8 months, 6 listed → "und 2 weitere"
    expect(text(missingError(months).message)).toContain("Juni 2023 und 2 weitere");
    expect(text(missingError(months).message)).not.toContain("Juli");
  });
});

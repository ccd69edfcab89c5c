import { laggedMonths } from "../../src/domain/jfw";
import { endingAt, janTo, keyIndex, monthIndex, monthSpan } from "../../src/domain/monthSpan";

describe("month spans", () => {
  it("January … m and the 12 months ending in m, across the turn of the year", () => {
    expect(janTo(2023, 3)).toEqual(["2023-01", "2023-02", "2023-03"]);
    expect(endingAt("2023-02", 4)).toEqual(["2022-11", "2022-12", "2023-01", "2023-02"]);
    // 2023 × 12 + (3 − 1) = 24,278
    expect(monthIndex("2023-03")).toBe(24278);
    expect(monthSpan(24278 - 3, 2)).toEqual(["2022-12", "2023-01"]);
  });

  it("the lagged months of a JFW start with the previous December", () => {
    expect(laggedMonths(janTo(2023, 3))).toEqual(["2022-12", "2023-01", "2023-02"]);
    // Months that are not consecutive are shifted one by one.
    expect(laggedMonths(["2023-01", "2023-06"])).toEqual(["2022-12", "2023-05"]);
  });

  it("rejects a malformed month", () => {
    expect(() => monthIndex("2023-13")).toThrow(RangeError);
    // keyIndex says −1 instead of throwing: series keys that are no month are left out, not fatal.
    expect(keyIndex("2023-03")).toBe(24278);
    expect(keyIndex("2023-12")).toBe(2023 * 12 + 11);
    for (const odd of ["2023-13", "2023-00", "2023-3", "0999-01", "2023/03", "Summe", "2023-03 "]) expect(keyIndex(odd)).toBe(-1);
  });
});

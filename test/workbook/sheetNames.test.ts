/** The names of added sheets, shared by the Excel writer and the file writer: a user's sheet is never taken over. */
import { freeSheetName, sheetKey } from "../../src/workbook/sheetNames";

describe("freeSheetName", () => {
  it("keeps the wanted name where it is free", () => {
    expect(freeSheetName("Zusammenfassung", () => false)).toBe("Zusammenfassung");
  });

  it('counts on from 2 past the names taken: "Bericht", "Bericht (2)" taken → "Bericht (3)"', () => {
    const taken = new Set(["Bericht", "Bericht (2)"]);
    expect(freeSheetName("Bericht", (n) => taken.has(n))).toBe("Bericht (3)");
  });

  it("compares names as Excel does, without regard to case", () => {
    const taken = new Set(["zusammenfassung"].map(sheetKey));
    expect(freeSheetName("Zusammenfassung", (n) => taken.has(sheetKey(n)))).toBe("Zusammenfassung (2)");
    expect(sheetKey("ÜBERSICHT")).toBe("übersicht");
  });
});

import { formatPercent, formatPoints, isMissingMarker, parseNumberText, roundHalfAway } from "../../src/domain/numbers";

describe("numbers as controllers type them", () => {
  it.each([
    ["1.234,5", 1234.5],
    ["1.234", 1234], // German grouping
    ["2.5", 2.5], // not three digits after the dot: a decimal point
    ["1,234.5", 1234.5],
    ["1.234.567", 1234567],
    ["1,9", 1.9],
    ["+ 0,1", 0.1],
    ["- 0,4", -0.4],
    ["−0,4", -0.4],
    ["1,9 %", 0.019],
    ["  12 345 ", 12345],
    ["0,5", 0.5],
    [",5", 0.5],
  ])("%s → %d", (text, value) => {
    expect(parseNumberText(text)).toBeCloseTo(value, 12);
  });

  it("reads a lone comma with three digits as English grouping only when asked", () => {
    expect(parseNumberText("1,234")).toBeCloseTo(1.234, 12);
    expect(parseNumberText("1,234", false)).toBe(1234);
  });

  it.each(["", "abc", "12a", "1.23.4", "1,2,3", "1.", "--1", "1.234,5,6"])("%j is not a number", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it.each(["*", "x", "-", "–", ".", "k.A.", "n/a", "  "])("%j is a missing marker", (text) => {
    expect(isMissingMarker(text)).toBe(true);
  });
  it("a zero is not a missing marker", () => expect(isMissingMarker("0")).toBe(false));

  it("rounds half away from zero despite binary representation", () => {
    expect(roundHalfAway(1.005, 2)).toBe(1.01); // 1.005 is 1.00499999… in binary
    expect(roundHalfAway(-0.05, 1)).toBe(-0.1);
    expect(roundHalfAway(0.04999, 1)).toBe(0);
  });

  it("formats per cent and points the German way", () => {
    expect(formatPercent(0.019, 1, true)).toBe("+1,9 %");
    expect(formatPercent(-0.004, 1, true)).toBe("-0,4 %");
    expect(formatPoints(-0.001)).toBe("-0,1 Pp.");
    expect(formatPoints(0.001, 1, "en")).toBe("+0.1 pp");
  });
});

describe("year-month keys", () => {
  it("reads YYYY-MM and rejects anything else", async () => {
    const { parseYearMonth, addMonths } = await import("../../src/domain/yearMonth");
    expect(parseYearMonth("2023-10")).toEqual({ year: 2023, month: 10 });
    for (const bad of ["2023-13", "2023-00", "2023-1", "2023-0:", "2023/01", "abcd-01"]) expect(() => parseYearMonth(bad)).toThrow(RangeError);
    expect(addMonths("2023-01", -1)).toBe("2022-12");
    expect(addMonths("2022-12", 13)).toBe("2024-01");
  });

  it("says why a month is refused through the catalogue, in German and in English", async () => {
    const { parseYearMonth } = await import("../../src/domain/yearMonth");
    const { errorText } = await import("../../src/domain/messages");
    let thrown: unknown;
    try {
      parseYearMonth("2023-13");
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RangeError);
    expect(errorText(thrown, "de")).toBe("Ungültiger Monat „2023-13“ (erwartet JJJJ-MM)");
    expect(errorText(thrown, "en")).toBe('Invalid month "2023-13" (expected YYYY-MM)');
  });
});

describe("more forms controllers type", () => {
  it.each([
    ["1.234.567,89", 1234567.89],
    ["12,5%", 0.125],
    ["+1,9 %", 0.019],
    ["– 0,4 %", -0.004],
    ["1 234,5", 1234.5],
  ])("%s → %d", (text, value) => {
    expect(parseNumberText(text)).toBeCloseTo(value, 12);
  });
  it.each(["#NV", "#N/A", "n.v.", "..."])("%j is a missing marker, not a number", (text) => {
    expect(isMissingMarker(text)).toBe(true);
    expect(parseNumberText(text)).toBeNull();
  });
  it("rounds 0.0185 to 0.019 and 2.5 to 3 (half away from zero)", () => {
    expect(roundHalfAway(0.0185, 3)).toBe(0.019);
    expect(roundHalfAway(2.5, 0)).toBe(3);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
  });
});

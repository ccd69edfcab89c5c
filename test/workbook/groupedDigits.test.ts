/**
 * Counts stored as text in BA exports ("112", "9.814", "3.300.678") are read by a fast path of
 * parseDataCell; it must read exactly what the general number parse reads, and leave everything else to it.
 */
import fc from "fast-check";
import { parseDataCell, parseMonthLabel } from "../../src/workbook/cells";
import { parseNumberText } from "../../src/domain/numbers";

describe("text counts in parseDataCell", () => {
  it("reads digits and German thousands groups (worked out by hand)", () => {
    const cases: [string, number][] = [
      ["112", 112],
      ["007", 7],
      ["9.814", 9814],
      ["3.300.678", 3300678],
      ["123.456.789.012", 123456789012],
      // not thousands groups: decimals as parseNumberText reads them
      ["0.123", 0.123],
      ["1.23", 1.23],
      ["1234.567", 1234.567],
    ];
    for (const [text, value] of cases) expect([text, parseDataCell(text)]).toEqual([text, { kind: "number", value }]);
    expect(parseDataCell("1.2345.678")).toEqual({ kind: "invalid", text: "1.2345.678" });
    expect(parseDataCell("...")).toEqual({ kind: "missing" });
  });

  it("agrees with the general parse on every text of digits and dots", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("0", "1", "5", "9", "."), { maxLength: 17 }), (chars) => {
        const text = chars.join("");
        const general = parseNumberText(text);
        const parsed = parseDataCell(text);
        if (parsed.kind === "number") expect(parsed.value).toBe(general);
        else expect(general === null || text === "").toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it("a count as text is no month; of digits alone only YYYYMM in six digits is one", () => {
    for (const text of ["112", "9.814", "3.300.678", "2023", "20231", "2023011", "1.234", "12.345"]) expect([text, parseMonthLabel(text)]).toEqual([text, null]);
    // months written with dots or digits only, each read by hand
    expect(parseMonthLabel("202301")).toEqual({ year: 2023, month: 1 });
    expect(parseMonthLabel("01.2023")).toEqual({ year: 2023, month: 1 });
    expect(parseMonthLabel("1.23")).toEqual({ year: 2023, month: 1 });
    expect(parseMonthLabel("2023.11")).toEqual({ year: 2023, month: 11 });
    expect(parseMonthLabel("15.01.2023")).toEqual({ year: 2023, month: 1 });
  });
});

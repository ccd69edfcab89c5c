/** The one A1 parser and formatter: worked examples, addresses that must not match, and round-trip properties. */
import fc from "fast-check";
import {
  MAX_COLS,
  MAX_ROWS,
  areaOf,
  cellAddress,
  columnName,
  containsCell,
  formatArea,
  formatAreas,
  parseArea,
  parseAreas,
  parseCell,
  quoteSheet,
  rangeAddress,
  referencesIn,
  type Area,
} from "../../src/workbook/areas";

const A = (sheet: string, row: number, col: number, rows = 1, cols = 1): Area => ({ sheet, row, col, rows, cols });

describe("column letters", () => {
  // A=1 … Z=26, AA = 26+1 = 27, AZ = 26+26 = 52, BA = 2·26+1 = 53, XFD = 24·676 + 6·26 + 4 = 16384
  test.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s and back", (col, name) => {
    expect(columnName(col)).toBe(name);
    expect(parseCell(`${name}1`)).toEqual({ row: 0, col });
  });
});

describe("parses", () => {
  test.each<[string, Area]>([
    ["C14", A("", 13, 2)],
    ["c14", A("", 13, 2)],
    ["$C$14", A("", 13, 2)],
    ["C$14", A("", 13, 2)],
    ["$C14", A("", 13, 2)],
    [" B7 ", A("", 6, 1)],
    ["AA10", A("", 9, 26)],
    // C5:C40: rows 5…40 are 36 rows
    ["C5:C40", A("", 4, 2, 36, 1)],
    ["$C$5:$D$40", A("", 4, 2, 36, 2)],
    // corners in any order
    ["D40:C5", A("", 4, 2, 36, 2)],
    ["Blatt!$C$5:C40", A("Blatt", 4, 2, 36, 1)],
    ["'Daten 2023'!C5", A("Daten 2023", 4, 2)],
    ["'It''s'!A1", A("It's", 0, 0)],
    ["Übersicht!B2", A("Übersicht", 1, 1)],
    ["'Männer (davon)'!B2:B13", A("Männer (davon)", 1, 1, 12, 1)],
    ["'a,b'!A1", A("a,b", 0, 0)],
    ["A:A", A("", 0, 0, MAX_ROWS, 1)],
    ["$B:$D", A("", 0, 1, MAX_ROWS, 3)],
    ["3:3", A("", 2, 0, 1, MAX_COLS)],
    ["$3:$5", A("", 2, 0, 3, MAX_COLS)],
    ["Daten!A:A", A("Daten", 0, 0, MAX_ROWS, 1)],
    ["XFD1048576", A("", 1_048_575, 16_383)],
    ["A1:XFD1048576", A("", 0, 0, MAX_ROWS, MAX_COLS)],
  ])("%s", (text, area) => {
    expect(parseArea(text)).toEqual(area);
  });

  test("an address without a sheet takes the given one", () => {
    expect(parseArea("C5", "eLb")).toEqual(A("eLb", 4, 2));
    expect(parseArea("Daten!C5", "eLb")).toEqual(A("Daten", 4, 2));
  });

  test("several areas, each with its own sheet or the given one", () => {
    expect(parseAreas("A1:B2,D4:D9")).toEqual([A("", 0, 0, 2, 2), A("", 3, 3, 6, 1)]);
    expect(parseAreas("A1:A12, C1:C12", "T")).toEqual([A("T", 0, 0, 12, 1), A("T", 0, 2, 12, 1)]);
    expect(parseAreas("'Daten 2023'!A1,'a,b'!C1:C3,E5")).toEqual([A("Daten 2023", 0, 0), A("a,b", 0, 2, 3, 1), A("", 4, 4)]);
    expect(parseAreas("Blatt1!A1:B2,Blatt1!D4")).toEqual([A("Blatt1", 0, 0, 2, 2), A("Blatt1", 3, 3)]);
  });
});

describe("must not match", () => {
  test.each([
    "",
    " ",
    "kein Bereich",
    "A",
    "3",
    "A0",
    "A01",
    "0:0",
    "XFE1", // one column past XFD
    "A1048577", // one row past 1,048,576
    "AAAA1",
    "A1:",
    ":A1",
    "A1:B",
    "A:3",
    "A1:3:3",
    "A$",
    "$$A1",
    "A$$1",
    "1A",
    "A1B2",
    "A 1",
    "#REF!A1",
    "#BEZUG!",
    "Daten 2023!A1", // a name with a space needs quotes
    "'Daten!A1",
    "'It's'!A1", // a lone apostrophe inside must be doubled
    "''!A1",
    "'a[1]'!A1",
    "'a/b'!A1",
    "Daten!",
    "!A1",
    "Daten!!A1",
    "A1,",
    ",A1",
    "A1,,B2",
    "R1C1",
    "=A1",
  ])("%j", (text) => {
    expect(parseAreas(text)).toBeNull();
    if (!text.includes(",")) expect(parseArea(text)).toBeNull();
  });

  test("parseArea takes one area only; parseCell one cell only", () => {
    expect(parseArea("A1:B2,D4:D9")).toBeNull();
    expect(parseCell("A1:B2")).toBeNull();
    expect(parseCell("A:A")).toBeNull();
    expect(parseCell("Daten!A1")).toBeNull();
  });

  test("values that are not text give null, not a throw", () => {
    expect(parseArea(undefined as unknown as string)).toBeNull();
    expect(parseAreas(42 as unknown as string)).toBeNull();
  });
});

describe("formats", () => {
  test.each<[Area, string]>([
    [A("", 13, 2), "C14"],
    [A("", 4, 2, 36, 1), "C5:C40"],
    [A("", 0, 0, MAX_ROWS, 1), "A:A"],
    [A("", 0, 1, MAX_ROWS, 3), "B:D"],
    [A("", 2, 0, 1, MAX_COLS), "3:3"],
    [A("", 0, 0, MAX_ROWS, MAX_COLS), "1:1048576"],
  ])("%j as %s", (area, text) => {
    expect(formatArea(area)).toBe(text);
  });

  test("sheet names quoted where Excel needs it", () => {
    expect(formatArea(A("Daten", 4, 2, 36, 1), { sheet: true })).toBe("Daten!C5:C40");
    expect(formatArea(A("Übersicht", 1, 1), { sheet: true })).toBe("Übersicht!B2");
    expect(formatArea(A("Daten 2023", 4, 2), { sheet: true })).toBe("'Daten 2023'!C5");
    expect(formatArea(A("It's", 0, 0), { sheet: true })).toBe("'It''s'!A1");
    expect(formatArea(A("2023", 0, 0), { sheet: true })).toBe("'2023'!A1");
    // a sheet named like a cell would read as a reference
    expect(formatArea(A("AB12", 0, 0), { sheet: true })).toBe("'AB12'!A1");
    expect(formatArea(A("R1C1", 0, 0), { sheet: true })).toBe("'R1C1'!A1");
    expect(formatArea(A("Daten", 0, 0), { sheet: true, quoted: true })).toBe("'Daten'!A1");
    expect(formatArea(A("", 0, 0), { sheet: true })).toBe("A1");
    expect(quoteSheet("It's")).toBe("'It''s'");
  });

  test("absolute", () => {
    expect(formatArea(A("Daten 2023", 29, 1, 12, 1), { sheet: true, absolute: true })).toBe("'Daten 2023'!$B$30:$B$41");
    expect(formatArea(A("", 0, 0, MAX_ROWS, 1), { absolute: true })).toBe("$A:$A");
    expect(formatArea(A("", 2, 0, 1, MAX_COLS), { absolute: true })).toBe("$3:$3");
  });

  test("several areas", () => {
    expect(formatAreas([A("T", 0, 0, 12, 1), A("T", 0, 2, 12, 1)])).toBe("A1:A12,C1:C12");
    expect(formatAreas([A("T 1", 0, 0), A("U", 1, 1)], { sheet: true })).toBe("'T 1'!A1,U!B2");
  });

  test("helpers", () => {
    expect(cellAddress(13, 2)).toBe("C14");
    expect(rangeAddress(39, 3, 4, 2)).toBe("C5:D40");
    expect(rangeAddress(4, 2)).toBe("C5");
    expect(areaOf("S", 39, 3, 4, 2)).toEqual(A("S", 4, 2, 36, 2));
    const a = A("", 4, 2, 36, 2);
    expect(containsCell(a, 4, 2)).toBe(true);
    expect(containsCell(a, 39, 3)).toBe(true);
    expect(containsCell(a, 40, 3)).toBe(false);
    expect(containsCell(a, 39, 4)).toBe(false);
    expect(containsCell(a, 3, 2)).toBe(false);
  });
});

describe("references in formulas", () => {
  test("cells and ranges with their sheets, not names or text", () => {
    expect(referencesIn("=SGBII.K2CHANGE('Daten 2023'!B30:B41,Daten!C5)+B2*2+\"A1\"")).toEqual(["'Daten 2023'!B30:B41", "Daten!C5", "B2"]);
    expect(referencesIn("=Übersicht!B2+LOG10(4)")).toEqual(["Übersicht!B2"]);
    expect(referencesIn("=SUM(1,2)")).toEqual([]);
  });
});

describe("properties", () => {
  const sheetName = fc.oneof(
    fc.constant(""),
    fc.constantFrom("Daten", "Daten 2023", "It's", "Übersicht", "Männer (davon)", "a,b", "2023", "AB12", "R1C1", "x'y"),
    fc
      .string({ minLength: 1, maxLength: 31 })
      .filter((s) => !/[[\]:*?/\\]/.test(s) && !s.startsWith("'") && !s.endsWith("'")),
  );
  const cellArea = fc
    .record({ sheet: sheetName, r1: fc.nat(MAX_ROWS - 1), c1: fc.nat(MAX_COLS - 1), r2: fc.nat(MAX_ROWS - 1), c2: fc.nat(MAX_COLS - 1) })
    .map(({ sheet, r1, c1, r2, c2 }) => areaOf(sheet, r1, c1, r2, c2));
  const wholeColumns = fc
    .record({ sheet: sheetName, c1: fc.nat(MAX_COLS - 1), c2: fc.nat(MAX_COLS - 1) })
    .map(({ sheet, c1, c2 }) => ({ ...areaOf(sheet, 0, c1, 0, c2), rows: MAX_ROWS }));
  const wholeRows = fc
    .record({ sheet: sheetName, r1: fc.nat(MAX_ROWS - 1), r2: fc.nat(MAX_ROWS - 1) })
    .map(({ sheet, r1, r2 }) => ({ ...areaOf(sheet, r1, 0, r2, 0), cols: MAX_COLS }));
  const anyArea = fc.oneof(cellArea, wholeColumns, wholeRows);
  const options = fc.record({ absolute: fc.boolean(), quoted: fc.boolean() });

  test("parse(format(area)) is the area, for one area and for several", () => {
    fc.assert(
      fc.property(anyArea, options, (a, o) => {
        expect(parseArea(formatArea(a, { ...o, sheet: true }))).toEqual(a);
      }),
    );
    fc.assert(
      fc.property(fc.array(anyArea, { minLength: 1, maxLength: 5 }), options, (list, o) => {
        expect(parseAreas(formatAreas(list, { ...o, sheet: true }))).toEqual(list);
      }),
    );
  });

  test("format(parse(x)) gives x back for every address in canonical form, and is a fixed point otherwise", () => {
    fc.assert(
      fc.property(anyArea, (a) => {
        const x = formatArea(a, { sheet: true });
        expect(formatArea(parseArea(x)!, { sheet: true })).toBe(x);
      }),
    );
    // any spelling Excel accepts ($, lower case, corners swapped) settles to one form
    const spelled = fc
      .tuple(fc.nat(MAX_COLS - 1), fc.nat(MAX_ROWS - 1), fc.nat(MAX_COLS - 1), fc.nat(MAX_ROWS - 1), fc.boolean(), fc.boolean())
      .map(([c1, r1, c2, r2, dollar, lower]) => {
        const $ = dollar ? "$" : "";
        const s = `${$}${columnName(c1)}${$}${r1 + 1}:${$}${columnName(c2)}${r2 + 1}`;
        return lower ? s.toLowerCase() : s;
      });
    fc.assert(
      fc.property(spelled, (x) => {
        const once = formatArea(parseArea(x)!);
        expect(formatArea(parseArea(once)!)).toBe(once);
        expect(parseArea(once)).toEqual(parseArea(x));
      }),
    );
  });

  test("parsing never throws, and whatever it returns is within Excel's limits", () => {
    const alphabet = fc.constantFrom(..."AaZz019$:!,' ÄüXFD1048576_.#[]".split(""));
    const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: alphabet, maxLength: 30 }));
    fc.assert(
      fc.property(text, (s) => {
        for (const a of [parseArea(s), ...(parseAreas(s) ?? [])]) {
          if (!a) continue;
          expect(a.row).toBeGreaterThanOrEqual(0);
          expect(a.col).toBeGreaterThanOrEqual(0);
          expect(a.row + a.rows).toBeLessThanOrEqual(MAX_ROWS);
          expect(a.col + a.cols).toBeLessThanOrEqual(MAX_COLS);
        }
        parseCell(s);
        referencesIn(s);
      }),
      { numRuns: 1000 },
    );
  });
});

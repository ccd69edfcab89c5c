import { thrownBy } from "./customFunctionsShim";
import { change, forecast, genderGap, intQuote, jfw, k2Change, k3Change, shortfall, targetMet } from "../../src/functions/functions";

/** Excel passes a column range as rows of one cell each. */
const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
/** … and a row range as one row. */
const row = (...values: unknown[]): unknown[][] => [values];
const repeat = (value: unknown, n: number): unknown[] => Array.from({ length: n }, () => value);

// Kreis Düren, worked by hand (the agreement's targets II.1, II.2, III.1):
// integrations 2022: 215 × 10 + 240 × 2 = 2,150 + 480 = 2,630
const INT_2022 = [...repeat(215, 10), 240, 240];
// integrations 2023: 220 × 11 + 260 = 2,420 + 260 = 2,680
const INT_2023 = [...repeat(220, 11), 260];
// eLb stock 2023 (lagged): 9,900 and 10,100 alternating → Ø (9,900 + 10,100) / 2 = 10,000
const ELB_2023 = [9900, 10100, 9900, 10100, 9900, 10100, 9900, 10100, 9900, 10100, 9900, 10100];
// eLb stock 2022 (lagged): 9,900 every month → Ø 9,900
const ELB_2022 = repeat(9900, 12);

describe("JFW", () => {
  it("sums a column by default (flows)", () => {
    // 100 + 120 + 130 = 350
    expect(jfw(col(100, 120, 130))).toBe(350);
    expect(jfw(col(100, 120, 130), null as unknown as string)).toBe(350); // Excel passes null for an omitted argument
    expect(jfw(row(...INT_2023))).toBe(2680);
  });

  it("takes a whole column of 1,048,576 rows without overflowing the stack (Σ of 1 … 1,048,576 = n(n+1)/2)", () => {
    const n = 1_048_576;
    const column = Array.from({ length: n }, (_, i) => [i + 1]);
    expect(jfw(column)).toBe((n * (n + 1)) / 2);
  });

  it("averages with avg / Durchschnitt / mittel (stocks)", () => {
    // (100 + 120 + 130) / 3 = 350 / 3 = 116.666…
    expect(jfw(row(100, 120, 130), "avg")).toBeCloseTo(116.6667, 4);
    expect(jfw(row(100, 120, 130), "Durchschnitt")).toBeCloseTo(116.6667, 4);
    expect(jfw(row(100, 120, 130), "mittel")).toBeCloseTo(116.6667, 4);
    // Ø of 9,900 / 10,100 alternating = 10,000
    expect(jfw(row(...ELB_2023), "Durchschnitt")).toBe(10000);
  });

  it("reads numbers stored as text in German and English form", () => {
    // "1.234,5" = 1234.5; 1 + 1234.5 = 1235.5
    expect(jfw(col(1, "1.234,5"))).toBe(1235.5);
    // "1,234.5" = 1234.5; "2.680" (German thousands) = 2680; 1234.5 + 2680 = 3914.5
    expect(jfw(col("1,234.5", "2.680"))).toBe(3914.5);
  });

  it("gives #N/A for a blank month, naming it — a blank is never zero", () => {
    const e = thrownBy(() => jfw(col(1, null, 3)));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("Wert 2 fehlt");
    expect(e.message).toContain("value 2 is missing");
    expect(thrownBy(() => jfw(row(1, 2, "")))).toMatchObject({ code: "#N/A" });
    expect(thrownBy(() => jfw(row(1, "*", 3))).message).toContain("Wert 2 fehlt"); // footnote marker
  });

  it("gives #VALUE! for text, booleans, a 2-D block and an unknown kind", () => {
    const text = thrownBy(() => jfw(row(1, 2, "abc")));
    expect(text.code).toBe("#VALUE!");
    expect(text.message).toContain("Wert 3 ist keine Zahl");
    expect(thrownBy(() => jfw(row(1, true)))).toMatchObject({ code: "#VALUE!" });
    const block = thrownBy(() =>
      jfw([
        [1, 2],
        [3, 4],
      ]),
    );
    expect(block.code).toBe("#VALUE!");
    expect(block.message).toContain("2 Zeilen × 2 Spalten");
    expect(thrownBy(() => jfw(row(1), "median")).code).toBe("#VALUE!");
  });
});

describe("INTQUOTE", () => {
  it("divides Σ integrations by Ø lagged eLb (Düren 2023)", () => {
    // 2,680 / 10,000 = 0.268
    expect(intQuote(row(...INT_2023), row(...ELB_2023))).toBeCloseTo(0.268, 12);
    // 2,630 / 9,900 = 0.265656…
    expect(intQuote(col(...INT_2022), col(...ELB_2022))).toBeCloseTo(0.26565657, 8);
  });

  it("rejects ranges of unequal length, a zero stock and blanks", () => {
    const len = thrownBy(() => intQuote(row(1, 2, 3), row(10, 10)));
    expect(len.code).toBe("#VALUE!");
    expect(len.message).toContain("3 und 2");
    const zero = thrownBy(() => intQuote(row(5, 5), row(0, 0)));
    expect(zero.code).toBe("#DIV/0!");
    expect(zero.message).toBeUndefined(); // Excel allows no message for #DIV/0!
    const blank = thrownBy(() => intQuote(row(5, 5, 5), row(10, 10, null)));
    expect(blank.code).toBe("#N/A");
    expect(blank.message).toContain("Bestand, Wert 3 fehlt");
  });
});

describe("K2CHANGE", () => {
  it("gives the relative change of the quota by default (Düren II.2)", () => {
    // 0.268 / (2,630 / 9,900) − 1 = 0.268 × 9,900 / 2,630 − 1 = 2,653.2 / 2,630 − 1 = 23.2 / 2,630 = 0.0088213 (+0.882 %)
    const k2 = k2Change(row(...INT_2023), row(...ELB_2023), row(...INT_2022), row(...ELB_2022));
    expect(k2).toBeCloseTo(0.0088213, 7);
    // target II.2: at least +0.1 % → met
    expect(targetMet(k2, 0.001)).toBe(true);
    expect(targetMet(k2, 0.001, "K2")).toBe(true);
  });

  it("gives percentage points with pp", () => {
    // 0.268 − 0.2656566 = 0.0023434 (+0.23 pp)
    expect(k2Change(row(...INT_2023), row(...ELB_2023), row(...INT_2022), row(...ELB_2022), "pp")).toBeCloseTo(0.0023434, 7);
  });

  it("rejects different months in the two years, a zero stock and an unknown unit", () => {
    expect(thrownBy(() => k2Change(row(1, 2), row(10, 10), row(1, 2, 3), row(10, 10, 10))).code).toBe("#VALUE!");
    expect(thrownBy(() => k2Change(row(1, 2), row(10, 10), row(1, 2), row(0, 0))).code).toBe("#DIV/0!");
    expect(thrownBy(() => k2Change(row(1), row(10), row(1), row(10), "Meilen")).code).toBe("#VALUE!");
  });
});

describe("K3CHANGE", () => {
  it("gives the relative change of Ø LZB (Düren III.1)", () => {
    // Ø 2023: 6,990 / 7,010 alternating = 7,000; Ø 2022: 7,040; 7,000 / 7,040 − 1 = −40 / 7,040 = −0.0056818 (−0.568 %)
    const lzb2023 = [6990, 7010, 6990, 7010, 6990, 7010, 6990, 7010, 6990, 7010, 6990, 7010];
    const k3 = k3Change(row(...lzb2023), row(...repeat(7040, 12)));
    expect(k3).toBeCloseTo(-0.0056818, 7);
    // target III.1: −0.4 % or lower; K3's good direction is down, so −0.568 % meets it
    expect(targetMet(k3, -0.004, "K3")).toBe(true);
    // read as "at least −0.4 %" it would not be met
    expect(targetMet(k3, -0.004)).toBe(false);
  });

  it("rejects a zero previous year and unequal lengths", () => {
    expect(thrownBy(() => k3Change(row(5, 5), row(0, 0))).code).toBe("#DIV/0!");
    expect(thrownBy(() => k3Change(row(5, 5, 5), row(5, 5))).code).toBe("#VALUE!");
  });
});

describe("CHANGE", () => {
  it("gives the relative change of two numbers (Düren II.1)", () => {
    // 2,680 / 2,630 − 1 = 50 / 2,630 = 0.0190114 (+1.901 %)
    const c = change(2680 as unknown as unknown[][], 2630 as unknown as unknown[][]);
    expect(c).toBeCloseTo(0.0190114, 7);
    expect(targetMet(c, 0.019)).toBe(true);
  });

  it("sums month ranges of the same length", () => {
    // Σ 2023 = 2,680, Σ 2022 = 2,630 → 50 / 2,630
    expect(change(row(...INT_2023), col(...INT_2022))).toBeCloseTo(0.0190114, 7);
    // one-cell ranges and German text: "2.680" / "2.630" − 1
    expect(change([["2.680"]], [["2.630"]])).toBeCloseTo(0.0190114, 7);
  });

  it("gives percentage points with pp", () => {
    // 0.251 − 0.25 = 0.001 (0.1 pp)
    expect(change([[0.251]], [[0.25]], "pp")).toBeCloseTo(0.001, 12);
    expect(change([["25,1 %"]], [["25 %"]], "Prozentpunkte")).toBeCloseTo(0.001, 12);
  });

  it("rejects a zero previous year, blanks, unequal ranges and ranges in points", () => {
    expect(thrownBy(() => change([[5]], [[0]])).code).toBe("#DIV/0!");
    expect(thrownBy(() => change([[null]], [[5]])).code).toBe("#N/A");
    expect(thrownBy(() => change(row(1, 2, 3), row(1, 2))).code).toBe("#VALUE!");
    expect(thrownBy(() => change(row(0.2, 0.3), row(0.2, 0.3), "pp")).code).toBe("#VALUE!");
    expect(thrownBy(() => change([["viel"]], [[5]])).message).toContain("ist keine Zahl");
  });
});

describe("GENDERGAP", () => {
  it("gives men − women, or the absolute distance", () => {
    // 0.25 − 0.27 = −0.02
    expect(genderGap(0.25, 0.27)).toBeCloseTo(-0.02, 12);
    expect(genderGap(0.25, 0.27, "abs")).toBeCloseTo(0.02, 12);
    // German text: "28,0 %" = 0.28; 0.28 − 0.25 = 0.03
    expect(genderGap("28,0 %", [[0.25]])).toBeCloseTo(0.03, 12);
  });

  it("judges the gap target of Düren II.3 (−0.1 pp, lower is better)", () => {
    // gap 2022: 0.280 − 0.250 = 0.030; gap 2023: 0.279 − 0.251 = 0.028; change −0.002 (−0.2 pp) ≤ −0.001
    const before = genderGap(0.28, 0.25);
    const after = genderGap(0.279, 0.251);
    const delta = change([[after]], [[before]], "pp");
    expect(delta).toBeCloseTo(-0.002, 12);
    expect(targetMet(delta, -0.001, "GAP")).toBe(true);
    expect(targetMet(delta, -0.003, "GAP")).toBe(false);
  });

  it("gives #N/A for a blank and #VALUE! for text or an unknown mode", () => {
    expect(thrownBy(() => genderGap(null, 0.2)).message).toContain("Quote Männer fehlt");
    // German first, then English: the argument's label is a catalogue message, not German in the English half
    expect(thrownBy(() => genderGap(null, 0.2)).message).toContain(" / quota of men is missing");
    expect(thrownBy(() => genderGap(0.2, "Frauen")).code).toBe("#VALUE!");
    expect(thrownBy(() => genderGap(0.2, 0.1, "quer")).code).toBe("#VALUE!");
  });
});

describe("TARGETMET", () => {
  it("compares unrounded values with a tolerance for binary rounding", () => {
    expect(targetMet(0.019000000000000128, 0.019)).toBe(true);
    // 1,019 / 1,000 − 1 is 0.018999999999999906 in binary: still met
    expect(targetMet(change([[1019]], [[1000]]), 0.019)).toBe(true);
    expect(targetMet(0.0189, 0.019)).toBe(false);
  });

  it("takes the direction as an operator, a word or an indicator code", () => {
    expect(targetMet(-0.006, -0.004, "K3")).toBe(true);
    expect(targetMet(-0.006, -0.004, "<=")).toBe(true);
    expect(targetMet(-0.006, -0.004, "höchstens")).toBe(true);
    expect(targetMet(-0.006, -0.004)).toBe(false);
    expect(targetMet(0.018, 0.019, "INT")).toBe(false);
    expect(targetMet(0.02, 0.019, "int")).toBe(true);
    // counts: 612 integrations at least
    expect(targetMet(611, 612, ">=")).toBe(false);
  });

  it("rejects an unknown direction, blanks and ranges", () => {
    expect(thrownBy(() => targetMet(1, 1, "XYZ")).code).toBe("#VALUE!");
    expect(thrownBy(() => targetMet("", 1)).code).toBe("#N/A");
    expect(thrownBy(() => targetMet(row(1, 2), 1)).code).toBe("#VALUE!");
  });
});

// Previous year's months (sum 2,630): 200 + 210 + 220 + 230 + 220 + 210 + 200 + 230 + 240 + 230 + 220 + 220
const PREV_YEAR = [200, 210, 220, 230, 220, 210, 200, 230, 240, 230, 220, 220];

describe("FORECAST", () => {
  it("scales by the previous year's profile by default (seasonal)", () => {
    // Jan–Mar: 210 + 220 + 230 = 660; previous Jan–Mar 200 + 210 + 220 = 630; 660 × 2,630 / 630 = 2,755.238…
    expect(forecast(row(210, 220, 230), row(...PREV_YEAR))).toBeCloseTo(2755.2381, 4);
    expect(forecast(col(210, 220, 230), col(...PREV_YEAR), "saisonal")).toBeCloseTo(2755.2381, 4);
  });

  it("extrapolates the average month with linear, ignoring the previous year", () => {
    // 660 / 3 × 12 = 220 × 12 = 2,640
    expect(forecast(row(210, 220, 230), row(...PREV_YEAR), "linear")).toBe(2640);
    expect(forecast(row(210, 220, 230), [[null]], "linear")).toBe(2640);
  });

  it("rejects an incomplete previous year, zero previous months and blanks", () => {
    expect(thrownBy(() => forecast(row(1, 2), row(...PREV_YEAR.slice(0, 11)))).code).toBe("#VALUE!");
    expect(thrownBy(() => forecast(row(1, 2), row(0, 0, ...PREV_YEAR.slice(2)))).code).toBe("#DIV/0!");
    expect(thrownBy(() => forecast(row(1, null), row(...PREV_YEAR))).code).toBe("#N/A");
    expect(thrownBy(() => forecast(row(1), row(...PREV_YEAR), "Kaffeesatz")).code).toBe("#VALUE!");
  });
});

describe("SHORTFALL", () => {
  it("counts the integrations still needed, in whole integrations", () => {
    // 2,680 − 660 = 2,020
    expect(shortfall(2680, row(210, 220, 230))).toBe(2020);
    // target 2,630 × 1.019 = 2,679.97; 2,679.97 − 660 = 2,019.97 → 2,020 whole integrations
    expect(shortfall(2630 * 1.019, row(210, 220, 230))).toBe(2020);
    expect(shortfall("2.680", col(210, 220, 230))).toBe(2020);
  });

  it("is never negative", () => {
    // 600 − 660 < 0 → 0
    expect(shortfall(600, row(210, 220, 230))).toBe(0);
  });

  it("rejects blanks", () => {
    expect(thrownBy(() => shortfall(2680, row(210, null, 230))).code).toBe("#N/A");
    expect(thrownBy(() => shortfall(null, row(210))).code).toBe("#N/A");
  });
});

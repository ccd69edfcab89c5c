import { thrownBy } from "./customFunctionsShim";
import { evaluate, excelMessage, toExcelError } from "../../src/functions/excelErrors";
import { readMonths, readNumber, readOption } from "../../src/functions/rangeInput";
import { DomainFailure, fail, ok } from "../../src/domain/result";

describe("excelErrors", () => {
  it("maps each domain error kind to its Excel error code, with a message only for #VALUE! and #N/A", () => {
    const na = toExcelError({ kind: "NA", message: "Wert 1 fehlt", messageEn: "value 1 is missing" });
    expect([na.code, na.message]).toEqual(["#N/A", "Wert 1 fehlt / value 1 is missing"]);
    const value = toExcelError({ kind: "VALUE", message: "Wert 3 ist keine Zahl", messageEn: "value 3 is not a number" });
    expect([value.code, value.message]).toEqual(["#VALUE!", "Wert 3 ist keine Zahl / value 3 is not a number"]);
    const div = toExcelError({ kind: "DIV0", message: "durch 0", messageEn: "by 0" });
    expect([div.code, div.message]).toEqual(["#DIV/0!", undefined]);
    const num = toExcelError({ kind: "NUM", message: "zu groß", messageEn: "too large" });
    expect([num.code, num.message]).toEqual(["#NUM!", undefined]);
  });

  it("uses the code strings where the runtime has no ErrorCode enum (CustomFunctionsRuntime < 1.3)", () => {
    const cf = (globalThis as unknown as { CustomFunctions: { ErrorCode?: unknown } }).CustomFunctions;
    const saved = cf.ErrorCode;
    cf.ErrorCode = undefined;
    try {
      expect(toExcelError({ kind: "DIV0", message: "", messageEn: "" }).code).toBe("#DIV/0!");
      expect(toExcelError({ kind: "NA", message: "fehlt", messageEn: "missing" }).code).toBe("#N/A");
    } finally {
      cf.ErrorCode = saved;
    }
  });

  it("says a message once when German and English agree", () => {
    expect(excelMessage({ kind: "NA", message: "K3", messageEn: "K3" })).toBe("K3");
  });

  it("turns a DomainFailure thrown inside a computation into an Excel error", () => {
    const e = thrownBy(() =>
      evaluate(() => {
        throw new DomainFailure({ kind: "NA", message: "fehlt", messageEn: "missing" });
      }),
    );
    expect(e.code).toBe("#N/A");
    expect(evaluate(() => ok(7))).toBe(7);
    expect(thrownBy(() => evaluate(() => fail("DIV0", "a", "b"))).code).toBe("#DIV/0!");
  });
});

describe("rangeInput", () => {
  it("flattens a row and a column in reading order; blanks stay null", () => {
    expect(readMonths([[1, "2", null]])).toEqual(ok([1, 2, null]));
    expect(readMonths([[1], [""], ["3,5"]])).toEqual(ok([1, null, 3.5]));
    expect(readMonths(4)).toEqual(ok([4]));
  });

  it("names the position of a non-number with the label", () => {
    const r = readMonths([[1], ["zwei"]], "Integrationen");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe("Integrationen, Wert 2 ist keine Zahl");
  });

  it("reads a single number from a literal, a one-cell range or text", () => {
    expect(readNumber("1.234,5", "x")).toEqual(ok(1234.5));
    expect(readNumber([[2]], "x")).toEqual(ok(2));
    expect(readNumber([[1, 2]], "x").ok).toBe(false);
  });

  it("treats omitted or blank options as null", () => {
    expect(readOption(null)).toBeNull();
    expect(readOption(undefined)).toBeNull();
    expect(readOption("  ")).toBeNull();
    expect(readOption([[null]])).toBeNull();
    expect(readOption(" pp ")).toBe("pp");
  });
});

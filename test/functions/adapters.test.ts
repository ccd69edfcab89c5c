import { thrownBy } from "./customFunctionsShim";
import { evaluate, excelMessage, toExcelError } from "../../src/functions/excelErrors";
import { readMonths, readNumber, readOption } from "../../src/functions/rangeInput";
import { DomainFailure, fail, ok } from "../../src/domain/result";
import { message, text } from "../../src/domain/messages";

describe("excelErrors", () => {
  it("maps each domain error kind to its Excel error code, with a message only for #VALUE! and #N/A", () => {
    const na = toExcelError({ kind: "NA", message: message("err.valueMissing", { what: message("label.value", { index: 1 }) }) });
    expect([na.code, na.message]).toEqual(["#N/A", "Wert 1 fehlt (leere Zelle ist keine Null) / value 1 is missing (a blank cell is not zero)"]);
    const value = toExcelError({ kind: "VALUE", message: message("err.notANumber", { what: message("label.value", { index: 3 }) }) });
    expect([value.code, value.message]).toEqual(["#VALUE!", "Wert 3 ist keine Zahl / value 3 is not a number"]);
    const div = toExcelError({ kind: "DIV0", message: message("err.previousZero") });
    expect([div.code, div.message]).toEqual(["#DIV/0!", undefined]);
    const num = toExcelError({ kind: "NUM", message: message("err.forecastMonths", { count: 13 }) });
    expect([num.code, num.message]).toEqual(["#NUM!", undefined]);
  });

  it("uses the code strings where the runtime has no ErrorCode enum (CustomFunctionsRuntime < 1.3)", () => {
    const cf = (globalThis as unknown as { CustomFunctions: { ErrorCode?: unknown } }).CustomFunctions;
    const saved = cf.ErrorCode;
    cf.ErrorCode = undefined;
    try {
      expect(toExcelError({ kind: "DIV0", message: message("err.stockZero") }).code).toBe("#DIV/0!");
      expect(toExcelError({ kind: "NA", message: message("err.noValues", { what: "K2" }) }).code).toBe("#N/A");
    } finally {
      cf.ErrorCode = saved;
    }
  });

  it("says a message once when German and English agree", () => {
    expect(excelMessage({ kind: "NA", message: message("cli.info") })).toBe("Info");
  });

  it("turns a DomainFailure thrown inside a computation into an Excel error", () => {
    const e = thrownBy(() =>
      evaluate(() => {
        throw new DomainFailure({ kind: "NA", message: message("err.noValues", { what: "K2" }) });
      }),
    );
    expect(e.code).toBe("#N/A");
    expect(evaluate(() => ok(7))).toBe(7);
    expect(thrownBy(() => evaluate(() => fail("DIV0", "err.previousZero"))).code).toBe("#DIV/0!");
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
    if (!r.ok) expect(text(r.error.message)).toBe("Integrationen, Wert 2 ist keine Zahl");
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

/** The one adapter of the SGBII functions: declared arguments coerced, checked, errors mapped. */
import { define } from "../../src/functions/args";
import { message } from "../../src/domain/messages";
import { fail, ok } from "../../src/domain/result";
import { thrownBy } from "./customFunctionsShim";

const unit = (o: string | null) => (o === null || o === "%" ? ok("relative" as const) : o === "pp" ? ok("points" as const) : fail("VALUE", "err.optionUnknown", { what: message("label.unit"), option: o, accepted: "% / pp" }));

const diff = define(
  { args: [{ kind: "months", label: "aktuell" }, { kind: "number", label: "Ziel" }, { kind: "option", parse: unit }], sameLength: [] },
  (months, target, u) => (u === "points" ? target - months.length : months.reduce<number>((n, v) => n + (v ?? 0), 0) - target),
);

describe("define", () => {
  it("hands the body typed values: months from a column, a number, the option's default for an omitted argument", () => {
    // 3 + 4 + 5 = 12; 12 − 10 = 2.
    expect(diff([[3], [4], [5]], 10, null)).toBe(2);
    expect(diff([[3, 4, 5]], [[10]], "pp")).toBe(7);
  });

  it("reads options first: an unknown option is the error even when a month is text", () => {
    const e = thrownBy(() => diff([["x"]], 1, "Kilo"));
    expect([e.code, e.message]).toEqual(["#VALUE!", 'Einheit „Kilo“ unbekannt; erlaubt: % / pp / Unit "Kilo" unknown; accepted: % / pp']);
  });

  it("maps a blank number to #N/A and text to #VALUE!, naming the argument", () => {
    expect(thrownBy(() => diff([[1]], null, null)).message).toMatch(/^Ziel fehlt \(leere Zelle ist keine Null\)/);
    expect(thrownBy(() => diff([[1], ["viele"]], 1, null)).message).toMatch(/^aktuell, Wert 2 ist keine Zahl/);
  });

  it("checks declared equal lengths before the body runs, and passes a body's failure through", () => {
    let ran = false;
    const pair = define({ args: [{ kind: "months" }, { kind: "months" }], sameLength: [{ pair: [0, 1], what: "Test" }] }, () => {
      ran = true;
      return fail("DIV0", "err.previousZero");
    });
    expect(thrownBy(() => pair([[1, 2]], [[1]])).message).toBe(
      "Test: Bereiche unterschiedlich lang (2 und 1 Werte) – gleiche Monate vergleichen / Test: ranges differ in length (2 and 1 values) – compare the same months",
    );
    expect(ran).toBe(false);
    expect(thrownBy(() => pair([[1]], [[2]])).code).toBe("#DIV/0!");
  });
});

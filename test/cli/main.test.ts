/** The CLI's last line of defence: an error no command caught becomes one line, German or English, without a stack trace. */
import { unexpectedErrorMessage } from "../../src/cli/main";
import { CRASH } from "./harness";

function deep(n: number): number {
  return n <= 0 ? 0 : 1 + deep(n - 1);
}

test("names the file, says the input is unchanged, and prints no stack", () => {
  const e = new TypeError("Cannot read properties of null (reading 'code')");
  const de = unexpectedErrorMessage(e, ["evaluate", "mappe.xlsx", "--json"], false);
  expect(de).toBe(
    "mappe.xlsx: Unerwarteter Fehler bei der Verarbeitung (Cannot read properties of null (reading 'code')). Die Eingabedatei bleibt unverändert. Bitte melden Sie den Fehler mit der Eingabedatei; Details mit ZIELMONITOR_DEBUG=1.",
  );
  expect(de).not.toMatch(/\n|\bat /);
  const en = unexpectedErrorMessage(e, ["evaluate", "mappe.xlsx", "--lang", "en"], false);
  expect(en).toMatch(/^mappe\.xlsx: Unexpected error while processing \(Cannot read/);
  expect(en).toContain("The input file is unchanged.");
  expect(unexpectedErrorMessage(e, ["evaluate", "mappe.xlsx", "--lang=en"], false)).toMatch(/Unexpected error/);
});

test("turns a stack overflow into words and shows the stack only with ZIELMONITOR_DEBUG", () => {
  let overflow: unknown;
  try {
    deep(1e7);
  } catch (e) {
    overflow = e;
  }
  expect(overflow).toBeInstanceOf(RangeError);
  expect(unexpectedErrorMessage(overflow, ["evaluate", "gross.xlsx"], false)).toContain("(Eingabe zu groß oder zu tief verschachtelt)");
  const debug = unexpectedErrorMessage(new Error("kaputt"), ["evaluate", "a.xlsx"], true);
  expect(debug.split("\n").length).toBeGreaterThan(2);
  expect(debug).toMatch(/\n\s+at /);
  // the corpus's crash detector recognises both the line and a stack
  expect(CRASH.test(debug)).toBe(true);
  expect(CRASH.test(unexpectedErrorMessage(new Error("x"), ["evaluate", "a.xlsx"], false))).toBe(true);
});

import { langOf, parseEvaluateArgs, splitArgs } from "../../src/cli/args";
import { text } from "../../src/domain/messages";

describe("zielmonitor evaluate arguments", () => {
  it("reads the workbook and every option", () => {
    const r = parseEvaluateArgs(["mappe.xlsx", "--targets", "z.json", "--month=2023-06", "--vintage", "t-3", "--json", "--out", "o.xlsx", "--lang", "en"]);
    expect(r).toEqual({
      ok: true,
      options: {
        workbook: "mappe.xlsx",
        targets: "z.json",
        mapping: undefined,
        month: "2023-06",
        vintage: "t-3",
        json: true,
        out: "o.xlsx",
        lang: "en",
      },
    });
  });

  it.each([
    [[], "Keine Arbeitsmappe"],
    [["a.xlsx", "b.xlsx"], "Zu viele Argumente"],
    [["a.xlsx", "--month", "2023-13"], "JJJJ-MM"],
    [["a.xlsx", "--month", "06/2023"], "JJJJ-MM"],
    [["a.xlsx", "--vintage", "t-1"], "t-0 und t-3"],
    [["a.xlsx", "--lang", "fr"], "de und en"],
    [["a.xlsx", "--frobnicate"], "Unbekannte Option"],
    [["a.xlsx", "--out"], "braucht einen Wert"],
    [["a.xlsx", "--json=yes"], "keinen Wert"],
  ])("rejects %j with a German message", (argv, message) => {
    const r = parseEvaluateArgs(argv as string[]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(text(r.message)).toContain(message);
  });

  it.each([
    [["a.xlsx", "--vintage", "t-1", "--lang", "en"], '--vintage "t-1": allowed are t-0 and t-3'],
    [["a.xlsx", "--frobnicate", "--lang=en"], "Unknown option --frobnicate"],
  ])("says %j in English when --lang en is given", (argv, said) => {
    const r = parseEvaluateArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(text(r.message, langOf(argv))).toBe(said);
  });

  it("does not take the next option as a value", () => {
    const r = splitArgs(["--out", "--json"], ["json"], ["out"]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(text(r.message)).toBe("Option --out braucht einen Wert");
  });
});

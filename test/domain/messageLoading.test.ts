/**
 * The catalogue as the browser starts it (webpack takes languages.browser.ts for languages.ts): German
 * whole, of English only what the custom functions show; the rest of English with loadLanguage("en").
 * Node (CLI, these tests elsewhere) starts with both languages whole.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { closure, SRC } from "../architecture/importGraph";
import "../functions/customFunctionsShim";
import { valuesDe } from "../../src/domain/messages/values.de";

type Messages = typeof import("../../src/domain/messages");

/** The messages module and the functions' error mapping as the browser starts them (a fresh registry). */
function browserStart(): { m: Messages; excelMessage: typeof import("../../src/functions/excelErrors").excelMessage } {
  let out!: ReturnType<typeof browserStart>;
  jest.isolateModules(() => {
    jest.doMock("../../src/domain/messages/languages", () => jest.requireActual("../../src/domain/messages/languages.browser"));
    out = { m: require("../../src/domain/messages"), excelMessage: require("../../src/functions/excelErrors").excelMessage };
  });
  return out;
}

describe("English loads when first shown (browser)", () => {
  it("has German whole and, of English, the custom functions' texts before loading", () => {
    const { m, excelMessage } = browserStart();
    expect([m.languageLoaded("de"), m.languageLoaded("en")]).toEqual([true, false]);
    expect(m.msg("status.met")).toBe("erreicht");
    expect(m.text(m.message("err.notANumber", { what: m.message("label.value", { index: 3 }) }), "en")).toBe("value 3 is not a number");
    // what Excel shows beside #VALUE!: German, then English, also before the pane loaded English
    expect(excelMessage({ kind: "VALUE", message: m.message("err.notANumber", { what: m.message("label.value", { index: 3 }) }) })).toBe(
      "Wert 3 ist keine Zahl / value 3 is not a number",
    );
    // any other English text is not there yet: asked for, it throws instead of showing German or nothing
    expect(() => m.msg("status.met", undefined, "en")).toThrow(/status\.met.*not loaded/);
    // a log text is German alone until English is there
    expect(m.logText(m.message("status.met"))).toBe("erreicht");
  });

  it("has English whole once loadLanguage has resolved", async () => {
    const { m } = browserStart();
    await m.loadLanguage("en");
    expect(m.languageLoaded("en")).toBe(true);
    expect(Object.keys(m.CATALOGUES.en).sort()).toEqual(Object.keys(m.CATALOGUES.de).sort());
    expect(m.msg("status.met", undefined, "en")).toBe("met");
    expect(m.logText(m.message("status.met"))).toBe("erreicht / met");
    await m.loadLanguage("de");
    expect(m.msg("status.met")).toBe("erreicht");
  });
});

describe("the custom functions' texts are all in the part that comes with functions.js", () => {
  /** Files of src/ the functions reach through static imports, the catalogue itself left out. */
  const reached = (entry: string): string[] => [...closure(entry, (f) => f.startsWith("domain/messages/"))].map((f) => join(SRC, f));

  it("names every catalogue code the functions and the figures they call use", () => {
    const { m } = browserStart();
    const codes = new Set(Object.keys(m.CATALOGUES.de));
    const files = reached("functions/functions.ts");
    expect(files.map((f) => relative(SRC, f))).toEqual(expect.arrayContaining(["functions/functions.ts", "functions/options.ts", "domain/figures.ts"]));
    const used = new Set(files.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/["'`]([a-z][A-Za-z]*\.[A-Za-z0-9.]+)["'`]/g)].map((x) => x[1]).filter((c) => codes.has(c))));
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter((c) => !(c in valuesDe) || m.CATALOGUES.en[c as keyof typeof valuesDe] === undefined);
    expect(missing).toEqual([]);
  });
});

/**
 * functions.json (generated from the JSDoc, as the webpack plugin does) and functions-de.json (the
 * project's build step) must describe the same functions; names must be valid Excel names that cannot
 * be mistaken for cell references.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { buildGermanMetadata, loadTable, type FunctionsMetadata } from "../../scripts/build-functions-de";
import * as functionsModule from "../../src/functions/functions";
import "./customFunctionsShim";

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

/**
 * The same function names in every locale (docs/functions.md): formulas written through `Range.formulas`
 * with a name that differs in German Excel show #NAME? there (office-js #891, #6614).
 */
const GERMAN_NAMES: Record<string, string> = {
  JFW: "JFW",
  INTQUOTE: "INTQUOTE",
  K2CHANGE: "K2CHANGE",
  K3CHANGE: "K3CHANGE",
  CHANGE: "CHANGE",
  GENDERGAP: "GENDERGAP",
  TARGETMET: "TARGETMET",
  FORECAST: "FORECAST",
  SHORTFALL: "SHORTFALL",
};

/** Column letters to a number: A = 1, Z = 26, AA = 27, XFD = 16,384. */
function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}

/** Whether Excel could read `name` as a cell reference in A1 (A1 … XFD1048576) or R1C1 style. */
function looksLikeCellReference(name: string): boolean {
  const a1 = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/.exec(name);
  if (a1) {
    const row = Number(a1[2]);
    if (columnNumber(a1[1]) <= 16384 && row >= 1 && row <= 1048576) return true;
  }
  return /^(R(\d+|\[-?\d+\])?)?(C(\d+|\[-?\d+\])?)?$/i.test(name) && name.length > 0;
}

let en: FunctionsMetadata;
let de: FunctionsMetadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata([SOURCE]);
  expect(result.errors).toEqual([]);
  en = JSON.parse(result.metadataJson) as FunctionsMetadata;
  de = buildGermanMetadata(en);
}, 60000);

describe("the cell-reference check itself", () => {
  it("recognises addresses in A1 and R1C1 form", () => {
    for (const ref of ["A1", "SGB2", "XFD1048576", "$B$3", "R1C1", "RC", "R2", "C3", "R[-1]C[2]"])
      expect([ref, looksLikeCellReference(ref)]).toEqual([ref, true]);
    for (const name of ["XFE1", "A1048577", "A0", "SGBII", "K2CHANGE", "JFW", "RCX"]) expect([name, looksLikeCellReference(name)]).toEqual([name, false]);
  });
});

describe("functions.json (English, generated from the JSDoc)", () => {
  it("has the nine functions, each exported under its id (ignoring case)", () => {
    const ids = en.functions.map((f) => f.id).sort();
    expect(ids).toEqual(Object.keys(GERMAN_NAMES).sort());
    const exported = Object.keys(functionsModule)
      .map((k) => k.toUpperCase())
      .sort();
    expect(exported).toEqual(ids);
  });

  it("describes every function and parameter in English", () => {
    for (const f of en.functions) {
      expect(f.description && f.description.length > 20).toBe(true);
      expect(f.description).not.toMatch(/[äöüÄÖÜß]/);
      expect(f.name).toBe(f.id);
      for (const p of f.parameters) {
        expect([f.id, p.name, (p.description ?? "").length > 5]).toEqual([f.id, p.name, true]);
        expect(p.description).not.toMatch(/[äöüÄÖÜß]/);
      }
    }
  });

  it("takes ranges as matrices and marks the optional arguments", () => {
    const jfwFn = en.functions.find((f) => f.id === "JFW")!;
    expect(jfwFn.parameters.map((p) => [p.name, p.type, p.dimensionality ?? "scalar", Boolean(p.optional)])).toEqual([
      ["values", "any", "matrix", false],
      ["kind", "string", "scalar", true],
    ]);
    const k2 = en.functions.find((f) => f.id === "K2CHANGE")!;
    expect(k2.parameters.map((p) => p.name)).toEqual(["int_current", "elb_current", "int_previous", "elb_previous", "unit"]);
    expect(en.functions.find((f) => f.id === "TARGETMET")!.result).toEqual({ type: "boolean" });
  });
});

describe("functions-de.json (the translation build step)", () => {
  it("keeps ids, parameter count, types, dimensionality, optional flags and results", () => {
    expect(de.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    for (let i = 0; i < en.functions.length; i++) {
      const e = en.functions[i];
      const d = de.functions[i];
      expect(d.result).toEqual(e.result);
      expect(d.options).toEqual(e.options);
      expect(d.parameters.map((p) => [p.type, p.dimensionality, p.optional, p.repeating])).toEqual(
        e.parameters.map((p) => [p.type, p.dimensionality, p.optional, p.repeating]),
      );
    }
    expect(de.allowCustomDataForDataTypeAny).toBe(en.allowCustomDataForDataTypeAny);
  });

  it("has the same names as English, German descriptions and German parameter names", () => {
    for (const f of de.functions) {
      expect([f.id, f.name]).toEqual([f.id, GERMAN_NAMES[f.id]]);
      const english = en.functions.find((x) => x.id === f.id)!;
      expect(f.description).not.toBe(english.description);
      f.parameters.forEach((p, i) => expect([f.id, p.description === english.parameters[i].description]).toEqual([f.id, false]));
    }
    const k2 = de.functions.find((f) => f.id === "K2CHANGE")!;
    expect(k2.parameters.map((p) => p.name)).toEqual(["int_aktuell", "elb_aktuell", "int_vorjahr", "elb_vorjahr", "einheit"]);
  });

  it("uses valid, unique names in both languages that are no cell references", () => {
    for (const meta of [en, de]) {
      const names = meta.functions.map((f) => f.name.toUpperCase());
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) {
        expect([name, /^\p{L}[\p{L}0-9._]{2,}$/u.test(name)]).toEqual([name, true]);
        expect([name, looksLikeCellReference(name)]).toEqual([name, false]);
      }
    }
    expect(looksLikeCellReference("SGBII")).toBe(false);
  });

  it("fails loudly when a translation is missing or left over", () => {
    const table = loadTable();
    const withoutShortfall = { ...table };
    delete withoutShortfall.SHORTFALL;
    expect(() => buildGermanMetadata(en, withoutShortfall)).toThrow(/SHORTFALL: keine deutsche Übersetzung/);
    const extra = { ...table, MEDIAN: table.JFW };
    expect(() => buildGermanMetadata(en, extra)).toThrow(/MEDIAN: übersetzt, aber keine Funktion/);
    const badParam = { ...table, JFW: { ...table.JFW, parameters: { values: table.JFW.parameters.values } } };
    expect(() => buildGermanMetadata(en, badParam)).toThrow(/JFW: Parameter kind ohne Übersetzung/);
    const cellName = { ...table, JFW: { ...table.JFW, name: "A1" } };
    expect(() => buildGermanMetadata(en, cellName)).toThrow(/ungültiger Name/);
  });
});

/** An unknown option word is #VALUE! naming what is accepted, in each language's own words ("oder" / "or"). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { changeUnit, direction, forecastMethod, gapMode, jfwKind } from "../../src/functions/options";
import { text } from "../../src/domain/messages";

/** The option arguments of the functions, by their id and parameter in translations-de.json. */
const PARSERS: [string, string, (o: string | null) => { ok: boolean; error?: { message: Parameters<typeof text>[0] } }][] = [
  ["JFW", "kind", jfwKind],
  ["K2CHANGE", "unit", changeUnit],
  ["CHANGE", "unit", changeUnit],
  ["GENDERGAP", "mode", gapMode],
  ["FORECAST", "method", forecastMethod],
  ["TARGETMET", "direction", direction],
];
const TABLE = JSON.parse(readFileSync(join(__dirname, "../../src/functions/translations-de.json"), "utf8")) as Record<
  string,
  { parameters: Record<string, { description: string }> }
>;
const quoted = (s: string) => [...s.matchAll(/"([^"]+)"/g)].map((m) => m[1]);

function said(r: { ok: boolean; error?: { message: Parameters<typeof text>[0] } }, lang: "de" | "en"): string {
  if (r.ok || !r.error) throw new Error("expected a refusal");
  return text(r.error.message, lang);
}

describe("option words of the custom functions", () => {
  it("lists the accepted words, joined by oder / or", () => {
    expect(said(jfwKind("Median"), "de")).toBe('Art „Median“ unbekannt; erlaubt: "Summe"/"sum" oder "Durchschnitt"/"avg"');
    expect(said(jfwKind("Median"), "en")).toBe('Kind "Median" unknown; accepted: "Summe"/"sum" or "Durchschnitt"/"avg"');
  });

  it("says what the signed gap means in the language asked", () => {
    expect(said(gapMode("quer"), "de")).toContain('"signed"/"Vorzeichen" (Männer − Frauen) oder "abs"');
    expect(said(gapMode("quer"), "en")).toContain('"signed"/"Vorzeichen" (men − women) or "abs"');
  });

  it("still reads the words it lists", () => {
    expect(jfwKind("Durchschnitt")).toMatchObject({ ok: true, value: "mean" });
    expect(gapMode("Vorzeichen")).toMatchObject({ ok: true, value: "signed" });
    expect(forecastMethod("saisonal")).toMatchObject({ ok: true, value: "seasonal" });
  });

  it.each(PARSERS)("%s(%s): every word the German function help (translations-de.json) and the error message name is accepted", (fn, param, parse) => {
    const help = quoted(TABLE[fn].parameters[param].description);
    expect(help.length).toBeGreaterThan(1);
    const refused = parse("§§§");
    const listed = ["de", "en"].flatMap((lang) => quoted(said(refused, lang as "de" | "en").split(/erlaubt:|accepted:/)[1] ?? ""));
    const words = [...new Set([...help, ...listed])];
    expect(words.filter((w) => !parse(w).ok)).toEqual([]);
  });
});

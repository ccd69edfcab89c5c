/** The message catalogue: codes render in both languages, parameters and nested messages are filled in. */
import { CATALOGUES, message, msg, text } from "../../src/domain/messages";
import { statusLabel, statusMeaning } from "../../src/domain/display";
import { STATUSES } from "../../src/domain/evaluation";

describe("message catalogue", () => {
  it("has the same codes in German and English, none of them empty", () => {
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(Object.keys(CATALOGUES.de).sort());
    for (const lang of ["de", "en"] as const) {
      for (const [code, entry] of Object.entries(CATALOGUES[lang])) {
        if (typeof entry === "string") expect(`${code}: ${entry.trim()}`).not.toBe(`${code}: `);
      }
    }
  });

  it("gives every status code a German and an English word", () => {
    const de = STATUSES.map((s) => statusLabel(s));
    const en = STATUSES.map((s) => statusLabel(s, "en"));
    expect(de).toEqual(["erreicht", "auf Kurs", "gefährdet", "nicht erreicht", "keine Daten", "Monitoring"]);
    expect(en).toEqual(["met", "on track", "at risk", "not met", "no data", "monitoring"]);
    expect(statusMeaning("missed")).toBe("Ziel nicht erreicht (Dezember)");
    expect(statusMeaning("missed", "en")).toBe("Target not met (December)");
  });

  it("renders a message given as code and parameters, German unless told otherwise", () => {
    expect(msg("status.atRisk")).toBe("gefährdet");
    expect(text(message("status.atRisk"), "en")).toBe("at risk");
  });
});

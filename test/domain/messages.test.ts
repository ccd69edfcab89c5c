/** The message catalogue: codes render in both languages, parameters and nested messages are filled in. */
import { CATALOGUES, errorText, message, msg, text } from "../../src/domain/messages";
import { ZielmonitorExcelError } from "../../src/excel/errors";
import { xlsxErrors } from "../../src/xlsx/errors";
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

  it("says an error in the language asked where it carries a catalogue message, else its own words", () => {
    const gone = new ZielmonitorExcelError(message("excel.sheetGone", { sheet: "Daten", address: "B3:B9" }));
    expect(errorText(gone, "de")).toBe("Blatt „Daten“ (Bereich B3:B9) gibt es nicht mehr – bitte die Arbeitsmappe neu einlesen. Es wurde nichts hervorgehoben.");
    expect(errorText(gone, "en")).toBe('Sheet "Daten" (range B3:B9) no longer exists – please re-read the workbook. Nothing was highlighted.');
    // without a language: German first, then English, as before
    expect(gone.message).toBe(`${errorText(gone, "de")} / ${errorText(gone, "en")}`);
    // 5,000,000 cells in each language's digits
    const big = xlsxErrors.tooManyCells("a.xlsx", "Blatt1", 5_000_000);
    expect(errorText(big, "de")).toContain("mehr als 5.000.000 gefüllte Zellen");
    expect(errorText(big, "en")).toContain("more than 5,000,000 filled cells");
    expect(big.message).toBe(errorText(big, "de"));
    // 2 GiB = 2 × 1024³ bytes
    expect(errorText(xlsxErrors.tooLarge("a.xlsx", "*", 2 * 1024 ** 3), "en")).toContain("more than 2 GiB");
    expect(errorText(new Error("EACCES"), "en")).toBe("EACCES");
    expect(errorText("kaputt", "en")).toBe("kaputt");
  });
});

/**
 * Every text the detector says, German first and English second, in one place (to move into the
 * project's message catalogue when it lands). Each names the sheet and cell it is about.
 */
import { formatNumberDe } from "../../domain/numbers";
import { formatYearMonth, type YearMonth } from "../../domain/yearMonth";
import type { DashReading } from "../cells";
import type { Problem } from "../types";

type Text = Pick<Problem, "message" | "messageEn">;

const at = (sheet: string, cell: string): Text => ({
  message: `Blatt "${sheet}", Zelle ${cell}`,
  messageEn: `Sheet "${sheet}", cell ${cell}`,
});

export const msg = {
  notANumber: (sheet: string, cell: string, text: string): Text => ({
    message: `${at(sheet, cell).message}: „${text}“ ist keine Zahl – der Monat gilt als fehlend.`,
    messageEn: `${at(sheet, cell).messageEn}: "${text}" is not a number – the month counts as missing.`,
  }),
  twice: (what: string, whatEn: string, first: string, firstLabel: string, second: string, secondLabel: string): Text => ({
    message: `${what} steht zweimal: ${first} („${firstLabel}“) und ${second} („${secondLabel}“). Verwendet wird die erste Fundstelle; eine Zuordnung kann das ändern.`,
    messageEn: `${whatEn} appears twice: ${first} and ${second}. The first is used; a mapping can change that.`,
  }),
  noSheet: (code: string, sheet: string): Text => ({
    message: `Zuordnung für ${code}: Blatt "${sheet}" gibt es nicht.`,
    messageEn: `Mapping for ${code}: there is no sheet "${sheet}".`,
  }),
  notAMonth: (sheet: string, cell: string, text: string): Text => ({
    message: `${at(sheet, cell).message}: „${text}“ ist kein Monat mit Jahr.`,
    messageEn: `${at(sheet, cell).messageEn}: "${text}" is not a month with a year.`,
  }),
  hiddenRows: (sheet: string): Text => ({
    message: `Blatt "${sheet}": ausgeblendete Zeilen enthalten Monatswerte; sie werden mitgezählt.`,
    messageEn: `Sheet "${sheet}": hidden rows hold monthly values; they are included.`,
  }),
  nothingFound: (): Text => ({
    message: "In der Mappe wurden keine Monatswerte erkannt (keine Spalte oder Zeile mit Monaten wie „Jan 2023“ oder „01/2023“ neben einer Kennzahl).",
    messageEn: "No monthly figures were recognised in the workbook (no column or row of months such as 'Jan 2023' next to an indicator).",
  }),
  excelError: (sheet: string, cell: string, error: string): Text => ({
    message: `${at(sheet, cell).message}: Excel-Fehler „${error}“ statt eines Werts – der Monat gilt als fehlend.`,
    messageEn: `${at(sheet, cell).messageEn}: Excel error "${error}" instead of a value – the month counts as missing.`,
  }),
  negative: (sheet: string, cell: string, code: string, value: number): Text => ({
    message: `${at(sheet, cell).message}: ${code} ist negativ (${de(value)}) – eine Anzahl oder Summe kann nicht negativ sein; der Monat gilt als fehlend.`,
    messageEn: `${at(sheet, cell).messageEn}: ${code} is negative (${value}) – a count or sum cannot be negative; the month counts as missing.`,
  }),
  zeroStock: (sheet: string, cell: string, code: string): Text => ({
    message: `${at(sheet, cell).message}: ${code}-Bestand 0 – eine Quote mit diesem Nenner ist nicht berechenbar; bitte den Wert prüfen.`,
    messageEn: `${at(sheet, cell).messageEn}: ${code} stock of 0 – a quota with this denominator cannot be computed; please check the value.`,
  }),
  duplicateMonth: (sheet: string, cell: string, first: string, m: YearMonth, same: boolean): Text => ({
    message: `${at(sheet, cell).message}: ${formatYearMonth(m)} steht in dieser Reihe zweimal (zuerst in ${first}) – ${same ? "mit gleichem Wert; er zählt einmal" : "mit verschiedenen Werten; der Monat gilt als fehlend"}.`,
    messageEn: `${at(sheet, cell).messageEn}: ${formatYearMonth(m, "en")} appears twice in this series (first in ${first}) – ${same ? "with the same value; it counts once" : "with different values; the month counts as missing"}.`,
  }),
  unordered: (sheet: string, cell: string, m: YearMonth, after: YearMonth): Text => ({
    message: `${at(sheet, cell).message}: ${formatYearMonth(m)} folgt auf ${formatYearMonth(after)} – die Monate sind nicht geordnet. Jeder Wert zählt für seinen Monat; bitte die Monatsangaben prüfen.`,
    messageEn: `${at(sheet, cell).messageEn}: ${formatYearMonth(m, "en")} follows ${formatYearMonth(after, "en")} – the months are out of order. Each value counts for its month; please check the month labels.`,
  }),
  gap: (sheet: string, cell: string, before: YearMonth, m: YearMonth, from: YearMonth, to: YearMonth): Text => {
    const span = from === to ? formatYearMonth(from) : `${formatYearMonth(from)} bis ${formatYearMonth(to)}`;
    const spanEn = from === to ? formatYearMonth(from, "en") : `${formatYearMonth(from, "en")} to ${formatYearMonth(to, "en")}`;
    return {
      message: `${at(sheet, cell).message}: auf ${formatYearMonth(before)} folgt ${formatYearMonth(m)} – ${span} ${from === to ? "fehlt" : "fehlen"} in der Tabelle.`,
      messageEn: `${at(sheet, cell).messageEn}: ${formatYearMonth(before, "en")} is followed by ${formatYearMonth(m, "en")} – ${spanEn} ${from === to ? "is" : "are"} missing from the table.`,
    };
  },
  mergedValue: (sheet: string, range: string, months: number): Text => ({
    message: `Blatt "${sheet}", Zellen ${range}: ein Wert ist über ${months} Monate verbunden – er wird keinem Monat zugeordnet, die Monate gelten als fehlend. Bitte die Verbindung aufheben und jeden Monat einzeln eintragen.`,
    messageEn: `Sheet "${sheet}", cells ${range}: one value is merged across ${months} months – it is not assigned to any month, the months count as missing. Please unmerge and enter each month.`,
  }),
  dashBa: (sheet: string, count: number, first: string): Text => ({
    message: `Blatt "${sheet}": „-“ in ${count} ${count === 1 ? "Zelle" : "Zellen"} (erste: ${first}) als 0 gelesen – in Tabellen der BA-Statistik bedeutet „-“ „nichts vorhanden“.`,
    messageEn: `Sheet "${sheet}": "-" in ${count} ${count === 1 ? "cell" : "cells"} (first: ${first}) read as 0 – in BA statistics tables "-" means "none".`,
  }),
  dashOwn: (sheet: string, count: number, first: string, reading: DashReading): Text => ({
    message: `Blatt "${sheet}": „-“ in ${count} ${count === 1 ? "Zelle" : "Zellen"} (erste: ${first}) als ${reading === "zero" ? "0 („nichts vorhanden“, wie in der BA-Statistik)" : "„kein Wert“ (der Monat gilt als fehlend)"} gelesen. Die Lesart von „-“ lässt sich umstellen.`,
    messageEn: `Sheet "${sheet}": "-" in ${count} ${count === 1 ? "cell" : "cells"} (first: ${first}) read as ${reading === "zero" ? '0 ("none", as in BA statistics)' : '"no value" (the month counts as missing)'}. The reading of "-" can be switched.`,
  }),
};

const de = (x: number): string => formatNumberDe(x, Number.isInteger(x) ? 0 : 2);

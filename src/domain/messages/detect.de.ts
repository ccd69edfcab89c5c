/** What the detector says about a workbook (German); each text names the sheet and cell it is about. */
import { formatNumberDe } from "../numbers";
import { formatYearMonth, type YearMonth } from "../yearMonth";

const at = (sheet: string, cell: string) => `Blatt "${sheet}", Zelle ${cell}`;
const num = (x: number): string => formatNumberDe(x, Number.isInteger(x) ? 0 : 2);
const big = (x: number): string => (Number.isFinite(x) ? x.toExponential(2).replace(".", ",") : String(x));
const ym = (m: YearMonth) => formatYearMonth(m, "de");
const cells = (n: number) => (n === 1 ? "Zelle" : "Zellen");

export const detectDe = {
  "detect.place": (p: { sheet: string; cell: string }) => `Blatt "${p.sheet}", ${p.cell}`,
  "detect.notANumber": (p: { sheet: string; cell: string; text: string }) => `${at(p.sheet, p.cell)}: „${p.text}“ ist keine Zahl – der Monat gilt als fehlend.`,
  "detect.twice": (p: { code: string; vintage: string; jobcenter: string; first: string; firstLabel: string; second: string; secondLabel: string }) =>
    `${p.code}${p.vintage ? ` (${p.vintage})` : ""}${p.jobcenter ? ` für ${p.jobcenter}` : ""} steht zweimal: ${p.first} („${p.firstLabel}“) und ${p.second} („${p.secondLabel}“). Verwendet wird die erste Fundstelle; eine Zuordnung kann das ändern.`,
  "detect.noSheet": (p: { code: string; sheet: string }) => `Zuordnung für ${p.code}: Blatt "${p.sheet}" gibt es nicht.`,
  "detect.mappingVintage": (p: { name: string; code: string; sheet: string; range: string }) =>
    `Zuordnung für ${p.name} (${p.code}, Blatt „${p.sheet}“, ${p.range}): Wartezeit unbekannt – weder angegeben noch am Blatt oder an der Überschrift zu erkennen. Die Reihe wird nicht gelesen; geben Sie t-0 oder t-3 an (in der Zuordnungsdatei: "vintage").`,
  "detect.notAMonth": (p: { sheet: string; cell: string; text: string }) => `${at(p.sheet, p.cell)}: „${p.text}“ ist kein Monat mit Jahr.`,
  "detect.hiddenRows": (p: { sheet: string }) => `Blatt "${p.sheet}": ausgeblendete Zeilen enthalten Monatswerte; sie werden mitgezählt.`,
  "detect.nothing": "In der Mappe wurden keine Monatswerte erkannt (keine Spalte oder Zeile mit Monaten wie „Jan 2023“ oder „01/2023“ neben einer Kennzahl).",
  "detect.excelError": (p: { sheet: string; cell: string; error: string }) => `${at(p.sheet, p.cell)}: Excel-Fehler „${p.error}“ statt eines Werts – der Monat gilt als fehlend.`,
  "detect.negative": (p: { sheet: string; cell: string; code: string; value: number }) =>
    `${at(p.sheet, p.cell)}: ${p.code} ist negativ (${num(p.value)}) – eine Anzahl oder Summe kann nicht negativ sein; der Monat gilt als fehlend.`,
  "detect.implausible": (p: { sheet: string; cell: string; code: string; value: number }) =>
    `${at(p.sheet, p.cell)}: ${p.code} = ${big(p.value)} ist kein plausibler Monatswert (ab 10^12 oder nicht endlich) – der Monat gilt als fehlend; bitte den Wert prüfen.`,
  "detect.mergedMonthLabel": (p: { sheet: string; range: string; label: string }) =>
    `${at(p.sheet, p.range)}: die Monatsangabe „${p.label}“ ist über mehrere Zeilen verbunden – sie gilt nur für die erste Zeile; Werte in den übrigen Zeilen haben keinen Monat und werden nicht gelesen.`,
  "detect.zeroStock": (p: { sheet: string; cell: string; code: string }) =>
    `${at(p.sheet, p.cell)}: ${p.code}-Bestand 0 – eine Quote mit diesem Nenner ist nicht berechenbar; bitte den Wert prüfen.`,
  "detect.duplicateMonth": (p: { sheet: string; cell: string; first: string; month: YearMonth; same: boolean }) =>
    `${at(p.sheet, p.cell)}: ${ym(p.month)} steht in dieser Reihe zweimal (zuerst in ${p.first}) – ${p.same ? "mit gleichem Wert; er zählt einmal" : "mit verschiedenen Werten; der Monat gilt als fehlend"}.`,
  "detect.unordered": (p: { sheet: string; cell: string; month: YearMonth; after: YearMonth }) =>
    `${at(p.sheet, p.cell)}: ${ym(p.month)} folgt auf ${ym(p.after)} – die Monate sind nicht geordnet. Jeder Wert zählt für seinen Monat; bitte die Monatsangaben prüfen.`,
  "detect.gap": (p: { sheet: string; cell: string; before: YearMonth; month: YearMonth; from: YearMonth; to: YearMonth }) =>
    `${at(p.sheet, p.cell)}: auf ${ym(p.before)} folgt ${ym(p.month)} – ${p.from === p.to ? `${ym(p.from)} fehlt` : `${ym(p.from)} bis ${ym(p.to)} fehlen`} in der Tabelle.`,
  "detect.mergedValue": (p: { sheet: string; range: string; months: number }) =>
    `Blatt "${p.sheet}", Zellen ${p.range}: ein Wert ist über ${p.months} Monate verbunden – er wird keinem Monat zugeordnet, die Monate gelten als fehlend. Bitte die Verbindung aufheben und jeden Monat einzeln eintragen.`,
  "detect.dashBa": (p: { sheet: string; count: number; first: string }) =>
    `Blatt "${p.sheet}": „-“ in ${p.count} ${cells(p.count)} (erste: ${p.first}) als 0 gelesen – in Tabellen der BA-Statistik bedeutet „-“ „nichts vorhanden“.`,
  "detect.dashOwn": (p: { sheet: string; count: number; first: string; reading: "zero" | "missing" }) =>
    `Blatt "${p.sheet}": „-“ in ${p.count} ${cells(p.count)} (erste: ${p.first}) als ${p.reading === "zero" ? "0 („nichts vorhanden“, wie in der BA-Statistik)" : "„kein Wert“ (der Monat gilt als fehlend)"} gelesen. Die Lesart von „-“ lässt sich umstellen.`,
};

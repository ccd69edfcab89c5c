/** The report plan's notes (German): which agreement, year, vintage and month is evaluated, and why. */
import { formatYearMonth, type YearMonth } from "../yearMonth";

const ym = (m: YearMonth) => formatYearMonth(m, "de");

export const planDe = {
  "plan.vintageAbsent": (p: { vintage: string; present: string }) =>
    `Wartezeit ${p.vintage} kommt in der Mappe nicht vor (vorhanden: ${p.present}); ausgewertet werden nur Reihen ohne Wartezeit.`,
  "plan.vintagesDiffer": (p: { named: string; chosen: string }) => `Die Zielvereinbarungen nennen verschiedene Wartezeiten (${p.named}); ausgewertet wird eine: ${p.chosen}.`,
  "plan.yearsDiffer": (p: { years: string; year: number }) => `Die Zielvereinbarungen gelten für verschiedene Jahre (${p.years}); ausgewertet wird ${p.year}.`,
  "plan.latestJudgeable": (p: { month: YearMonth; later: string }) =>
    `Berichtsmonat ${ym(p.month)}: der letzte Monat, in dem alle Ziele aller Jobcenter bewertbar sind (für ${p.later} wären spätere Monate vollständig).`,
  "plan.noCompleteMonth": (p: { year: number; who: string; vintage: string; month: YearMonth; judgeable: number; total: number }) =>
    `Für ${p.year} ist kein Monat vollständig${p.who ? ` (${p.who})` : ""} (Wartezeit ${p.vintage}); ausgewertet wird ${ym(p.month)}, in dem ${p.judgeable} von ${p.total} Zielen bewertbar sind; fehlende Werte sind einzeln genannt.`,
  "plan.noDataFor": (p: { month: YearMonth; vintage: string; year: number; first: YearMonth | null; last: YearMonth | null }) =>
    `Für ${ym(p.month)} enthält die Mappe keine Daten (Wartezeit ${p.vintage}); Monate mit Daten für ${p.year}: ${p.first && p.last ? `${ym(p.first)} bis ${ym(p.last)}` : "keine"}.`,
  "plan.outsideYear": (p: { month: YearMonth; year: number }) => `Berichtsmonat ${ym(p.month)} liegt nicht im Zieljahr ${p.year}.`,
  "plan.noData": (p: { year: number; vintage: string }) => `Für ${p.year} gibt es keinen Monat mit Daten (Wartezeit ${p.vintage}).`,
  "plan.agreementFor": (p: { jobcenter: string; others: string }) =>
    `Die Zielvereinbarung gilt für ${p.jobcenter}; ${p.others}: keine Zielvereinbarung (nur Kennzahlen, keine Bewertung).`,
  "plan.oneForAll": (p: { jobcenter: string; count: number }) =>
    `Eine Zielvereinbarung${p.jobcenter ? ` (${p.jobcenter})` : ""} für alle ${p.count} Jobcenter der Mappe: jedes wird an denselben Zielen gemessen. Eine Zieldatei je Jobcenter ("jobcenters") vermeidet das.`,
  "plan.noAgreement": (p: { jobcenters: string }) => `Keine Zielvereinbarung für ${p.jobcenters}: nur Kennzahlen, keine Bewertung.`,
  "plan.unusedSets": (p: { keys: string }) => `Zielsätze für ${p.keys}: kein solches Jobcenter in der Mappe.`,
  "plan.vintagesMixed": (p: { vintage: string; list: string; other: string }) =>
    `Wartezeiten gemischt: ausgewertet wird ${p.vintage}, aber ${p.list} stammt aus einer anderen Wartezeit. Tragen Sie in der Zuordnung die Wartezeit der Reihe ein oder wählen Sie die Wartezeit ${p.other}.`,
  "plan.mixedSeries": (p: { name: string; sheet: string; range: string; other: string }) => `${p.name} (Blatt „${p.sheet}“, ${p.range}: ${p.other})`,
};

/**
 * What a value is and why a figure cannot be worked out, German: labels, units, lists, an indicator's name
 * and the engine's errors (`err.*`, DomainError). The custom functions show these beside #NV and #WERT!
 * in both languages, so this part of the English catalogue comes with functions.js too, while the rest
 * of English loads when the pane first shows English (index.ts `loadLanguage`).
 */
import { INDICATORS, type DataCode, type IndicatorCode } from "../indicators";
import type { YearMonth } from "../yearMonth";
import { missingList, orList } from "./parts";

export const valuesDe = {
  // labels inside messages (what a value is)
  // pieces used inside other messages
  "indicator.name": (p: { code: IndicatorCode }) => INDICATORS[p.code].nameDe,
  "list.comma": (p: { items: readonly string[] }) => p.items.join(", "),
  "list.or": (p: { items: readonly string[] }) => orList(p.items, "oder"),
  "label.range": "Bereich",
  "label.level": "Niveau",
  // the unit of a target (targets.ts TargetUnit)
  "unit.percent": "Prozent",
  "unit.points": "Prozentpunkte",
  "unit.count": "Anzahl",
  "label.value": (p: { index: number }) => `Wert ${p.index}`,
  "label.valueOf": (p: { label: string; index: number }) => `${p.label}, Wert ${p.index}`,
  "label.integrations": "Integrationen",
  "label.stock": "Bestand",
  "label.currentYear": "laufendes Jahr",
  "label.previousYear": "Vorjahr",
  // the arguments of the custom functions, named in their errors (src/functions/functions.ts)
  "label.current": "aktuell",
  "label.integrationsCurrent": "Integrationen aktuell",
  "label.integrationsPrevious": "Integrationen Vorjahr",
  "label.stockCurrent": "Bestand aktuell",
  "label.stockPrevious": "Bestand Vorjahr",
  "label.lzbCurrent": "LZB aktuell",
  "label.lzbPrevious": "LZB Vorjahr",
  "label.quotaMen": "Quote Männer",
  "label.quotaWomen": "Quote Frauen",
  "label.actual": "Istwert",
  "label.target": "Zielwert",
  "label.targetTotal": "Zielsumme",
  "label.integrationRate": "Integrationsquote",
  "label.change": "Veränderung",
  "label.shareEndingNeed": "Anteil bedarfsdeckender Integrationen",
  "label.forecastRate": "Prognose der Quote",
  "label.forecastShare": "Prognose des Anteils",
  // errors of the engine (DomainError); the custom functions show them beside #N/A and #VALUE!
  "err.noValues": (p: { what: string }) => `${p.what}: keine Werte`,
  "err.valueMissing": (p: { what: string }) => `${p.what} fehlt (leere Zelle ist keine Null)`,
  "err.notANumber": (p: { what: string }) => `${p.what} ist keine Zahl`,
  "err.lengthsDiffer": (p: { what: string; a: number; b: number }) => `${p.what}: Bereiche unterschiedlich lang (${p.a} und ${p.b} Werte) – gleiche Monate vergleichen`,
  "err.stockZero": "Integrationsquote: der durchschnittliche Bestand ist 0",
  "err.previousZero": "Veränderung: der Vorjahreswert ist 0",
  "err.forecastPreviousYear": (p: { count: number }) => `Prognose: das Vorjahr braucht 12 Monate, gegeben ${p.count}`,
  "err.forecastMonths": (p: { count: number }) => `Prognose: 1 bis 12 Monate des laufenden Jahres erwartet, gegeben ${p.count}`,
  "err.forecastPreviousSumZero": "Prognose: die Vorjahresmonate summieren sich zu 0",
  "err.denominatorZero": (p: { what: string }) => `${p.what}: der Nenner ist 0`,
  "err.reportMonthRange": (p: { month: number }) => `Berichtsmonat ${p.month} liegt nicht zwischen 1 und 12`,
  "err.monthInvalid": (p: { text: string }) => `Ungültiger Monat „${p.text}“ (erwartet JJJJ-MM)`,
  "err.valuesMissing": (p: { missing: readonly { code: DataCode; month: YearMonth }[] }) => `Es fehlen Werte: ${missingList(p.missing, "de", (n) => ` und ${n} weitere`)} (leere Zellen sind keine Null)`,
  "label.kind": "Art",
  "label.unit": "Einheit",
  "label.mode": "Modus",
  "label.method": "Methode",
  "err.optionUnknown": (p: { what: string; option: string; accepted: string }) => `${p.what} „${p.option}“ unbekannt; erlaubt: ${p.accepted}`,
  // the words an option of a custom function accepts (src/functions/options.ts)
  "option.gapSigned": '"signed"/"Vorzeichen" (Männer − Frauen)',
  "err.noDirection": (p: { code: string }) => `Richtung: ${p.code} hat keine Zielrichtung (nur Monitoring)`,
  "err.directionUnknown": (p: { option: string }) => `Richtung „${p.option}“ unbekannt; erlaubt: ">=", "<=" oder eine Kennzahl wie "K3"`,
  "err.notALine": (p: { what: string; rows: number; cols: number }) => `${p.what}: der Bereich muss eine Zeile oder eine Spalte sein, nicht ${p.rows} Zeilen × ${p.cols} Spalten`,
  "err.singleValue": (p: { what: string; count: number }) => `${p.what}: ein einzelner Wert erwartet, gegeben ${p.count} Werte`,
  "err.pointsSingle": "Veränderung in Prozentpunkten: je ein einzelner Wert (zwei Quoten) erwartet",
};

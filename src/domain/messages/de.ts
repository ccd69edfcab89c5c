/**
 * German texts, the reference catalogue: every user-facing text of the engine, the workbook layer, the CLI
 * and the sheets has a code here. A plain string is a fixed text; a function takes the message's
 * parameters. The English catalogue (`en.ts`) is typed against this one, so a missing key is a compile error.
 */
import { INDICATORS, type IndicatorCode } from "../indicators";
import { formatYearMonth, type YearMonth } from "../yearMonth";
import { detectDe } from "./detect.de";
import { planDe } from "./plan.de";
import { sheetsDe } from "./sheets.de";
import { rollingDe } from "./rolling.de";
import { filesDe } from "./files.de";
import { cliDe } from "./cli.de";
import { valuesDe } from "./values.de";
import { upTo2, who } from "./parts";

/** A target's per cent against the previous year's total and the count the agreement names. */
type Check = { id: string; percent: number; previous: number; implied: number; absolute: number };

export const de = {
  // statuses (codes in src/domain/evaluation.ts)
  "status.met": "erreicht",
  "status.onTrack": "auf Kurs",
  "status.atRisk": "gefährdet",
  "status.missed": "nicht erreicht",
  "status.noData": "keine Daten",
  "status.monitoring": "Monitoring",
  // what each status means (legends of the sheets and the highlights)
  "legend.met": "Ziel erreicht (Dezember)",
  "legend.onTrack": "auf Kurs (unterjähriges Ziel erreicht)",
  "legend.atRisk": "gefährdet (unterjähriges Ziel verfehlt)",
  "legend.missed": "Ziel nicht erreicht (Dezember)",
  "legend.noData": "Daten fehlen",
  "legend.monitoring": "Monitoring, nicht bewertet",
  // a Jobcenter without an agreement (its figures are shown, never judged)
  "agreement.none": "keine Zielvereinbarung",
  "agreement.noneFigures": "keine Zielvereinbarung – Kennzahlen ohne Bewertung",
  "rolling.title": "Veröffentlichte Kennzahlen (gleitend)",
  // what a target's figures are (CLI table and JSON descriptions)
  "figure.remaining": "Restbedarf bis Dezember",
  "figure.remainingShort": "Restbedarf bis Dez.",
  "figure.perMonth": "je Monat",
  "figure.distanceInYear": "Abstand zum unterjährigen Ziel",
  "figure.distanceInYearShort": "Abstand unterj. Ziel",
  "figure.attainment": "Erreichungsgrad",
  "figure.allJobcenters": "Alle Jobcenter zusammen",
  // the agreement parser: why a sentence gave no target (src/domain/agreement/reasons.ts), the year
  "agreement.reason.noIndicator": "kein Indikator erkennbar",
  "agreement.reason.noNumber": "keine Zahl mit Einheit (Prozent, Prozentpunkte, Integrationen)",
  "agreement.reason.several": "mehrere verschiedene Zahlen – unklar, welche das Ziel ist",
  "agreement.reason.contradiction": "Richtung im Satz und Vorzeichen der Zahl widersprechen sich",
  "agreement.reason.bothDirections": "Wörter für Anstieg und für Rückgang im selben Satz – unklar, welche Richtung gilt",
  "agreement.reason.noDirection": "keine Richtung erkennbar (steigt, sinkt, mindestens, höchstens …)",
  "agreement.reason.comparisonOnly": "„gegenüber dem Vorjahr“ nennt nur den Vergleich, keine Richtung (steigt, sinkt …)",
  "agreement.reason.past": "berichtet ein Ergebnis der Vergangenheit – kein Ziel",
  "agreement.reason.negated": "verneinte Aussage – kein Ziel",
  "agreement.reason.hypothetical": "hypothetische Bedingung („falls“, „würde“ …) – kein Ziel",
  "agreement.reason.noUnit": "Zahl ohne Einheit – Prozent, Prozentpunkte oder Anzahl?",
  "agreement.reason.changeAsCount": "Veränderung um eine Anzahl – bitte als Niveau („mindestens …“) oder in Prozent angeben",
  "agreement.reason.euro": "Beträge in Euro werden als Ziel nicht unterstützt",
  "agreement.reason.levelOrChange": "unklar, ob ein Niveau oder eine Veränderung gemeint ist",
  "agreement.reason.levelUnit": "Einheit passt nicht zum Indikator (eine Quote in Prozent, eine Anzahl ganz und ohne Prozent)",
  "agreement.reason.levelNoDirection": "Niveau ohne Richtung (mindestens, höchstens …)",
  "agreement.reason.noTargetWord": "Zahl mit Vorzeichen, aber kein Zielausdruck (soll, Ziel, mindestens …)",
  "agreement.reason.noGenderVariant": "getrennte Ziele für Frauen und Männer gibt es für diesen Indikator nicht",
  "agreement.yearUnknown": "Das Jahr der Vereinbarung steht nicht im Text – bitte das Jahr angeben.",
  "agreement.yearAmbiguous": (p: { years: string }) => `Der Text nennt mehrere Jahre (${p.years}) – bitte das Jahr der Vereinbarung angeben.`,
  // "(= 50 Integrationen)" checked against the previous year's total
  "agreement.checkOk": (p: Check) => `${p.id}: ${upTo2(p.percent, "de")} % von ${upTo2(p.previous, "de")} = ${upTo2(p.implied, "de")} ≈ ${upTo2(p.absolute, "de")} – stimmig.`,
  "agreement.checkOff": (p: Check) =>
    `${p.id}: ${upTo2(p.percent, "de")} % von ${upTo2(p.previous, "de")} sind ${upTo2(p.implied, "de")}, die Vereinbarung nennt ${upTo2(p.absolute, "de")} – bitte prüfen.`,
  ...valuesDe,
  // the mapping file (--mapping) and the detection's problems
  "mapping.notAnObject": "Zuordnung: ein JSON-Objekt wird erwartet",
  "mapping.version": 'Zuordnung: "version" muss 1 sein',
  "mapping.notAList": 'Zuordnung: "series" muss eine Liste sein',
  "mapping.entry": (p: { index: number }) => `Zuordnung, Eintrag ${p.index}`,
  "mapping.entryNotObject": (p: { where: string; found: string }) => `${p.where}: ein JSON-Objekt wird erwartet, nicht ${p.found}`,
  "mapping.indicator": (p: { where: string; found: string; accepted: string }) => `${p.where}: unbekannter Indikator "${p.found}" (erlaubt: ${p.accepted})`,
  "mapping.sheet": (p: { where: string }) => `${p.where}: "sheet" fehlt`,
  "mapping.ranges": (p: { where: string }) => `${p.where}: "months" und "values" müssen Bereiche wie "A5:A40" sein`,
  "mapping.notALine": (p: { where: string; range: string }) => `${p.where}: Bereich "${p.range}" ist keine Zeile oder Spalte`,
  "mapping.lengths": (p: { where: string; months: number; values: number }) => `${p.where}: Monate (${p.months}) und Werte (${p.values}) sind unterschiedlich lang`,
  "mapping.vintage": (p: { where: string; found: string }) => `${p.where}: Wartezeit "${p.found}" (erlaubt: t-0, t-3)`,
  // evaluating a workbook
  "eval.seriesNotFound": (p: { who: string; code: IndicatorCode; target: string }) => `${who(p.who)}${INDICATORS[p.code].nameDe} nicht gefunden – benötigt für Ziel ${p.target}.`,
  "eval.monthMissing": (p: { who: string; code: IndicatorCode; month: YearMonth; target: string }) =>
    `${who(p.who)}${INDICATORS[p.code].nameDe} für ${formatYearMonth(p.month, "de")} fehlt – benötigt für Ziel ${p.target}.`,
  "eval.noCompleteMonth": (p: { year: number; vintage: string; asOf: YearMonth }) =>
    `Für ${p.year} ist kein Monat vollständig (Wartezeit ${p.vintage}); ausgewertet wird ${formatYearMonth(p.asOf, "de")}, fehlende Werte sind einzeln genannt.`,
  "eval.noData": (p: { year: number; vintage: string }) => `Für ${p.year} gibt es keinen Monat mit vollständigen Daten (Wartezeit ${p.vintage}).`,
  "eval.outsideYear": (p: { asOf: YearMonth; year: number }) => `Berichtsmonat ${formatYearMonth(p.asOf, "de")} liegt nicht im Zieljahr ${p.year}.`,
  // the command line
  "cli.fileNotFound": (p: { what: string; path: string }) => `${p.what} "${p.path}" nicht gefunden.`,
  "cli.badJson": (p: { what: string; path: string; why: string }) => `${p.what} "${p.path}" ist kein gültiges JSON: ${p.why}`,
  "cli.fileProblem": (p: { what: string; path: string; why: string }) => `${p.what} "${p.path}": ${p.why}`,
  "cli.notXlsx": (p: { path: string; why: string }) => `Arbeitsmappe "${p.path}" ist keine lesbare .xlsx-Datei: ${p.why}`,
  "cli.targetsFile": "Zieldatei",
  "cli.mappingFile": "Zuordnungsdatei",
  "cli.workbook": "Arbeitsmappe",
  "cli.agreement": "Vereinbarung",
  "cli.sheet": (p: { sheet: string }) => `Blatt "${p.sheet}"`,
  "cli.cell": (p: { cell: string }) => `Zelle ${p.cell}`,
  "cli.error": "Fehler",
  "cli.warning": "Warnung",
  "cli.note": "Hinweis",
  "cli.info": "Info",
  "cli.outIsInput": (p: { file: string }) => `--out darf nicht die Eingabedatei sein: "${p.file}" wird nie verändert.`,
  "cli.nothingToEvaluate": (p: { file: string }) => `${p.file}: keine auswertbaren Daten gefunden.`,
  "cli.written": (p: { file: string }) => `Ergebnis geschrieben: ${p.file}`,
  "cli.oneAgreement": "Genau eine Vereinbarungsdatei angeben.",
  "cli.langUnknown": (p: { lang: string }) => `--lang "${p.lang}": erlaubt sind de und en`,
  "cli.unreadable": (p: { what: string; path: string; why: string }) => `${p.what} "${p.path}" ist nicht lesbar: ${p.why}`,
  "cli.unexpected": (p: { detail: string }) =>
    `Unerwarteter Fehler bei der Verarbeitung (${p.detail}). Die Eingabedatei bleibt unverändert. Bitte melden Sie den Fehler mit der Eingabedatei; Details mit ZIELMONITOR_DEBUG=1.`,
  "cli.tooDeep": "Eingabe zu groß oder zu tief verschachtelt",
  "cli.agreementTitle": (p: { year: number; jobcenter: string; vintage: string }) =>
    `Zielvereinbarung ${p.year}${p.jobcenter ? `, ${p.jobcenter}` : ""}${p.vintage ? `, Wartezeit ${p.vintage}` : ""}`,
  "cli.notUnderstood": "Nicht verstanden (bitte von Hand prüfen):",
  "cli.yearRange": (p: { year: string }) => `--year "${p.year}": ein Jahr zwischen 2000 und 2100 angeben`,
  "cli.yearNeeded": (p: { file: string; why: string; example: number }) => `Vereinbarung "${p.file}": ${p.why} Bitte mit --year angeben, z. B. --year ${p.example}.`,
  "cli.yearDiffers": (p: { text: number; given: number }) => `Achtung: der Text nennt ${p.text}, verwendet wird --year ${p.given}.`,
  "cli.cannotWrite": (p: { what: string; path: string; why: string }) => `${p.what} "${p.path}" kann nicht geschrieben werden: ${p.why}`,
  "cli.targetsWritten": (p: { file: string }) => `Zieldatei geschrieben: ${p.file}`,
  "cli.noTargets": (p: { file: string }) => `In "${p.file}" wurden keine Ziele erkannt.`,
  // the targets file (--targets, zielmonitor targets); paths are JSON paths such as targets[2]
  "targets.inFile": (p: { file: string; why: string }) => `Zieldatei "${p.file}", ${p.why}`,
  "targets.notAnObject": (p: { path: string; found: string }) => `${p.path}: ein JSON-Objekt mit "year" und "targets" wird erwartet, gefunden: ${p.found}`,
  "targets.year": (p: { path: string; found: string }) => `${p.path}: "year" muss ein Jahr sein (2000–2100), gefunden: ${p.found}`,
  "targets.empty": (p: { path: string }) => `${p.path}: die Liste enthält kein Ziel (und es gibt keine Monitoring-Punkte) – es gäbe nichts zu bewerten.`,
  "targets.notAList": (p: { path: string; found: string }) => `${p.path}: "targets" muss eine Liste sein, gefunden: ${p.found}`,
  "targets.notATarget": (p: { path: string; found: string }) => `${p.path}: ein Ziel muss ein Objekt sein, gefunden: ${p.found}`,
  "targets.idMissing": (p: { path: string }) => `${p.path}.id: "id" fehlt`,
  "targets.idTwice": (p: { path: string; id: string }) => `${p.path} („${p.id}“): die id kommt doppelt vor`,
  "targets.indicator": (p: { path: string; id: string; found: string }) => `${p.path} („${p.id}“).indicator: unbekannter Indikator ${p.found} (z. B. INT, K2, K3, GAP, INT_LZB)`,
  "targets.unit": (p: { path: string; id: string; found: string }) => `${p.path} („${p.id}“).unit: "unit" muss "percent", "points" oder "count" sein, gefunden: ${p.found}`,
  "targets.direction": (p: { path: string; id: string; found: string }) => `${p.path} („${p.id}“).direction: "direction" muss ">=" oder "<=" sein, gefunden: ${p.found}`,
  "targets.value": (p: { path: string; id: string; found: string }) =>
    `${p.path} („${p.id}“).value: "value" muss eine endliche Zahl sein (Anteile als Bruch: 1,9 % = 0.019), gefunden: ${p.found}`,
  "targets.valueTooLarge": (p: { path: string; id: string; value: number }) => `${p.path} („${p.id}“).value: "value" ${p.value} ist als Bruch zu groß – gemeint ist wohl ${p.value / 100}`,
  "targets.goal": (p: { path: string; id: string; found: string }) => `${p.path} („${p.id}“).goal: "goal" muss "I", "II" oder "III" sein, gefunden: ${p.found}`,
  "targets.absolute": (p: { path: string; id: string; found: string }) => `${p.path} („${p.id}“).absolute: "absolute" muss eine Zahl sein, gefunden: ${p.found}`,
  "targets.wording": (p: { path: string; id: string }) => `${p.path} („${p.id}“).wording: "wording" muss Text sein`,
  "targets.monitoringList": (p: { path: string }) => `${p.path}: "monitoring" muss eine Liste sein`,
  "targets.monitoringIndicator": (p: { path: string; found: string }) => `${p.path}.indicator: unbekannter Indikator ${p.found}`,
  "targets.vintage": (p: { path: string; found: string }) => `${p.path}: "vintage" muss "t-0" oder "t-3" sein, gefunden: ${p.found}`,
  "targets.both": '"targets" und "jobcenters" zugleich – entweder ein Zielsatz für alle oder einer je Jobcenter',
  "targets.jobcentersObject": (p: { found: string }) => `jobcenters: ein Objekt { "Schlüssel": Zielsatz } wird erwartet, gefunden: ${p.found}`,
  "targets.emptyKey": (p: { path: string }) => `${p.path}: leerer Jobcenter-Schlüssel`,
  "targets.noJobcenter": "jobcenters: kein Jobcenter eingetragen",
  "targets.perJobcenter": 'die Datei enthält Zielsätze je Jobcenter ("jobcenters") – hier wird ein einzelner Zielsatz erwartet',
  ...planDe,
  ...sheetsDe,
  ...rollingDe,
  ...filesDe,
  ...cliDe,
  ...detectDe,
};

/** The shape every catalogue has: the German one's keys, each a text or a function of the same parameters. */
export type Catalogue = typeof de;

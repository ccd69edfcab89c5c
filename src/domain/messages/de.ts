/**
 * German texts, the reference catalogue: every user-facing text of the engine, the workbook layer, the CLI
 * and the sheets has a code here. A plain string is a fixed text; a function takes the message's
 * parameters. The English catalogue (`en.ts`) is typed against this one, so a missing key is a compile error.
 */
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
  "rolling.title": "Veröffentlichte Kennzahlen (rollierend)",
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
};

/** The shape every catalogue has: the German one's keys, each a text or a function of the same parameters. */
export type Catalogue = typeof de;

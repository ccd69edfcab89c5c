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
};

/** The shape every catalogue has: the German one's keys, each a text or a function of the same parameters. */
export type Catalogue = typeof de;

/**
 * Texts of the output sheets (summary, report, legend), the columns of a target row shared by the sheets,
 * the CLI table and the pane, and the charts (German, the reference; `sheets.en.ts` is typed against it).
 */
export const sheetsDe = {
  // charts: which side of the target line is better (report charts and the pane's chart)
  "chart.better": (p: { direction: ">=" | "<=" }): string => (p.direction === "<=" ? "besser: niedriger" : "besser: höher"),
  "chart.targetLine": "unterjähriges Ziel",
  // the columns of a target row (src/workbook/outputs/targetColumns.ts): headers of sheets and CLI, labels of the pane
  "col.id": "Ziel",
  "col.indicator": "Indikator",
  "col.wording": "Formulierung der Vereinbarung",
  "col.agreement": "Vereinbarung",
  "col.current": "JFW",
  "col.currentOf": (p: { month: string }) => `JFW ${p.month}`,
  "col.previous": "Vorjahr",
  "col.change": "Veränderung",
  "col.target": "Zielwert",
  "col.unit": "Einheit",
  "col.status": "Status",
  "col.met": "Ziel erfüllt?",
  "col.inYearTarget": "unterj. Ziel",
  "col.inYearTargetLong": "unterjähriges Ziel",
  "col.forecast": "Prognose Dez.",
  "col.forecastLong": "Prognose Dezember",
  "col.forecastSeasonal": "Prognose Dez. (saisonal)",
  "col.forecastLinear": "Prognose Dez. (linear)",
  "col.shortfallPerMonth": "je Restmonat",
  "col.distanceInYear": "Abstand zum unterj. Ziel",
  "col.monitoring": "Monitoring",
  "forecast.seasonal": "saisonal",
  "forecast.linear": "linear",
  "figure.noShortfall": "keine",
  "status.narrowly": "knapp",
  "word.yes": "ja",
  "word.no": "nein",
  "list.more": (p: { count: number }) => ` und ${p.count} weitere`,
  // the goals of § 48b SGB II
  "goal.I": "Ziel I – Verringerung der Hilfebedürftigkeit (Monitoring)",
  "goal.II": "Ziel II – Verbesserung der Integration in Erwerbstätigkeit",
  "goal.III": "Ziel III – Vermeidung von langfristigem Leistungsbezug",
  "goal.heading": (p: { goal: string }) => `Ziel ${p.goal}`,
  "goal.monitoring": "Ziel I (Monitoring)",
  // what every sheet says about itself
  "sheet.jobcenter": "Jobcenter",
  "sheet.reportMonth": "Berichtsmonat",
  "sheet.vintage": "Wartezeit",
  "sheet.created": "Erstellt am",
  "sheet.monthVintage": (p: { month: string; vintage: string }) => `Berichtsmonat ${p.month}, Wartezeit ${p.vintage}`,
  "sheet.footer": (p: { created: string }) => `Erstellt am ${p.created} mit Zielmonitor`,
  "sheet.pageOf": (p: { page: string; pages: string }) => `Seite ${p.page} von ${p.pages}`,
  // the summary sheet "Zielerreichung"
  "summary.title": (p: { year: number }) => `Zielerreichung ${p.year}`,
  "summary.note":
    "JFW, Vorjahr und Veränderung rechnen mit SGBII-Funktionen aus den Datenzellen nach (Add-in Zielmonitor); ohne Add-in zeigen die Zellen die zuletzt berechneten Werte. Prozentpunkte sind als „Pp.“ ausgewiesen.",
  "summary.monitoring": "Monitoring (Ziel I)",
  "summary.legend": "Legende der Hervorhebung in den Datenzellen",
  // the report "Bericht Steuerungsdialog"
  "report.title": (p: { year: number }) => `Steuerungsdialog ${p.year}`,
  "report.subtitle": (p: { month: string; vintage: string; created: string }) =>
    `Jahresfortschrittswerte ${p.month}, Wartezeit ${p.vintage}, erstellt am ${p.created}`,
  "report.reading": (p: { met: string; missed: string; onTrack: string; atRisk: string; percent: string; points: string }) =>
    `Bewertung: ${p.met} / ${p.missed} gelten für das Jahresergebnis (Dezember), ${p.onTrack} / ${p.atRisk} vergleichen mit dem unterjährigen Ziel (Vorjahresverlauf × Ziel). Veränderungen: ${p.percent} = relativ, ${p.points} = Prozentpunkte.`,
  // the published rolling key figures in the report
  "rolling.code": "Kennzahl",
  "rolling.value": "Wert",
  "rolling.note": "Hinweis",
  "rolling.label": (p: { code: string }) => p.code.replace("_F", " Frauen").replace("_M", " Männer"),
  "rolling.unitQuota": "Quote: Integrationen der 12 Monate bis zum Berichtsmonat ÷ durchschnittlicher Bestand der Vormonate",
  "rolling.unitChange": "Veränderung des Berichtsmonats gegenüber dem Vorjahresmonat",
  "rolling.noSeries": (p: { series: string }) => `nicht in der Mappe: ${p.series}`,
  "rolling.monthsMissing": "Monate fehlen (leere Zellen sind keine Null)",
  // the legend sheet of the highlights
  "legendSheet.title": "Hervorhebung der Zielerreichung",
  "legendSheet.intro": (p: { month: string; vintage: string }) =>
    `Berichtsmonat ${p.month}, Wartezeit ${p.vintage}; Farben als bedingte Formate – „Hervorhebung entfernen“ nimmt sie und dieses Blatt wieder weg.`,
  "legendSheet.months":
    "Markiert sind die Monate, die jede Kennzahl liest: Zugänge Januar … Berichtsmonat, bei Quoten der Bestand je Vormonat (Dezember des Vorjahres … Vormonat des Berichtsmonats).",
  "legendSheet.sheet": "Blatt",
  "legendSheet.range": "Bereich",
  "legendSheet.colour": "Farbe",
  "legendSheet.targets": "Ziele mit ihrem Status",
  "legendSheet.mixed": "gemischt",
  "legendSheet.mixedNote":
    "Eine Zelle, die mehrere Ziele mit verschiedenem Status verwenden, trägt die Farbe des ungünstigsten; ihre Notiz nennt jedes Ziel mit seinem eigenen Status.",
};

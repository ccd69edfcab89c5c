/** The command line's arguments and usage (src/cli), German. */
export const cliDe = {
  "cli.optionNoValue": (p: { option: string }) => `Option --${p.option} erwartet keinen Wert`,
  "cli.optionNeedsValue": (p: { option: string }) => `Option --${p.option} braucht einen Wert`,
  "cli.optionUnknown": (p: { option: string }) => `Unbekannte Option ${p.option}`,
  "cli.noWorkbook": "Keine Arbeitsmappe angegeben (zielmonitor evaluate <mappe.xlsx>)",
  "cli.tooManyArgs": (p: { args: string }) => `Zu viele Argumente: ${p.args}`,
  "cli.monthForm": (p: { month: string }) => `--month "${p.month}" ist kein Monat der Form JJJJ-MM`,
  "cli.vintageUnknown": (p: { vintage: string }) => `--vintage "${p.vintage}": erlaubt sind t-0 und t-3`,
  "cli.commandUnknown": (p: { command: string }) => `Unbekannter Befehl "${p.command}"`,
  "cli.noCommand": "Kein Befehl angegeben",
  "cli.usage": `Zielmonitor SGB II – Zielerreichung nach § 48b SGB II

Aufruf:
  zielmonitor evaluate <mappe.xlsx> [--targets ziele.json] [--mapping zuordnung.json] [--month JJJJ-MM]
                       [--vintage t-0|t-3] [--json] [--out ergebnis.xlsx] [--lang de|en]
  zielmonitor targets <vereinbarung.txt|md|docx> [--out ziele.json]

Ohne --targets gelten die Ziele der Vereinbarung Kreis Düren 2023; ohne --month der letzte Monat mit
vollständigen Daten; ohne --vintage die Wartezeit der Vereinbarung (t-0).
Exit-Codes: 0 erfolgreich, 1 Problem mit der Eingabe, 2 falsche Argumente.`,
  "cli.usageTargets": "Aufruf: zielmonitor targets <vereinbarung.txt|md|docx> [--year JJJJ] [--out ziele.json] [--lang de|en]",
};

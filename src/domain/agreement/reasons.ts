/** Why a sentence naming an indicator and a number gave no target – German first, English second. */
export const REASONS = {
  noIndicator: ["kein Indikator erkennbar", "no indicator recognised"],
  noNumber: ["keine Zahl mit Einheit (Prozent, Prozentpunkte, Integrationen)", "no number with a unit (per cent, points, integrations)"],
  several: ["mehrere verschiedene Zahlen – unklar, welche das Ziel ist", "several different numbers – unclear which is the target"],
  contradiction: ["Richtung im Satz und Vorzeichen der Zahl widersprechen sich", "the direction in the sentence contradicts the sign of the number"],
  bothDirections: ["Wörter für Anstieg und für Rückgang im selben Satz – unklar, welche Richtung gilt", "words for both a rise and a fall – unclear which direction applies"],
  noDirection: ["keine Richtung erkennbar (steigt, sinkt, mindestens, höchstens …)", "no direction recognised (rises, falls, at least, at most …)"],
  comparisonOnly: [
    "„gegenüber dem Vorjahr“ nennt nur den Vergleich, keine Richtung (steigt, sinkt …)",
    "'compared with the previous year' names the comparison, not a direction (rises, falls …)",
  ],
  past: ["berichtet ein Ergebnis der Vergangenheit – kein Ziel", "reports a past result – not a target"],
  negated: ["verneinte Aussage – kein Ziel", "negated statement – not a target"],
  hypothetical: ["hypothetische Bedingung („falls“, „würde“ …) – kein Ziel", "hypothetical condition ('if', 'would' …) – not a target"],
  noUnit: ["Zahl ohne Einheit – Prozent, Prozentpunkte oder Anzahl?", "number without a unit – per cent, points or a count?"],
  changeAsCount: [
    "Veränderung um eine Anzahl – bitte als Niveau („mindestens …“) oder in Prozent angeben",
    "a change by a count – please state a level ('at least …') or per cent",
  ],
  euro: ["Beträge in Euro werden als Ziel nicht unterstützt", "amounts in euros are not supported as targets"],
  levelOrChange: ["unklar, ob ein Niveau oder eine Veränderung gemeint ist", "unclear whether a level or a change is meant"],
  levelUnit: [
    "Einheit passt nicht zum Indikator (eine Quote in Prozent, eine Anzahl ohne Prozent)",
    "the unit does not fit the indicator (a quota in per cent, a count without per cent)",
  ],
  levelNoDirection: ["Niveau ohne Richtung (mindestens, höchstens …)", "level without a direction (at least, at most …)"],
  noTargetWord: ["Zahl mit Vorzeichen, aber kein Zielausdruck (soll, Ziel, mindestens …)", "signed number but no target wording (shall, target, at least …)"],
  noGenderVariant: ["getrennte Ziele für Frauen und Männer gibt es für diesen Indikator nicht", "this indicator has no separate figures for women and men"],
} as const;

export type ReasonCode = keyof typeof REASONS;

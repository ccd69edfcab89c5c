import type { IndicatorCode } from "./indicators";

/**
 * A quantitative target of an agreement.
 * - unit "percent": `value` is a relative change as a fraction (+1.9 % → 0.019);
 * - unit "points": `value` is a change in percentage points as a fraction (−0.1 pp → −0.001);
 * - unit "count": `value` is an absolute JFW level (e.g. 612 Integrationen by December).
 * direction ">=": the actual change/level must be at least `value`; "<=": at most.
 */
export type TargetUnit = "percent" | "points" | "count";
export type Direction = ">=" | "<=";
export type Goal = "I" | "II" | "III";

export interface Target {
  id: string;
  goal: Goal;
  indicator: IndicatorCode;
  unit: TargetUnit;
  direction: Direction;
  value: number;
  /** The sentence of the agreement the target comes from. */
  wording: string;
  /** Absolute figure stated beside the target ("= 50 Integrationen"), if any. */
  absolute?: number;
  /** GAP only: "signed" (men − women, default) or "abs" (absolute distance). */
  gapMode?: GapMode;
}

/** How the gender gap (GAP) is measured: "signed" men − women (default) or "abs" the distance. */
export type GapMode = "signed" | "abs";

/** A monitoring-only item of goal I: shown, never judged. */
export interface MonitoringItem {
  id: string;
  indicator: IndicatorCode;
  wording: string;
}

export interface TargetSet {
  year: number;
  jobcenter?: string;
  ministry?: string;
  vintage?: "t-0" | "t-3";
  targets: Target[];
  monitoring: MonitoringItem[];
}

/** Kreis Düren 2023 (../shared/seed/zielvereinbarung-kreis-dueren-2023.md). */
export const DUEREN_2023: TargetSet = {
  year: 2023,
  jobcenter: "Kreis Düren",
  ministry: "Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen",
  vintage: "t-0",
  targets: [
    {
      id: "II.1",
      goal: "II",
      indicator: "INT",
      unit: "percent",
      direction: ">=",
      value: 0.019,
      absolute: 50,
      wording:
        "Das Ziel ist für 2023 erreicht, wenn sich die absolute Zahl der Integrationen um mindestens 1,9 Prozent (= 50 Integrationen) gegenüber dem Vorjahr erhöht.",
    },
    {
      id: "II.2",
      goal: "II",
      indicator: "K2",
      unit: "percent",
      direction: ">=",
      value: 0.001,
      wording: "Das Ziel ist erreicht, wenn die Integrationsquote 2023 gegenüber dem Vorjahr um 0,1 Prozent steigt (K2 = + 0,1 Prozent).",
    },
    {
      id: "II.3",
      goal: "II",
      indicator: "GAP",
      unit: "points",
      direction: "<=",
      value: -0.001,
      gapMode: "signed",
      wording: "Das Ziel ist erreicht, wenn sich der Abstand der Integrationsquoten von Frauen und Männern in 2023 um 0,1 Prozent-Punkte verringert.",
    },
    {
      id: "III.1",
      goal: "III",
      indicator: "K3",
      unit: "percent",
      direction: "<=",
      value: -0.004,
      wording:
        "Das Ziel ist für 2023 erreicht, wenn sich der durchschnittliche Bestand an Langzeitleistungsbeziehenden um 0,4 Prozent gegenüber dem Vorjahr verringert (K3 = - 0,4 Prozent).",
    },
    {
      id: "III.2",
      goal: "III",
      indicator: "INT_LZB",
      unit: "percent",
      direction: ">=",
      value: 0.023,
      wording:
        "Das Ziel ist für 2023 erreicht, wenn die absolute Zahl der Integrationen von Langzeitleistungsbeziehenden um mindestens 2,3 Prozent über der des Vorjahres liegt.",
    },
  ],
  monitoring: [
    {
      id: "I.1",
      indicator: "LLU",
      wording: "Entwicklung der Summe der Leistungen zum Lebensunterhalt",
    },
    {
      id: "I.2",
      indicator: "LUH",
      wording: "Entwicklung der Leistungen für Unterkunft und Heizung",
    },
    {
      id: "I.3",
      indicator: "ELB",
      wording: "Entwicklung der Fallzahlen (erwerbsfähige Leistungsberechtigte)",
    },
    {
      id: "I.4",
      indicator: "BG",
      wording: "Entwicklung der Fallzahlen (Bedarfsgemeinschaften)",
    },
    {
      id: "I.5",
      indicator: "BD_SHARE",
      wording: "Anteil bedarfsdeckender Integrationen",
    },
    {
      id: "I.6",
      indicator: "LZB4",
      wording: "Entwicklung der Zahl der Langzeitleistungsbezieher, die bereits vier Jahre und länger SGB II-Leistungen beziehen",
    },
  ],
};

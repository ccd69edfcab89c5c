/**
 * The indicator catalogue: the monthly data a monitoring workbook holds, and the § 48a key figures
 * derived from it. Kind decides how a Jahresfortschrittswert is formed (flows are summed, stocks
 * averaged, quotas divide a flow by the lagged average stock).
 */

/** Monthly data, as found in a workbook. */
export type DataCode =
  | "INT" // Integrationen
  | "INT_F" // Integrationen Frauen
  | "INT_M" // Integrationen Männer
  | "ELB" // erwerbsfähige Leistungsberechtigte (Bestand)
  | "ELB_F"
  | "ELB_M"
  | "LZB" // Langzeitleistungsbeziehende (Bestand)
  | "INT_LZB" // Integrationen von LZB
  | "INT_BD" // bedarfsdeckende Integrationen
  | "LZB4" // LZB vier Jahre und länger im Bezug
  | "LLU" // Leistungen zum Lebensunterhalt (Euro)
  | "LUH" // Leistungen für Unterkunft und Heizung (Euro)
  | "BG"; // Bedarfsgemeinschaften (Bestand)

/** Key figures derived from the monthly data. */
export type DerivedCode =
  | "K1" // Veränderung LLU
  | "K1E1" // Veränderung LUH
  | "K1E2" // Veränderung eLb
  | "K2" // Integrationsquote
  | "K2_F"
  | "K2_M"
  | "K3" // Veränderung Bestand LZB
  | "K3E1" // Integrationsquote der LZB
  | "GAP" // Abstand K2 Männer − K2 Frauen
  | "BD_SHARE"; // Anteil bedarfsdeckender Integrationen

export type IndicatorCode = DataCode | DerivedCode;

/** flow: summed over months; stock: averaged; quota: Σ flow ÷ Ø lagged stock; share: Σ part ÷ Σ whole; gap: difference of two quotas. */
export type IndicatorKind = "flow" | "stock" | "quota" | "share" | "gap";

/** count: persons or cases; euro: money; fraction: a rate/quota as a fraction (0.25 = 25 %). */
export type ValueUnit = "count" | "euro" | "fraction";

export type GoodDirection = "up" | "down" | "none";

export interface IndicatorDef {
  code: IndicatorCode;
  nameDe: string;
  nameEn: string;
  kind: IndicatorKind;
  unit: ValueUnit;
  goodDirection: GoodDirection;
  /** Goal of the agreement the figure belongs to. */
  goal: "I" | "II" | "III";
  /** Monthly data this figure is computed from (empty for data codes themselves). */
  inputs: DataCode[];
}

function d(
  code: IndicatorCode,
  nameDe: string,
  nameEn: string,
  kind: IndicatorKind,
  unit: ValueUnit,
  goodDirection: GoodDirection,
  goal: "I" | "II" | "III",
  inputs: DataCode[] = [],
): IndicatorDef {
  return { code, nameDe, nameEn, kind, unit, goodDirection, goal, inputs };
}

export const INDICATORS: Readonly<Record<IndicatorCode, IndicatorDef>> = {
  INT: d("INT", "Integrationen", "Integrations", "flow", "count", "up", "II"),
  INT_F: d("INT_F", "Integrationen Frauen", "Integrations (women)", "flow", "count", "up", "II"),
  INT_M: d("INT_M", "Integrationen Männer", "Integrations (men)", "flow", "count", "up", "II"),
  ELB: d("ELB", "Erwerbsfähige Leistungsberechtigte (eLb)", "Employable benefit recipients (eLb)", "stock", "count", "down", "I"),
  ELB_F: d("ELB_F", "eLb Frauen", "eLb (women)", "stock", "count", "down", "I"),
  ELB_M: d("ELB_M", "eLb Männer", "eLb (men)", "stock", "count", "down", "I"),
  LZB: d("LZB", "Langzeitleistungsbeziehende (LZB)", "Long-term benefit recipients (LZB)", "stock", "count", "down", "III"),
  INT_LZB: d("INT_LZB", "Integrationen von LZB", "Integrations of LZB", "flow", "count", "up", "III"),
  INT_BD: d("INT_BD", "Bedarfsdeckende Integrationen", "Integrations ending need", "flow", "count", "up", "I"),
  LZB4: d("LZB4", "LZB vier Jahre und länger im Bezug", "LZB four years or longer", "stock", "count", "down", "I"),
  LLU: d("LLU", "Leistungen zum Lebensunterhalt (LLU)", "Subsistence benefits (LLU)", "flow", "euro", "down", "I"),
  LUH: d("LUH", "Leistungen für Unterkunft und Heizung (LUH)", "Housing and heating benefits (LUH)", "flow", "euro", "down", "I"),
  BG: d("BG", "Bedarfsgemeinschaften", "Benefit households", "stock", "count", "down", "I"),
  K1: d("K1", "K1 Summe der Leistungen zum Lebensunterhalt", "K1 subsistence benefits", "flow", "euro", "down", "I", ["LLU"]),
  K1E1: d("K1E1", "K1E1 Leistungen für Unterkunft und Heizung", "K1E1 housing benefits", "flow", "euro", "down", "I", ["LUH"]),
  K1E2: d("K1E2", "K1E2 Zahl der eLb", "K1E2 number of eLb", "stock", "count", "down", "I", ["ELB"]),
  K2: d("K2", "K2 Integrationsquote", "K2 integration rate", "quota", "fraction", "up", "II", ["INT", "ELB"]),
  K2_F: d("K2_F", "K2 Integrationsquote Frauen", "K2 integration rate (women)", "quota", "fraction", "up", "II", ["INT_F", "ELB_F"]),
  K2_M: d("K2_M", "K2 Integrationsquote Männer", "K2 integration rate (men)", "quota", "fraction", "up", "II", ["INT_M", "ELB_M"]),
  K3: d("K3", "K3 Bestand an Langzeitleistungsbeziehenden", "K3 stock of long-term recipients", "stock", "count", "down", "III", ["LZB"]),
  K3E1: d("K3E1", "K3E1 Integrationsquote der LZB", "K3E1 integration rate of LZB", "quota", "fraction", "up", "III", ["INT_LZB", "LZB"]),
  GAP: d("GAP", "Abstand der Integrationsquoten Männer − Frauen", "Gap of integration rates men − women", "gap", "fraction", "down", "II", [
    "INT_M",
    "ELB_M",
    "INT_F",
    "ELB_F",
  ]),
  BD_SHARE: d("BD_SHARE", "Anteil bedarfsdeckender Integrationen", "Share of integrations ending need", "share", "fraction", "up", "I", ["INT_BD", "INT"]),
};

export const DATA_CODES: readonly DataCode[] = ["INT", "INT_F", "INT_M", "ELB", "ELB_F", "ELB_M", "LZB", "INT_LZB", "INT_BD", "LZB4", "LLU", "LUH", "BG"];

export function isIndicatorCode(s: string): s is IndicatorCode {
  return Object.prototype.hasOwnProperty.call(INDICATORS, s.toUpperCase()) && s === s.toUpperCase();
}

/** Looks a code up case-insensitively ("k3" → K3); undefined when unknown. */
export function findIndicator(code: string): IndicatorDef | undefined {
  const key = code.trim().toUpperCase();
  return Object.prototype.hasOwnProperty.call(INDICATORS, key) ? INDICATORS[key as IndicatorCode] : undefined;
}

/** Monthly data needed to compute an indicator (the code itself for data codes). */
export function dataNeeded(code: IndicatorCode): DataCode[] {
  const def = INDICATORS[code];
  return def.inputs.length > 0 ? def.inputs : [code as DataCode];
}

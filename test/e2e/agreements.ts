/**
 * Three agreements written for this test, one per Jobcenter of samples/ba-export-mehrere-jobcenter.xlsx,
 * and the target each says (read by hand from the sentence), plus a fourth Jobcenter without any.
 */
import type { IndicatorData, Vintage } from "../../src/domain/evaluation";
import type { Target, TargetSet } from "../../src/domain/targets";
import { sampleSeries } from "../../scripts/samples/series";

export const MULTI_FILE = "samples/ba-export-mehrere-jobcenter.xlsx";

export interface Agreed {
  key: string;
  label: string;
  text: string;
  target: Omit<Target, "wording">;
}

export const AGREED: Agreed[] = [
  {
    key: "05358",
    label: "Kreis Düren (05358)",
    text: "Zielvereinbarung 2023 zwischen dem Ministerium und dem Jobcenter Kreis Düren. Die Summe der Integrationen soll im Jahr 2023 gegenüber dem Vorjahr um mindestens 1,9 Prozent erhöht werden.",
    target: { id: "II.1", goal: "II", indicator: "INT", unit: "percent", direction: ">=", value: 0.019 },
  },
  {
    key: "05370",
    label: "Kreis Heinsberg (05370)",
    text: "Zielvereinbarung 2023 mit dem Jobcenter Kreis Heinsberg. Im Jahr 2023 soll die Summe der Integrationen um mindestens 3,0 Prozent gesteigert werden.",
    target: { id: "II.1", goal: "II", indicator: "INT", unit: "percent", direction: ">=", value: 0.03 },
  },
  {
    key: "05366",
    label: "Kreis Euskirchen (05366)",
    text: "Zielvereinbarung 2023 mit dem Jobcenter Kreis Euskirchen. Der Bestand an Langzeitleistungsbeziehenden soll im Jahr 2023 gegenüber dem Vorjahr um mindestens 1,0 Prozent verringert werden.",
    target: { id: "III.1", goal: "III", indicator: "K3", unit: "percent", direction: "<=", value: -0.01 },
  },
];

export const WITHOUT = { key: "05334", label: "StädteRegion Aachen (05334)" };

export function setOf(a: Agreed): TargetSet {
  return { year: 2023, targets: [{ ...a.target, wording: "" }], monitoring: [] };
}

/** The generator's own series of one Jobcenter of the multi-Jobcenter sample. */
export function multiData(key: string, vintage: Vintage): IndicatorData {
  const byVintage = sampleSeries("ba-export-mehrere-jobcenter").data.get(key);
  const data = byVintage?.get(vintage) ?? byVintage?.get("none");
  if (!data) throw new Error(`generator has no ${vintage} series for ${key}`);
  return data;
}

/** The generator's own series behind samples/kreis-dueren-2021-2023.xlsx, per vintage. */
import type { IndicatorData, Vintage } from "../../src/domain/evaluation";
import { sampleSeries } from "../../scripts/samples/series";

export function duerenIndicatorData(vintage: Vintage): IndicatorData {
  const sample = sampleSeries("kreis-dueren-2021-2023");
  const byVintage = sample.data.get(sample.jobcenters[0].key);
  const data = byVintage?.get(vintage) ?? byVintage?.get("none");
  if (!data) throw new Error(`generator has no ${vintage} series for Düren`);
  return data;
}

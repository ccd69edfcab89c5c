/** Engine throughput: every key figure for 400 Jobcenters × 60 months (2019–2023). */
import { evaluate } from "../src/domain/evaluate";
import type { IndicatorData } from "../src/domain/evaluation";
import { DATA_CODES, type IndicatorCode } from "../src/domain/indicators";
import { rolling } from "../src/domain/rolling";
import { DUEREN_2023 } from "../src/domain/targets";
import { ym } from "../src/domain/yearMonth";
import { time, type BenchRow } from "./benchRow";

function syntheticJobcenter(seed: number): IndicatorData {
  const data: IndicatorData = {};
  DATA_CODES.forEach((code, c) => {
    const series = new Map<string, number>();
    for (let y = 2019; y <= 2023; y++) for (let m = 1; m <= 12; m++) series.set(ym(y, m), 1000 + ((seed * 31 + c * 17 + y * 7 + m * 13) % 500));
    data[code] = series;
  });
  return data;
}

const ROLLING: IndicatorCode[] = ["K1", "K1E1", "K1E2", "K2", "K2_F", "K2_M", "K3", "K3E1"];

export async function run(): Promise<BenchRow[]> {
  const jobcenters = Array.from({ length: 400 }, (_, i) => syntheticJobcenter(i));
  const months = Array.from({ length: 12 }, (_, i) => ym(2023, i + 1));
  const evaluateAll = () => {
    for (const data of jobcenters) for (const m of months) evaluate(data, DUEREN_2023, m);
  };
  const rollingAll = () => {
    for (const data of jobcenters) for (let y = 2020; y <= 2023; y++) for (let m = 1; m <= 12; m++) for (const code of ROLLING) rolling(data, code, ym(y, m));
  };
  const iterations = 3;
  return [
    {
      name: "Engine: Ziele + Monitoring je Berichtsmonat",
      unit: "400 JC × 12 Berichtsmonate 2023",
      iterations,
      totalMs: await time(evaluateAll, iterations),
    },
    {
      name: "Engine: rollierende Kennzahlen K1…K3E1",
      unit: "400 JC × 48 Monate × 8 Kennzahlen",
      iterations,
      totalMs: await time(rollingAll, iterations),
    },
  ];
}

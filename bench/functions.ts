/**
 * Custom functions called as Excel would call them: K2CHANGE on four 12-month ranges, TARGETMET, and
 * CHANGE on two 12-month ranges, 100,000 calls each. Installs a minimal CustomFunctions global when
 * absent (outside Office). Prints nothing; bench/run.ts makes the table.
 */
import { time, type BenchRow } from "./benchRow";
import { installCustomFunctionsShim } from "../test/functions/customFunctionsShim";

const CALLS = 100_000;

export async function run(): Promise<BenchRow[]> {
  installCustomFunctionsShim();
  const { change, k2Change, targetMet } = await import("../src/functions/functions");
  const col = (values: number[]): number[][] => values.map((v) => [v]);
  const int2023 = col([220, 220, 220, 220, 220, 220, 220, 220, 220, 220, 220, 260]);
  const elb2023 = col([9900, 10100, 9900, 10100, 9900, 10100, 9900, 10100, 9900, 10100, 9900, 10100]);
  const int2022 = col([215, 215, 215, 215, 215, 215, 215, 215, 215, 215, 240, 240]);
  const elb2022 = col(Array.from({ length: 12 }, () => 9900));
  let sink = 0;

  const k2Ms = await time(() => {
    for (let i = 0; i < CALLS; i++) sink += k2Change(int2023, elb2023, int2022, elb2022, null as unknown as string);
  });
  const metMs = await time(() => {
    for (let i = 0; i < CALLS; i++) sink += targetMet(-0.006, -0.004, "K3") ? 1 : 0;
  });
  const changeMs = await time(() => {
    for (let i = 0; i < CALLS; i++) sink += change(int2023, int2022, null as unknown as string);
  });
  if (!Number.isFinite(sink)) throw new Error("unexpected result");

  return [
    { name: "SGBII.K2CHANGE", unit: "1 Aufruf, 4 × 12 Monate", iterations: CALLS, totalMs: k2Ms },
    { name: "SGBII.TARGETMET", unit: '1 Aufruf, Richtung "K3"', iterations: CALLS, totalMs: metMs },
    { name: "SGBII.CHANGE", unit: "1 Aufruf, 2 × 12 Monate", iterations: CALLS, totalMs: changeMs },
  ];
}

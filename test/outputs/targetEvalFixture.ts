/** A hand-built evaluation of one of Düren's 2023 targets: nothing judged unless a test says otherwise. */
import type { TargetEvaluation } from "../../src/domain/evaluation";
import { DUEREN_2023, type Target } from "../../src/domain/targets";

/** The i-th of Düren's 2023 targets. */
export function targetEval(i: number, over: Partial<TargetEvaluation>): TargetEvaluation {
  return targetEvalOf(DUEREN_2023.targets[i], over);
}

export function targetEvalOf(target: Target, over: Partial<TargetEvaluation> = {}): TargetEvaluation {
  return {
    target,
    asOf: "2023-06",
    current: null,
    previous: null,
    change: null,
    met: null,
    status: "noData",
    narrowlyMissed: false,
    inYearTarget: null,
    forecast: { seasonal: null, linear: null },
    shortfall: null,
    path: [],
    missing: [],
    ...over,
  };
}

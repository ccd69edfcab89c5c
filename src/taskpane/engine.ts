/**
 * The pane's one door to the engine, the detector and the agreement parser. Components and hooks take
 * an `Engine` so tests can pass a fake; the real one wires the shared modules. The agreement parser is
 * not needed for the first paint: it is loaded with the agreement paste (`loadAgreementParser`).
 */
import type { Evaluation, IndicatorData, Vintage } from "../domain/evaluation";
import type { TargetSet } from "../domain/targets";
import type { YearMonth } from "../domain/yearMonth";
import type { Detection, WorkbookData } from "../workbook/types";
import type { Mapping } from "../workbook/mapping";
import { evaluate, latestCompleteMonth } from "../domain/evaluate";
import { detectIndicators, toIndicatorData } from "../workbook/detect";
import { loadedAgreementParser } from "./agreementParserLoader";
import type { ParsedAgreement } from "./parsedAgreement";

export type { Mapping };

export type { ParsedAgreement };

export interface Engine {
  /** `dash`: how `-` in hand-kept tables is read ("missing" unless the user switched it); BA exports always read it as 0. */
  detect(wb: WorkbookData, mapping: Mapping | null, dash?: "zero" | "missing"): Detection;
  toData(detection: Detection, jobcenterKey: string, vintage: Vintage): IndicatorData;
  evaluate(data: IndicatorData, set: TargetSet, asOf: YearMonth): Evaluation;
  latestCompleteMonth(data: IndicatorData, set: TargetSet, year?: number): YearMonth | null;
  parseAgreement(text: string): ParsedAgreement;
}

export const realEngine: Engine = {
  detect: (wb, mapping, dash) => detectIndicators(wb, { ...(mapping ? { mapping } : {}), ...(dash ? { dash } : {}) }),
  toData: (detection, key, vintage) => toIndicatorData(detection, key, vintage),
  evaluate: (data, set, asOf) => evaluate(data, set, asOf),
  latestCompleteMonth: (data, set, year) => latestCompleteMonth(data, set, year) ?? null,
  parseAgreement: (text) => {
    return loadedAgreementParser()(text);
  },
};

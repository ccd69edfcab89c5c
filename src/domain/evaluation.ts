/**
 * The contract between the engine and everything that shows its results (custom functions aside):
 * the task pane, the Excel layer, the CLI. Implemented by `evaluate.ts`.
 */
import type { DataCode } from "./indicators";
import type { DomainError } from "./result";
import type { MonitoringItem, Target } from "./targets";
import type { YearMonth } from "./yearMonth";

/** Monthly values of one data code; an absent month is missing (never zero). */
export type MonthlySeries = ReadonlyMap<YearMonth, number>;

/** The monthly data of one Jobcenter in one vintage. */
export type IndicatorData = Partial<Record<DataCode, MonthlySeries>>;

export type Vintage = "t-0" | "t-3";

/**
 * met / missed: December (the annual result); onTrack / atRisk: during the year. Codes, not words: the
 * German and English words are in the message catalogue (`status.<code>`, see `statusLabel`).
 */
export type Status = "met" | "missed" | "onTrack" | "atRisk" | "monitoring" | "noData";

export const STATUSES: readonly Status[] = ["met", "onTrack", "atRisk", "missed", "noData", "monitoring"];

export interface MissingMonth {
  code: DataCode;
  month: YearMonth;
}

/** One month of a target's path: the JFW reached by that month against the in-year target. */
export interface PathPoint {
  month: YearMonth;
  actual: number | null;
  inYearTarget: number | null;
}

export interface TargetEvaluation {
  target: Target;
  asOf: YearMonth;
  /** JFW of the report month as a level: count, euro, or a fraction for quotas, shares and the gap. */
  current: number | null;
  /** The same months of the previous year. */
  previous: number | null;
  /** In the target's unit: a fraction for "percent", a fraction of points for "points", current − previous for "count". */
  change: number | null;
  /** Whether the change (or for "count" the level) meets the target at the report month; null without data. */
  met: boolean | null;
  status: Status;
  /** Rounded to one decimal the change ties with the target, but the unrounded value misses. */
  narrowlyMissed: boolean;
  /** The JFW level the report month should reach (previous year's monthly profile). */
  inYearTarget: number | null;
  /** Year-end level of the indicator (December JFW), by both methods. */
  forecast: { seasonal: number | null; linear: number | null };
  /**
   * "Abstand zum unterjährigen Ziel": the JFW now minus the level it should have reached by the report month
   * (the indicator's unit: integrations, euro, a fraction for quotas); negative = below. Null without data.
   */
  distanceToInYearTarget?: number | null;
  /**
   * The distance to the target in the target's own unit (a fraction of per cent or of points; for "count"
   * the distance to the in-year level): change − target, or level − in-year level; negative = below.
   */
  distanceToTarget?: number | null;
  /** Count targets with "≥": the JFW as a share of the year's agreed level (580 of 672 = 0.863); else null. */
  attainment?: number | null;
  /**
   * "Restbedarf bis Dezember": integrations still needed by December to reach the year's target, and per
   * remaining month (targets on integrations and integration quotas); null where not meaningful.
   */
  shortfall: { total: number; perMonth: number | null } | null;
  /** JFW of each month January … report month against the in-year target path. */
  path: PathPoint[];
  /** Months whose data is missing for this target. */
  missing: MissingMonth[];
  /** Why current, previous or change is null (names the missing months, or a previous value of 0), German and English. */
  problem?: DomainError;
}

export interface MonitoringEvaluation {
  item: MonitoringItem;
  asOf: YearMonth;
  current: number | null;
  previous: number | null;
  /** Relative change (fraction) for flows and stocks; points for shares. */
  change: number | null;
  changeUnit: "percent" | "points";
  missing: MissingMonth[];
  /** Why current, previous or change is null, German and English. */
  problem?: DomainError;
}

export interface Evaluation {
  asOf: YearMonth;
  targets: TargetEvaluation[];
  monitoring: MonitoringEvaluation[];
  /** The published rolling key figures for the report month (K1 … K3E1, fractions), where the workbook has their data. */
  rolling?: Partial<Record<"K1" | "K1E1" | "K1E2" | "K2" | "K2_F" | "K2_M" | "K3" | "K3E1", number | null>>;
}

/** Status colours: light fills that keep the cell's own text readable (Fluent palette tints). */
import type { Status } from "../../domain/evaluation";

export const STATUS_COLORS: Record<Status, string> = {
  met: "C6EFCE",
  onTrack: "E2F0D9",
  atRisk: "FFEB9C",
  missed: "FFC7CE",
  noData: "E7E6E6",
  monitoring: "DDEBF7",
};

/** Worst first: a cell serving several targets shows the worst status. */
export const STATUS_SEVERITY: Status[] = ["missed", "atRisk", "noData", "onTrack", "met", "monitoring"];

/** The statuses a legend explains, in reading order (monitoring is not a judgement). */
export const LEGEND_STATUSES: readonly Status[] = ["met", "onTrack", "atRisk", "missed", "noData"];

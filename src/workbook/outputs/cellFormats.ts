/**
 * How a figure goes into a cell: display scale and Excel number format per unit, and the decimals the
 * format shows. Percentage points are shown as points (value × 100, "Pp."), per cent with Excel's % format,
 * so the unit is visible in the cell itself. Pure and small: the pane reads it through the target columns.
 */
import { INDICATORS, type IndicatorCode } from "../../domain/indicators";
import { roundHalfAway } from "../../domain/numbers";
import type { TargetUnit } from "../../domain/targets";

export const FMT = {
  count: "#,##0",
  stock: "#,##0.0",
  euro: '#,##0 "€"',
  percentLevel: "0.00%",
  pointsLevel: '0.00" Pp."',
  percentChange: "+0.0%;-0.0%;0.0%",
  pointsChange: '+0.00" Pp.";-0.00" Pp.";0.00" Pp."',
  countChange: "+#,##0;-#,##0;0",
  stockChange: "+#,##0.0;-#,##0.0;0.0",
  euroChange: '+#,##0 "€";-#,##0 "€";0 "€"',
  perMonth: "#,##0.0",
  share: "0.0%",
} as const;

/** A cell's display: the factor from the engine's value to the cell's, its format, and the decimals the format shows of the cell's value. */
export interface CellDisplay {
  scale: number;
  format: string;
  decimals: number;
}

/** Scale and format of a JFW level of an indicator (the gap is shown in points). */
export function levelDisplay(code: IndicatorCode): CellDisplay {
  const def = INDICATORS[code];
  if (code === "GAP") return { scale: 100, format: FMT.pointsLevel, decimals: 2 };
  if (def.unit === "fraction") return { scale: 1, format: FMT.percentLevel, decimals: 4 };
  if (def.unit === "euro") return { scale: 1, format: FMT.euro, decimals: 0 };
  return def.kind === "stock" ? { scale: 1, format: FMT.stock, decimals: 1 } : { scale: 1, format: FMT.count, decimals: 0 };
}

/** Scale and format of a signed distance between two levels (quotas and the gap in points). */
export function distanceDisplay(code: IndicatorCode): CellDisplay {
  const def = INDICATORS[code];
  if (code === "GAP" || def.unit === "fraction") return { scale: 100, format: FMT.pointsChange, decimals: 2 };
  if (def.unit === "euro") return { scale: 1, format: FMT.euroChange, decimals: 0 };
  return def.kind === "stock" ? { scale: 1, format: FMT.stockChange, decimals: 1 } : { scale: 1, format: FMT.countChange, decimals: 0 };
}

/** Scale and format of a change or target value in a target's unit. */
export function changeDisplay(unit: TargetUnit | "percent" | "points"): CellDisplay {
  if (unit === "percent") return { scale: 1, format: FMT.percentChange, decimals: 3 };
  if (unit === "points") return { scale: 100, format: FMT.pointsChange, decimals: 2 };
  return { scale: 1, format: FMT.countChange, decimals: 0 };
}

export function scaled(v: number | null, scale: number): number | null {
  return v === null ? null : v * scale;
}

/**
 * The value in the cell's scale, with a value that the format shows as zero written as 0: a signed format
 * ("+0.0%;-0.0%;0.0%") would show −0,00004 as "-0,0 %". Every other value stays exact.
 */
export function shown(v: number | null, display: CellDisplay): number | null {
  const x = scaled(v, display.scale);
  return x !== null && roundHalfAway(x, display.decimals) === 0 ? 0 : x;
}

import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { formatChange, formatLevel } from "../../domain/display";
import type { PathPoint } from "../../domain/evaluation";
import { distanceHalfRange, distanceToPath } from "../../domain/pathDistance";
import type { Target } from "../../domain/targets";
import { formatYearMonth, monthNames, parseYearMonth } from "../../domain/yearMonth";
import { msg } from "../../domain/messages";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  svg: { display: "block", width: "100%", maxWidth: "360px", height: "auto" },
  actual: { stroke: tokens.colorBrandForeground1, fill: "none", strokeWidth: "2" },
  actualDot: { fill: tokens.colorBrandForeground1 },
  path: { stroke: tokens.colorNeutralForeground2, fill: "none", strokeWidth: "1.5", strokeDasharray: "4 3" },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "11px", fontFamily: tokens.fontFamilyBase },
});

const W = 300;
// a row above the plot for "besser: niedriger" (so it never lies on a point), then the plot
const H = 122;
const PAD = { left: 44, right: 6, top: 22, bottom: 18 };

// The distance per month and the axis band are shared with the report's charts (src/domain/pathDistance).
export { distanceToPath };

export interface ChartGeometry {
  /** Distance per month as [x, y]. */
  actual: [number, number][];
  /** The target path: the zero line across the year. */
  target: [number, number][];
  /** The axis range, always containing zero, symmetric around it. */
  range: [number, number];
  values: { month: string; x: number; y: number; distance: number; point: PathPoint }[];
}

/** Scales the path to the box: x by calendar month (Jan … Dec), y symmetric around zero (the path). */
export function chartGeometry(path: readonly PathPoint[], unit: Target["unit"] = "count"): ChartGeometry {
  const values = path.flatMap((p) => {
    const d = distanceToPath(unit, p);
    return d === null ? [] : [{ p, d }];
  });
  const half = distanceHalfRange(unit, values.map((v) => v.d));
  const x = (m: string) => PAD.left + ((parseYearMonth(m).month - 1) / 11) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v + half) / (2 * half)) * (H - PAD.top - PAD.bottom);
  const placed = values.map((v) => ({ month: v.p.month, x: round(x(v.p.month)), y: round(y(v.d)), distance: v.d, point: v.p }));
  return {
    actual: placed.map((v) => [v.x, v.y] as [number, number]),
    target: values.length === 0 ? [] : [
      [PAD.left, round(y(0))],
      [W - PAD.right, round(y(0))],
    ],
    range: [-half, half],
    values: placed,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function polyline(points: [number, number][]): string {
  return points.map(([a, b]) => `${a},${b}`).join(" ");
}

/**
 * "Are we on track?": per month the distance to the in-year target (the dashed zero line), in the
 * target's unit, on an axis that contains zero and does not blow small differences up; each point
 * names its month, JFW, path and distance on hover and to screen readers. For a "höchstens" target it
 * says that lower is better; a distance that rounds to zero shows as zero, never "-0,0 %".
 */
export function TargetChart({ target, path }: { target: Target; path: readonly PathPoint[] }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const titleId = useId();
  const g = chartGeometry(path, target.unit);
  if (g.actual.length === 0) return null;
  const fmt = (d: number) => formatChange(target.unit, d, lang);
  const level = (v: number | null) => formatLevel(target.indicator, v, lang);
  // for a "höchstens" target below the path is ahead: said above the plot and in the chart's name
  const better = target.direction === "<=" ? msg("chart.better", { direction: "<=" }, lang) : null;
  return (
    <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} data-testid={`chart-${target.id}`}>
      <title id={titleId}>{better ? `${t.chartTitle(target.id)} · ${better}` : t.chartTitle(target.id)}</title>
      {better && (
        <text className={styles.label} x={W - PAD.right} y={12} textAnchor="end" data-label="better">
          {better} ↓
        </text>
      )}
      {/* the target path on top, dashed, so it stays visible where the lines coincide */}
      {g.actual.length > 1 && <polyline data-line="actual" className={styles.actual} points={polyline(g.actual)} />}
      <polyline data-line="target" className={styles.path} points={polyline(g.target)} />
      {g.values.map((v) => (
        <circle key={v.month} className={styles.actualDot} cx={v.x} cy={v.y} r={3} data-month={v.month}>
          <title>{t.chartPoint(formatYearMonth(v.month as never, lang), level(v.point.actual), level(v.point.inYearTarget), fmt(v.distance))}</title>
        </circle>
      ))}
      <text className={styles.label} x={PAD.left - 4} y={PAD.top + 8} textAnchor="end" data-axis="max">
        {fmt(g.range[1])}
      </text>
      <text className={styles.label} x={PAD.left - 4} y={(PAD.top + H - PAD.bottom) / 2 + 4} textAnchor="end">
        0
      </text>
      <text className={styles.label} x={PAD.left - 4} y={H - PAD.bottom} textAnchor="end" data-axis="min">
        {fmt(g.range[0])}
      </text>
      <text className={styles.label} x={PAD.left} y={H - 4}>
        {monthNames(lang)[0].slice(0, 3)}
      </text>
      <text className={styles.label} x={W - PAD.right} y={H - 4} textAnchor="end">
        {monthNames(lang)[11].slice(0, 3)}
      </text>
      <text className={styles.label} x={(PAD.left + W - PAD.right) / 2} y={H - 4} textAnchor="middle">
        - - {t.chartPath}
      </text>
    </svg>
  );
}

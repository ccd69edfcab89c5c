import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { PathPoint } from "../../domain/evaluation";
import { monthNames, parseYearMonth } from "../../domain/yearMonth";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  svg: { display: "block", width: "100%", maxWidth: "320px", height: "auto" },
  actual: { stroke: tokens.colorBrandForeground1, fill: "none", strokeWidth: "2" },
  actualDot: { fill: tokens.colorBrandForeground1 },
  path: { stroke: tokens.colorNeutralForeground3, fill: "none", strokeWidth: "1.5", strokeDasharray: "4 3" },
  axis: { stroke: tokens.colorNeutralStroke2, strokeWidth: "1" },
  label: { fill: tokens.colorNeutralForeground3, fontSize: "9px", fontFamily: tokens.fontFamilyBase },
});

const W = 300;
const H = 90;
const PAD = { left: 6, right: 6, top: 8, bottom: 16 };

/** Scales the path to the box: x by calendar month (Jan … Dec), y over the range of both lines. */
export function chartGeometry(path: readonly PathPoint[]): { actual: [number, number][]; target: [number, number][] } {
  const values = path.flatMap((p) => [p.actual, p.inYearTarget]).filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0) return { actual: [], target: [] };
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi === lo) {
    hi += Math.abs(hi) * 0.05 || 1;
    lo -= Math.abs(lo) * 0.05 || 1;
  }
  const x = (m: string) => PAD.left + ((parseYearMonth(m).month - 1) / 11) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom);
  const pts = (pick: (p: PathPoint) => number | null): [number, number][] =>
    path.flatMap((p) => {
      const v = pick(p);
      return v === null || !Number.isFinite(v) ? [] : [[round(x(p.month)), round(y(v))] as [number, number]];
    });
  return { actual: pts((p) => p.actual), target: pts((p) => p.inYearTarget) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function polyline(points: [number, number][]): string {
  return points.map(([a, b]) => `${a},${b}`).join(" ");
}

/** A small line chart: the JFW per month against the in-year target path. */
export function TargetChart({ id, path }: { id: string; path: readonly PathPoint[] }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const titleId = useId();
  const g = chartGeometry(path);
  if (g.actual.length === 0 && g.target.length === 0) return null;
  return (
    <svg className={styles.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} data-testid={`chart-${id}`}>
      <title id={titleId}>{t.chartTitle(id)}</title>
      <line className={styles.axis} x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
      {g.actual.length > 0 && <polyline data-line="actual" className={styles.actual} points={polyline(g.actual)} />}
      {/* the target path on top, dashed, so it stays visible where the lines coincide */}
      {g.target.length > 0 && <polyline data-line="target" className={styles.path} points={polyline(g.target)} />}
      {g.actual.map(([a, b]) => (
        <circle key={`${a}-${b}`} className={styles.actualDot} cx={a} cy={b} r={2} />
      ))}
      <text className={styles.label} x={PAD.left} y={H - 3}>
        {monthNames(lang)[0].slice(0, 3)}
      </text>
      <text className={styles.label} x={W - PAD.right} y={H - 3} textAnchor="end">
        {monthNames(lang)[11].slice(0, 3)}
      </text>
      <text className={styles.label} x={W / 2} y={H - 3} textAnchor="middle">
        — {t.chartActual} · - - {t.chartPath}
      </text>
    </svg>
  );
}

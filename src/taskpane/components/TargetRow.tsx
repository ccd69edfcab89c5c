import { Caption1, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatChange, formatDistance, formatLevel, formatTarget, unitLabel } from "../../domain/display";
import type { TargetEvaluation } from "../../domain/evaluation";
import { formatNumberDe } from "../../domain/numbers";
import { formatYearMonth } from "../../domain/yearMonth";
import { useI18n } from "../i18n";
import { StatusBadge } from "./StatusBadge";
import { TargetChart } from "./TargetChart";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  id: { fontWeight: tokens.fontWeightSemibold },
  wording: { color: tokens.colorNeutralForeground2 },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 11em) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, fontVariantNumeric: "tabular-nums" },
  knapp: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold, cursor: "pointer" },
});

/** One agreed target at the report month: figures with units, status, forecast, shortfall and chart. */
export function TargetRow({ ev, onShowMissing }: { ev: TargetEvaluation; onShowMissing?: () => void }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const { target } = ev;
  const code = target.indicator;
  const level = (v: number | null) => formatLevel(code, v, lang);
  const forecast = [
    ev.forecast.seasonal !== null ? `${level(ev.forecast.seasonal)} (${t.forecastSeasonal})` : null,
    ev.forecast.linear !== null ? `${level(ev.forecast.linear)} (${t.forecastLinear})` : null,
  ].filter((s): s is string => s !== null);
  const shortfall = ev.shortfall;
  return (
    <section className={styles.card} aria-label={`${t.target} ${target.id}`} data-testid={`target-${target.id}`}>
      <div className={styles.head}>
        <Text className={styles.id}>{target.id}</Text>
        <StatusBadge status={ev.status} />
        {ev.narrowlyMissed && (
          // a disclosure, not a tooltip: opened by keyboard and touch alike, and no popup code at first paint
          <details>
            <summary className={styles.knapp} data-testid="knapp" title={t.knappHint}>
              {t.knapp}
            </summary>
            <Caption1>{t.knappHint}</Caption1>
          </details>
        )}
      </div>
      <Caption1 className={styles.wording}>{target.wording}</Caption1>
      <dl className={styles.grid}>
        <dt className={styles.dt}>
          {t.jfw} {formatYearMonth(ev.asOf, lang)}
        </dt>
        <dd className={styles.dd} data-field="current">
          {level(ev.current)}
        </dd>
        <dt className={styles.dt}>{t.previousYear}</dt>
        <dd className={styles.dd} data-field="previous">
          {level(ev.previous)}
        </dd>
        <dt className={styles.dt}>{t.change}</dt>
        <dd className={styles.dd} data-field="change">
          {formatChange(target.unit, ev.change, lang)} <Caption1>({unitLabel(target.unit, lang)})</Caption1>
        </dd>
        <dt className={styles.dt}>{t.target}</dt>
        <dd className={styles.dd} data-field="target">
          {formatTarget(target, lang)}
        </dd>
        <dt className={styles.dt}>{t.inYearTarget}</dt>
        <dd className={styles.dd} data-field="inYearTarget">
          {level(ev.inYearTarget)}
        </dd>
        {ev.distanceToInYearTarget != null && (
          <>
            <dt className={styles.dt}>{t.distanceInYear}</dt>
            <dd className={styles.dd} data-field="distanceInYear">
              {formatDistance(code, ev.distanceToInYearTarget, lang)}
            </dd>
          </>
        )}
        <dt className={styles.dt}>{t.forecast}</dt>
        <dd className={styles.dd} data-field="forecast">
          {forecast.length > 0 ? forecast.join(" · ") : "–"}
        </dd>
        {shortfall && (
          <>
            <dt className={styles.dt}>{t.shortfall}</dt>
            <dd className={styles.dd} data-field="shortfall">
              {shortfall.total > 0
                ? `${formatNumberDe(shortfall.total, 0, lang)}${shortfall.perMonth !== null ? ` (${formatNumberDe(shortfall.perMonth, 1, lang)} ${t.perMonth})` : ""}`
                : t.noShortfall}
            </dd>
          </>
        )}
        {ev.missing.length > 0 && (
          <>
            <dt className={styles.dt}>{t.missingData}</dt>
            <dd className={styles.dd} data-field="missing">
              {onShowMissing ? <Link onClick={onShowMissing}>{missingText(ev, lang)}</Link> : missingText(ev, lang)}
            </dd>
          </>
        )}
      </dl>
      <TargetChart target={target} path={ev.path} />
    </section>
  );
}

function missingText(ev: TargetEvaluation, lang: "de" | "en"): string {
  const shown = ev.missing.slice(0, 4).map((m) => `${m.code} ${formatYearMonth(m.month, lang)}`);
  const more = ev.missing.length - shown.length;
  return shown.join(", ") + (more > 0 ? (lang === "de" ? ` und ${more} weitere` : ` and ${more} more`) : "");
}

import { Caption1, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { TargetEvaluation } from "../../domain/evaluation";
import { msg, type Lang } from "../../domain/messages";
import { formatYearMonth } from "../../domain/yearMonth";
import { labelText, PANE_COLUMNS, TARGET_COLUMNS } from "../../workbook/outputs/targetColumns";
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

/** One agreed target at the report month: its figures as the shared target columns describe them, status and chart. */
export function TargetRow({ ev, onShowMissing }: { ev: TargetEvaluation; onShowMissing?: () => void }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const { target } = ev;
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
        {PANE_COLUMNS.map((id) => {
          const column = TARGET_COLUMNS[id];
          if (column.shownWhen && !column.shownWhen(ev)) return null;
          return (
            <Fragment key={id}>
              <dt className={styles.dt}>{labelText(id, ev, lang)}</dt>
              <dd className={styles.dd} data-field={id}>
                {column.text(ev, lang)}
                {column.unit && <Caption1> ({column.unit(ev, lang)})</Caption1>}
              </dd>
            </Fragment>
          );
        })}
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

function missingText(ev: TargetEvaluation, lang: Lang): string {
  const shown = ev.missing.slice(0, 4).map((m) => `${m.code} ${formatYearMonth(m.month, lang)}`);
  const more = ev.missing.length - shown.length;
  return shown.join(", ") + (more > 0 ? msg("list.more", { count: more }, lang) : "");
}

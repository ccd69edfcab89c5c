import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatChange, formatLevel, indicatorName } from "../../domain/display";
import type { MonitoringEvaluation } from "../../domain/evaluation";
import { useI18n } from "../i18n";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "3em 1fr auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  figures: { fontVariantNumeric: "tabular-nums", textAlign: "right" },
  name: { display: "flex", flexDirection: "column" },
});

/** A goal-I item: shown with its change, never judged. */
export function MonitoringRow({ ev }: { ev: MonitoringEvaluation }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const code = ev.item.indicator;
  return (
    <div className={styles.row} data-testid={`monitoring-${ev.item.id}`}>
      <Text weight="semibold">{ev.item.id}</Text>
      <div className={styles.name}>
        <Text>{indicatorName(code, lang)}</Text>
        <Caption1>
          {t.jfw} {formatLevel(code, ev.current, lang)} · {t.previousYear} {formatLevel(code, ev.previous, lang)}
        </Caption1>
      </div>
      <div className={styles.figures}>
        <Text>{formatChange(ev.changeUnit, ev.change, lang)}</Text> <StatusBadge status="monitoring" />
      </div>
    </div>
  );
}

import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Evaluation } from "../../domain/evaluation";
import type { Goal } from "../../domain/targets";
import { useI18n } from "../i18n";
import { MonitoringRow } from "./MonitoringRow";
import { TargetRow } from "./TargetRow";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  goal: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

/** Judged goals first; goal I (mostly monitoring) after them. */
const GOALS: Goal[] = ["II", "III", "I"];

/** The evaluation grouped by goal: targets of II and III as cards first, then goal I with its monitoring rows. */
export function SummaryView({ evaluation, onShowMissing }: { evaluation: Evaluation; onShowMissing?: () => void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const title: Record<Goal, string> = { I: t.goalI, II: t.goalII, III: t.goalIII };
  if (evaluation.targets.length === 0 && evaluation.monitoring.length === 0) return <Text>{t.noTargets}</Text>;
  return (
    <div className={styles.root} data-testid="summary">
      {GOALS.map((goal) => {
        const targets = evaluation.targets.filter((e) => e.target.goal === goal);
        const monitoring = goal === "I" ? evaluation.monitoring : [];
        if (targets.length === 0 && monitoring.length === 0) return null;
        return (
          <section key={goal} className={styles.goal} aria-label={title[goal]}>
            <Subtitle2 as="h2">{title[goal]}</Subtitle2>
            {targets.map((ev) => (
              <TargetRow key={ev.target.id} ev={ev} onShowMissing={onShowMissing} />
            ))}
            {monitoring.length > 0 && (
              <div>
                <Text size={200}>{t.monitoring}</Text>
                {monitoring.map((ev) => (
                  <MonitoringRow key={ev.item.id} ev={ev} />
                ))}
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}

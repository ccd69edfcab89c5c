import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Evaluation } from "../../domain/evaluation";
import { useI18n } from "../i18n";
import { Message } from "./lazyParts";
import { MonitoringRow } from "./MonitoringRow";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS } });

/** A Jobcenter without agreement: "keine Zielvereinbarung" and its figures, never judged. */
export function NoAgreement({ figures }: { figures: Evaluation | null }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <section className={styles.root} data-testid="no-agreement" aria-labelledby="no-agreement-heading">
      <Subtitle2 as="h2" id="no-agreement-heading">
        {t.noAgreement}
      </Subtitle2>
      <Message intent="info">{t.noAgreementText}</Message>
      {figures && figures.monitoring.length > 0 && (
        <div data-testid="figures" aria-label={t.figures} role="group">
          {figures.monitoring.map((ev) => (
            <MonitoringRow key={ev.item.id} ev={ev} />
          ))}
        </div>
      )}
    </section>
  );
}

/**
 * The published rolling key figures of the selected Jobcenter behind a disclosure: closed at first paint,
 * plain `<details>` (no new Fluent component); the figures load as their own chunk when it is opened.
 */
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { IndicatorData, Vintage } from "../../domain/evaluation";
import { msg } from "../../domain/messages";
import type { YearMonth } from "../../domain/yearMonth";
import { useI18n } from "../i18n";
import { Part, RollingFigures } from "./lazyParts";

const useStyles = makeStyles({
  root: { minWidth: 0 },
  summary: { cursor: "pointer", padding: `${tokens.spacingVerticalXS} 0` },
  heading: { display: "inline", margin: 0 },
});

export function RollingDisclosure({ data, month, vintage }: { data: IndicatorData | null | undefined; month: YearMonth | null; vintage: Vintage }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  if (!data || !month) return null;
  return (
    <details className={styles.root} data-testid="rolling" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={styles.summary}>
        <Subtitle2 as="h2" className={styles.heading}>
          {msg("rolling.title", undefined, lang)}
        </Subtitle2>
      </summary>
      {open && (
        <Part label={t.loading}>
          <RollingFigures data={data} month={month} vintage={vintage} />
        </Part>
      )}
    </details>
  );
}

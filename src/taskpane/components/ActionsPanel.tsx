import { Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ResultsInput, WorkbookHost } from "../../workbook/host";
import { formatYearMonth } from "../../domain/yearMonth";
import { useI18n } from "../i18n";
import { LiveRegion } from "./LiveRegion";
import { errorText } from "../../domain/messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "stretch" },
  buttons: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

type ActionKey = "highlight" | "removeHighlight" | "writeSummary" | "writeReport";

export interface ActionsPanelProps {
  host: WorkbookHost;
  input: () => ResultsInput | null;
}

/** The outputs into the workbook, each reporting success or failure in a live region; the focus stays on the button. */
export function ActionsPanel({ host, input }: ActionsPanelProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState<ActionKey | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const current = input();

  const run = async (key: ActionKey) => {
    const label = t[key];
    setBusy(key);
    setResult(null);
    try {
      if (key === "removeHighlight") await host.removeHighlights();
      else {
        const built = input();
        if (!built) throw new Error(t.noMonths);
        // the sheets are written in the pane's language
        const data = { ...built, lang };
        if (key === "highlight") await host.applyHighlights(data);
        else if (key === "writeSummary") await host.writeSummarySheet(data);
        else await host.writeReport(data);
      }
      setResult({ ok: true, text: t.actionDone(label) });
    } catch (e) {
      setResult({ ok: false, text: t.actionFailed(label, errorText(e, lang)) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className={styles.root}>
      {current && <Caption1>{t.basedOn(formatYearMonth(current.asOf, lang), current.vintage)}</Caption1>}
      <div className={styles.buttons}>
        {(["highlight", "removeHighlight", "writeSummary", "writeReport"] as const).map((key) => (
          <Button
            key={key}
            onClick={() => void run(key)}
            disabled={busy !== null || (key !== "removeHighlight" && !current)}
            appearance={key === "writeReport" ? "primary" : "secondary"}
          >
            {t[key]}
          </Button>
        ))}
      </div>
      <LiveRegion>
        {result && (
          <MessageBar intent={result.ok ? "success" : "error"} layout="multiline" data-testid="action-message">
            <MessageBarBody>{result.text}</MessageBarBody>
          </MessageBar>
        )}
      </LiveRegion>
    </div>
  );
}

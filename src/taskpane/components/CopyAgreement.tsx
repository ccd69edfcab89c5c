import { Button, Checkbox, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { errorText } from "../../domain/messages";
import type { Jobcenter } from "../../workbook/types";
import { useI18n } from "../i18n";
import { LiveRegion } from "./LiveRegion";
import { jobcenterLabel } from "./ReportControls";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  list: { display: "flex", flexDirection: "column" },
});

export interface CopyAgreementProps {
  /** The Jobcenters other than the selected one, and whether each has an agreement already. */
  others: { jobcenter: Jobcenter; hasAgreement: boolean }[];
  onCopy(keys: string[]): Promise<void>;
}

/** Copies the selected Jobcenter's agreement to the Jobcenters ticked here – only on request. */
export function CopyAgreement({ others, onCopy }: CopyAgreementProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [chosen, setChosen] = useState<string[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = async () => {
    try {
      await onCopy(chosen);
      setMessage({ ok: true, text: t.agreementCopied(chosen.length) });
      setChosen([]);
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, lang) });
    }
  };
  return (
    <section className={styles.root} aria-labelledby="copy-agreement">
      <Subtitle2 as="h2" id="copy-agreement">
        {t.copyAgreement}
      </Subtitle2>
      <div className={styles.list}>
        {others.map(({ jobcenter, hasAgreement }) => (
          <Checkbox
            key={jobcenter.key}
            checked={chosen.includes(jobcenter.key)}
            onChange={(_, d) => setChosen((c) => (d.checked ? [...c, jobcenter.key] : c.filter((k) => k !== jobcenter.key)))}
            label={`${jobcenterLabel(jobcenter, t.noJobcenter)}${hasAgreement ? ` – ${t.overwrites}` : ""}`}
          />
        ))}
      </div>
      <div>
        <Button onClick={() => void copy()} disabled={chosen.length === 0}>
          {t.copyAgreementButton(chosen.length)}
        </Button>
      </div>
      <LiveRegion>
        {message && (
          <MessageBar intent={message.ok ? "success" : "error"} layout="multiline">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </LiveRegion>
    </section>
  );
}

import { Button, Caption1, Field, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatTarget, indicatorName, unitLabel } from "../../domain/display";
import type { TargetSet } from "../../domain/targets";
import type { ParsedAgreement } from "../engine";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(8em, 1fr) 2fr",
    columnGap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  sentence: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
  unclear: { color: tokens.colorPaletteDarkOrangeForeground1 },
  reason: { color: tokens.colorNeutralForeground3 },
});

/** Paste an agreement text, see each recognised target beside its sentence, apply them as the targets. */
export function AgreementPaste({
  targetSet,
  parse,
  onApply,
}: {
  targetSet: TargetSet;
  parse(text: string): ParsedAgreement;
  onApply(set: TargetSet): Promise<void>;
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [text, setText] = useState("");
  const [parsed, setParsed] = useState<ParsedAgreement | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const analyse = () => {
    setMessage(null);
    try {
      setParsed(parse(text));
    } catch (e) {
      setParsed(null);
      setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  };

  const apply = async () => {
    if (!parsed) return;
    const next: TargetSet = {
      ...targetSet,
      year: parsed.year ?? targetSet.year,
      jobcenter: parsed.jobcenter ?? targetSet.jobcenter,
      ministry: parsed.ministry ?? targetSet.ministry,
      vintage: parsed.vintage ?? targetSet.vintage,
      targets: parsed.targets,
      monitoring: parsed.monitoring.length > 0 ? parsed.monitoring : targetSet.monitoring,
    };
    try {
      await onApply(next);
      setMessage({ ok: true, text: t.agreementApplied(parsed.targets.length) });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className={styles.root}>
      <Text weight="semibold" as="h3">
        {t.agreementTitle}
      </Text>
      <Caption1>{t.agreementHelp}</Caption1>
      <Field label={t.agreementText}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={8} resize="vertical" />
      </Field>
      <div>
        <Button onClick={analyse} disabled={text.trim() === ""}>
          {t.analyse}
        </Button>
      </div>
      {message && (
        <MessageBar intent={message.ok ? "success" : "error"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {parsed && (
        <>
          <Text weight="semibold" as="h3">
            {t.parsedTargets}
          </Text>
          {parsed.targets.length === 0 && <Text>{t.nothingParsed}</Text>}
          <ul className={styles.list} data-testid="parsed-targets">
            {parsed.targets.map((target) => (
              <li key={target.id} className={styles.pair}>
                <div>
                  <Text weight="semibold">{target.id}</Text> <Text>{indicatorName(target.indicator, lang)}</Text>
                  <br />
                  <Text>
                    {formatTarget(target, lang)} ({unitLabel(target.unit, lang)})
                  </Text>
                </div>
                <Caption1 className={styles.sentence}>
                  {t.sourceSentence}: {target.wording}
                </Caption1>
              </li>
            ))}
          </ul>
          {parsed.notUnderstood.length > 0 && (
            <>
              <Text weight="semibold" as="h3">
                {t.notUnderstood}
              </Text>
              <ul className={styles.list} data-testid="not-understood">
                {parsed.notUnderstood.map((n, i) => (
                  <li key={i}>
                    <Caption1 className={styles.unclear}>{n.sentence}</Caption1>
                    {(lang === "de" ? n.reason : n.reasonEn) && <Caption1 className={styles.reason}> – {lang === "de" ? n.reason : n.reasonEn}</Caption1>}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div>
            <Button appearance="primary" onClick={() => void apply()} disabled={parsed.targets.length === 0}>
              {t.apply}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}

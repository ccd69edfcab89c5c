import { Button, Caption1, Field, Input, Subtitle2, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, useState } from "react";
import { formatNumberDe } from "../../domain/numbers";
import { UndoStatus, type UndoableStatus } from "./UndoStatus";
import { formatTarget, indicatorName, unitLabel } from "../../domain/display";
import { errorText, text as messageText } from "../../domain/messages";
import type { TargetSet } from "../../domain/targets";
import type { ParsedAgreement } from "../engine";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  // target above its sentence: side by side they overlap at 320 px
  pair: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  sentence: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
  unclear: { color: tokens.colorPaletteDarkOrangeForeground1 },
  reason: { color: tokens.colorNeutralForeground3 },
  facts: { margin: 0, display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS },
  dd: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface AgreementPasteProps {
  targetSet: TargetSet;
  parse(text: string): ParsedAgreement;
  onApply(set: TargetSet): Promise<void>;
  onClose?(): void;
}

/**
 * Paste an agreement text, see each recognised target above its sentence and, before "Übernehmen", the
 * year (asked for when the text names none — never the current year in silence), the Jobcenter, the
 * vintage and the cross-check ("= 50 Integrationen"). Taking it over can be undone.
 */
export function AgreementPaste({ targetSet, parse, onApply, onClose }: AgreementPasteProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [text, setText] = useState("");
  const [parsed, setParsed] = useState<ParsedAgreement | null>(null);
  const [message, setMessage] = useState<UndoableStatus | null>(null);
  const [yearText, setYearText] = useState("");
  const askedYear = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : null;
  const year = parsed ? (parsed.year ?? askedYear) : null;

  const analyse = () => {
    setMessage(null);
    try {
      setParsed(parse(text));
    } catch (e) {
      setParsed(null);
      setMessage({ ok: false, text: errorText(e, lang) });
    }
  };

  const apply = async () => {
    if (!parsed) return;
    if (year === null) {
      setMessage({ ok: false, text: t.yearMissing });
      return;
    }
    const before = targetSet;
    const next: TargetSet = {
      ...targetSet,
      year,
      jobcenter: parsed.jobcenter ?? targetSet.jobcenter,
      ministry: parsed.ministry ?? targetSet.ministry,
      vintage: parsed.vintage ?? targetSet.vintage,
      targets: parsed.targets,
      monitoring: parsed.monitoring.length > 0 ? parsed.monitoring : targetSet.monitoring,
    };
    try {
      await onApply(next);
      setMessage({ ok: true, text: t.agreementApplied(parsed.targets.length), undo: before });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, lang) });
    }
  };

  const undo = async (set: TargetSet) => {
    try {
      await onApply(set);
      setMessage({ ok: true, text: t.undone });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e, lang) });
    }
  };
  const crossChecks = parsed?.targets.filter((x) => x.absolute !== undefined) ?? [];

  return (
    <div
      className={styles.root}
      onKeyDown={(e) => {
        if (e.key === "Escape" && onClose) {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <Subtitle2 as="h2">{t.agreementTitle}</Subtitle2>
      <Caption1>{t.agreementHelp}</Caption1>
      <Field label={t.agreementText}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={8} resize="vertical" />
      </Field>
      <div className={styles.buttons}>
        <Button onClick={analyse} disabled={text.trim() === ""}>
          {t.analyse}
        </Button>
        {onClose && <Button onClick={onClose}>{t.closePaste}</Button>}
      </div>
      <UndoStatus testId="agreement-status" status={message} onUndo={(set) => void undo(set)} />
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
                  <Text weight="semibold">{target.id}</Text> <Text>{indicatorName(target.indicator, lang)}</Text>{" "}
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
                    {n.reason && <Caption1 className={styles.reason}> – {messageText(n.reason, lang)}</Caption1>}
                  </li>
                ))}
              </ul>
            </>
          )}
          <dl className={styles.facts} data-testid="agreement-facts">
            <dt>{t.previewYear}</dt>
            <dd className={styles.dd} data-field="year">
              {parsed.year ?? (askedYear !== null ? askedYear : t.notStated)}
            </dd>
            <dt>{t.previewJobcenter}</dt>
            <dd className={styles.dd} data-field="jobcenter">
              {parsed.jobcenter ?? t.notStated}
            </dd>
            <dt>{t.previewVintage}</dt>
            <dd className={styles.dd} data-field="vintage">
              {parsed.vintage ?? t.notStated}
            </dd>
            {crossChecks.map((x) => (
              <Fragment key={x.id}>
                <dt>
                  {t.previewCrossCheck} {x.id}
                </dt>
                <dd className={styles.dd} data-field={`absolute-${x.id}`}>
                  = {formatNumberDe(x.absolute ?? 0, 0, lang)} {indicatorName(x.indicator, lang)}
                </dd>
              </Fragment>
            ))}
          </dl>
          {parsed.year === null && (
            <Field label={t.askYear} required validationMessage={askedYear === null && yearText !== "" ? t.yearMissing : undefined}>
              <Input value={yearText} onChange={(_, d) => setYearText(d.value)} inputMode="numeric" size="small" style={{ width: "6em" }} />
            </Field>
          )}
          <div>
            <Button appearance="primary" onClick={() => void apply()} disabled={parsed.targets.length === 0 || year === null}>
              {t.apply}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}

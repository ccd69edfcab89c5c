import { Button, Caption1, Link, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { indicatorName } from "../../domain/display";
import { DATA_CODES, type DataCode } from "../../domain/indicators";
import type { WorkbookHost } from "../../workbook/host";
import type { DetectedSeries } from "../../workbook/types";
import { useI18n } from "../i18n";
import type { ManualEntry } from "../mapping";
import { LiveRegion } from "./LiveRegion";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(6em, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  cell: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  parts: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, alignItems: "flex-end" },
  part: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, flexWrap: "wrap", justifyContent: "flex-end" },
  partLabel: { color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

type Part = "months" | "values";

export interface MappingEditorProps {
  host: WorkbookHost;
  /** Detected series of the current Jobcenter and vintage. */
  detected: readonly DetectedSeries[];
  /** Manual choices saved so far. */
  entries: readonly ManualEntry[];
  onSave(entries: ManualEntry[]): Promise<void>;
  onReset(): Promise<void>;
  onGoTo(sheet: string, range: string): void;
}

/**
 * Per data code: the detected source, and the months/values ranges the user chose by selecting them in
 * the sheet and clicking "Auswahl übernehmen".
 */
export function MappingEditor({ host, detected, entries, onSave, onReset, onGoTo }: MappingEditorProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [message, setMessage] = useState<{ intent: "success" | "error" | "warning"; text: string } | null>(null);

  const take = async (code: DataCode, part: Part) => {
    try {
      const sel = await host.getSelectedRange();
      if (!sel) {
        setMessage({ intent: "warning", text: t.noSelection });
        return;
      }
      const current = entries.find((e) => e.code === code);
      const other = part === "months" ? current?.values : current?.months;
      if (current && other && current.sheet !== sel.sheet) {
        setMessage({ intent: "error", text: t.differentSheets });
        return;
      }
      const next: ManualEntry = { ...(current ?? { code, sheet: sel.sheet }), sheet: sel.sheet, [part]: sel.address };
      await onSave([...entries.filter((e) => e.code !== code), next]);
      setMessage({ intent: "success", text: `${t.selectionTaken(`${sel.sheet}!${sel.address}`)} ${t.mappingSaved}` });
    } catch (e) {
      setMessage({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    }
  };

  const reset = async () => {
    try {
      await onReset();
      setMessage(null);
    } catch (e) {
      setMessage({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">{t.mappingTitle}</Subtitle2>
      <Caption1>{t.mappingHelp}</Caption1>
      <LiveRegion>
        {message && (
          <MessageBar intent={message.intent} layout="multiline" data-testid="mapping-message">
            <MessageBarBody>{message.text}</MessageBarBody>
          </MessageBar>
        )}
      </LiveRegion>
      <ul className={styles.list} aria-label={t.mappingTitle} data-testid="mapping-table">
        {DATA_CODES.map((code) => {
          const found = detected.filter((s) => s.code === code);
          const manual = entries.find((e) => e.code === code);
          return (
            <li key={code} className={styles.row} data-testid={`mapping-${code}`}>
              <div className={styles.cell}>
                <Text weight="semibold">{code}</Text>
                <Caption1>{indicatorName(code, lang)}</Caption1>
                {found.map((s, i) => (
                  <Link key={i} onClick={() => onGoTo(s.source.sheet, s.source.range)}>
                    {s.source.sheet}!{s.source.range}
                    {s.vintage ? ` (${s.vintage})` : ""}
                  </Link>
                ))}
                {found.length === 0 && !manual && <Caption1 className={styles.muted}>{t.notSet}</Caption1>}
                {manual && <Caption1 className={styles.muted}>{t.manual}</Caption1>}
              </div>
              <div className={styles.parts}>
                {(["months", "values"] as const).map((part) => (
                  <div key={part} className={styles.part}>
                    <Caption1 className={styles.partLabel}>{part === "months" ? t.months : t.values}:</Caption1>
                    <Caption1 data-field={`${code}-${part}`}>{manual?.[part] ? `${manual.sheet}!${manual[part]}` : t.notSet}</Caption1>
                    <Button size="small" onClick={() => void take(code, part)} aria-label={t.takeSelectionFor(part === "months" ? t.months : t.values, code)}>
                      {t.takeSelection}
                    </Button>
                  </div>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
      <div className={styles.actions}>
        <Button onClick={() => void reset()} disabled={entries.length === 0}>
          {t.resetDetection}
        </Button>
      </div>
    </div>
  );
}

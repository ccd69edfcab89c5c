import {
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { indicatorName } from "../../domain/display";
import { DATA_CODES, type DataCode } from "../../domain/indicators";
import type { WorkbookHost } from "../../workbook/host";
import type { DetectedSeries } from "../../workbook/types";
import { useI18n } from "../i18n";
import type { ManualEntry } from "../mapping";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  cell: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXXS },
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
      <Text weight="semibold" as="h3">
        {t.mappingTitle}
      </Text>
      <Caption1>{t.mappingHelp}</Caption1>
      {message && (
        <MessageBar intent={message.intent} data-testid="mapping-message">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <Table size="small" aria-label={t.mappingTitle} data-testid="mapping-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.indicator}</TableHeaderCell>
            <TableHeaderCell>{t.source}</TableHeaderCell>
            <TableHeaderCell>{t.months}</TableHeaderCell>
            <TableHeaderCell>{t.values}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {DATA_CODES.map((code) => {
            const found = detected.filter((s) => s.code === code);
            const manual = entries.find((e) => e.code === code);
            return (
              <TableRow key={code} data-testid={`mapping-${code}`}>
                <TableCell>
                  <div className={styles.cell}>
                    <Text weight="semibold">{code}</Text>
                    <Caption1>{indicatorName(code, lang)}</Caption1>
                  </div>
                </TableCell>
                <TableCell>
                  <div className={styles.cell}>
                    {found.length === 0 && <Caption1>{t.notSet}</Caption1>}
                    {found.map((s, i) => (
                      <Link key={i} onClick={() => onGoTo(s.source.sheet, s.source.range)}>
                        {s.source.sheet}!{s.source.range}
                        {s.vintage ? ` (${s.vintage})` : ""}
                      </Link>
                    ))}
                    {manual && <Caption1>{t.manual}</Caption1>}
                  </div>
                </TableCell>
                {(["months", "values"] as const).map((part) => (
                  <TableCell key={part}>
                    <div className={styles.cell}>
                      <Caption1 data-field={`${code}-${part}`}>{manual?.[part] ? `${manual.sheet}!${manual[part]}` : t.notSet}</Caption1>
                      <Button size="small" onClick={() => void take(code, part)} aria-label={t.takeSelectionFor(part === "months" ? t.months : t.values, code)}>
                        {t.takeSelection}
                      </Button>
                    </div>
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <div className={styles.actions}>
        <Button onClick={() => void reset()} disabled={entries.length === 0}>
          {t.resetDetection}
        </Button>
      </div>
    </div>
  );
}

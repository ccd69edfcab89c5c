import { Button, Caption1, Link, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Vintage } from "../../domain/evaluation";
import { DATA_CODES, type DataCode } from "../../domain/indicators";
import { errorText, text } from "../../domain/messages";
import type { Area } from "../../workbook/areas";
import type { WorkbookHost } from "../../workbook/host";
import { parseMapping } from "../../workbook/mapping";
import type { DetectedSeries } from "../../workbook/types";
import { useI18n } from "../i18n";
import { mappingLabel, needsVintage, type ManualEntry } from "../mapping";
import { seriesCells } from "../seriesCells";
import { LiveRegion } from "./LiveRegion";
import { MappingForm, type MappingDraft, type Part } from "./MappingForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  cell: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

type Status = { intent: "success" | "error" | "warning" | "info"; text: string };

export interface MappingEditorProps {
  host: WorkbookHost;
  /** Detected series of the current Jobcenter and vintage. */
  detected: readonly DetectedSeries[];
  /** Manual choices saved so far. */
  entries: readonly ManualEntry[];
  onSave(entries: ManualEntry[]): Promise<void>;
  onReset(): Promise<void>;
  onGoTo(sheet: string, where: string | readonly Area[]): void;
  /** The vintage the sheet or the label names for values at this place (as the detector reads it); null: ask. */
  vintageAt?(sheet: string, values: string, months?: string): Vintage | null;
  /** The report plan's refusal when the mapping mixes vintages, shown beside the mapping. */
  mixed?: string | null;
}

/**
 * Per data code, labelled by its German name first and its code second: the detected source, and the
 * months and values ranges the user chose by selecting them in the sheet, with their vintage. One row at
 * a time is edited (one "Auswahl übernehmen", in that row); its vintage is read from the sheet or asked,
 * never assumed. After every action the focus returns to where it was; the status is announced.
 */
export function MappingEditor({ host, detected, entries, onSave, onReset, onGoTo, vintageAt, mixed }: MappingEditorProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<Status | null>(null);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // the focus moves once the list shows the new state (a radio group hands it to its checked or first radio)
  useEffect(() => {
    if (!focusAfter) return;
    const el = [...(root.current?.querySelectorAll<HTMLElement>("[data-focus-key]") ?? [])].find((e) => e.dataset.focusKey === focusAfter);
    const target = el && el.getAttribute("role") === "radiogroup" ? (el.querySelector<HTMLElement>("input:checked") ?? el.querySelector<HTMLElement>("input")) : el;
    if (target) {
      target.focus();
      setFocusAfter(null);
    }
  });

  const fail = (e: unknown) => setStatus({ intent: "error", text: errorText(e, lang) });

  const edit = (code: DataCode) => {
    const saved = entries.find((e) => e.code === code);
    setDraft({ code, entry: { ...saved }, part: saved?.months && !saved.values ? "values" : "months", fromPlace: false, vintageRequired: false });
    setFocusAfter("take");
  };

  const close = (code: DataCode, said: Status | null) => {
    setDraft(null);
    setStatus(said);
    setFocusAfter(`edit-${code}`);
  };

  const take = async (d: MappingDraft) => {
    try {
      const sel = await host.getSelectedRange();
      setFocusAfter("take");
      if (!sel) return setStatus({ intent: "warning", text: t.noSelection });
      const other = d.part === "months" ? d.entry.values : d.entry.months;
      if (other && d.entry.sheet !== sel.sheet) return setStatus({ intent: "error", text: t.differentSheets });
      const entry: Partial<ManualEntry> = { ...d.entry, sheet: sel.sheet, [d.part]: sel.address };
      let fromPlace = d.fromPlace;
      const said = [t.selectionTaken(`${sel.sheet}!${sel.address}`)];
      if (d.part === "values") {
        // the vintage belongs to where the values stand: read again from there, or asked again
        const found = vintageAt?.(sel.sheet, sel.address, entry.months) ?? null;
        fromPlace = found !== null;
        if (found) entry.vintage = found;
        else delete entry.vintage;
        said.push(found ? t.vintageFromPlace(found) : t.vintageAsk);
      }
      setDraft({ ...d, entry, fromPlace, vintageRequired: false, part: d.part === "months" && !entry.values ? "values" : d.part });
      setStatus({ intent: "info", text: said.join(" ") });
    } catch (e) {
      fail(e);
    }
  };

  const save = async (d: MappingDraft) => {
    const entry = { ...d.entry, code: d.code } as ManualEntry;
    if (!entry.months && !entry.values) return close(d.code, { intent: "info", text: t.editCancelled });
    if (needsVintage(entry)) {
      setDraft({ ...d, vintageRequired: true });
      setFocusAfter("vintage");
      return setStatus({ intent: "error", text: t.vintageRequired });
    }
    if (entry.months && entry.values) {
      const checked = parseMapping({ version: 1, series: [entry] });
      if (!checked.ok) return setStatus({ intent: "error", text: text(checked.error.message, lang) });
    }
    try {
      await onSave([...entries.filter((e) => e.code !== d.code), entry]);
      close(d.code, { intent: "success", text: entry.months && entry.values ? t.mappingSaved : t.mappingPending });
    } catch (e) {
      fail(e);
    }
  };

  const remove = async (code: DataCode) => {
    try {
      await onSave(entries.filter((e) => e.code !== code));
      close(code, { intent: "success", text: t.mappingRemoved });
    } catch (e) {
      fail(e);
    }
  };

  const reset = async () => {
    try {
      await onReset();
      setDraft(null);
      setStatus({ intent: "success", text: t.detectionReset });
      setFocusAfter("title");
    } catch (e) {
      fail(e);
    }
  };

  return (
    <div className={styles.root} ref={root}>
      <Subtitle2 as="h2" tabIndex={-1} data-focus-key="title">
        {t.mappingTitle}
      </Subtitle2>
      <Caption1>{t.mappingHelp}</Caption1>
      <LiveRegion testId="mapping-mixed-region">
        {mixed && (
          <MessageBar intent="error" layout="multiline" data-testid="mapping-mixed">
            <MessageBarBody>{mixed}</MessageBarBody>
          </MessageBar>
        )}
      </LiveRegion>
      <LiveRegion testId="mapping-status">
        {status && (
          <MessageBar intent={status.intent} layout="multiline" data-testid="mapping-message">
            <MessageBarBody>{status.text}</MessageBarBody>
          </MessageBar>
        )}
      </LiveRegion>
      <ul className={styles.list} aria-label={t.mappingTitle} data-testid="mapping-table">
        {DATA_CODES.map((code) => {
          const found = detected.filter((s) => s.code === code);
          const manual = entries.find((e) => e.code === code);
          const label = mappingLabel(code, lang);
          const open = draft?.code === code;
          return (
            <li key={code} className={styles.row} data-testid={`mapping-${code}`}>
              <div className={styles.cell}>
                <Text className={styles.name}>{label}</Text>
                <Caption1 className={styles.muted}>{code}</Caption1>
                {found.map((s, i) => {
                  const cells = seriesCells(s);
                  return (
                    <Link key={i} onClick={() => onGoTo(s.source.sheet, cells.where)}>
                      {cells.text}
                      {s.vintage ? ` (${s.vintage})` : ""}
                    </Link>
                  );
                })}
                {found.length === 0 && !manual && <Caption1 className={styles.muted}>{t.notSet}</Caption1>}
                {manual && (
                  <Caption1 className={styles.muted} data-field={`${code}-manual`}>
                    {t.manual}: {t.months} {manual.months ? `${manual.sheet}!${manual.months}` : t.notSet} · {t.values}{" "}
                    {manual.values ? `${manual.sheet}!${manual.values}` : t.notSet}
                    {manual.vintage ? ` · ${manual.vintage}` : ""}
                  </Caption1>
                )}
                {manual && needsVintage(manual) && <Caption1 className={styles.warn}>{t.vintageMissing}</Caption1>}
              </div>
              <Button
                size="small"
                data-focus-key={`edit-${code}`}
                disabled={draft !== null && !open}
                aria-expanded={open}
                onClick={() => (open ? close(code, { intent: "info", text: t.editCancelled }) : edit(code))}
                aria-label={manual ? t.editMappingFor(label) : t.mapToFor(label)}
              >
                {manual ? t.editTarget : t.mapTo}
              </Button>
              {open && draft && (
                <MappingForm
                  draft={draft}
                  label={label}
                  removable={manual !== undefined}
                  onPart={(part: Part) => setDraft({ ...draft, part })}
                  onVintage={(v) => setDraft({ ...draft, entry: { ...draft.entry, vintage: v }, fromPlace: false, vintageRequired: false })}
                  onTake={() => void take(draft)}
                  onSave={() => void save(draft)}
                  onCancel={() => close(code, { intent: "info", text: t.editCancelled })}
                  onRemove={() => void remove(code)}
                />
              )}
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

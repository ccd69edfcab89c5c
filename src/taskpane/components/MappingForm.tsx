import { Button, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import type { Vintage } from "../../domain/evaluation";
import { useI18n } from "../i18n";
import type { ManualEntry } from "../mapping";

const useStyles = makeStyles({
  form: {
    gridColumn: "1 / -1",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  radios: { flexWrap: "wrap" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export type Part = "months" | "values";

/** One row's mapping being edited: the ranges and vintage chosen so far, which range the selection is for. */
export interface MappingDraft {
  code: ManualEntry["code"];
  entry: Partial<ManualEntry>;
  part: Part;
  /** The vintage was read from the place of the values (sheet name or label), not chosen. */
  fromPlace: boolean;
  /** Saving was refused for lack of a vintage: the choice is marked. */
  vintageRequired: boolean;
}

export interface MappingFormProps {
  draft: MappingDraft;
  label: string;
  /** The row has a saved mapping that can be removed. */
  removable: boolean;
  onPart(part: Part): void;
  onVintage(v: Vintage): void;
  onTake(): void;
  onSave(): void;
  onCancel(): void;
  onRemove(): void;
}

/**
 * The edit form of one row: which range the sheet's selection is for, the one "Auswahl übernehmen", the
 * vintage (shown as read from the sheet, else asked, never preset), Speichern / Abbrechen / Entfernen.
 * Esc cancels. Elements that take the focus back after an action carry `data-focus-key`.
 */
export function MappingForm({ draft, label, removable, onPart, onVintage, onTake, onSave, onCancel, onRemove }: MappingFormProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { entry, part } = draft;
  const shown = (range: string | undefined) => (range ? `${entry.sheet}!${range}` : t.notSet);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    e.preventDefault();
    e.stopPropagation();
    onCancel();
  };
  const hasBoth = Boolean(entry.months && entry.values);
  const vintageHint = draft.fromPlace && entry.vintage ? t.vintageFromPlace(entry.vintage) : hasBoth && !entry.vintage ? t.vintageAsk : undefined;
  return (
    <div className={styles.form} role="group" aria-label={label} onKeyDown={onKeyDown} data-testid={`mapping-form-${draft.code}`}>
      <Field label={t.selectionFor}>
        <RadioGroup className={styles.radios} layout="horizontal" value={part} onChange={(_, d) => onPart(d.value as Part)}>
          <Radio value="months" label={`${t.months}: ${shown(entry.months)}`} data-field={`${draft.code}-months`} />
          <Radio value="values" label={`${t.values}: ${shown(entry.values)}`} data-field={`${draft.code}-values`} />
        </RadioGroup>
      </Field>
      <div>
        <Button appearance="primary" data-focus-key="take" onClick={onTake} aria-label={t.takeSelectionFor(part === "months" ? t.months : t.values, label)}>
          {t.takeSelection}
        </Button>
      </div>
      <Field
        label={t.mappingVintage}
        validationState={draft.vintageRequired ? "error" : "none"}
        validationMessage={draft.vintageRequired ? t.vintageRequired : undefined}
        hint={vintageHint}
      >
        <RadioGroup
          className={styles.radios}
          layout="horizontal"
          value={entry.vintage ?? ""}
          onChange={(_, d) => onVintage(d.value as Vintage)}
          data-focus-key="vintage"
          data-testid={`mapping-vintage-${draft.code}`}
        >
          <Radio value="t-0" label={t.vintageT0} />
          <Radio value="t-3" label={t.vintageT3} />
        </RadioGroup>
      </Field>
      <div className={styles.buttons}>
        <Button size="small" onClick={onSave}>
          {t.save}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t.cancel}
        </Button>
        {removable && (
          <Button size="small" onClick={onRemove} aria-label={t.removeMappingFor(label)}>
            {t.removeTarget}
          </Button>
        )}
      </div>
    </div>
  );
}

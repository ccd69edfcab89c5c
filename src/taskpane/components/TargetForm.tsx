import { Button, Dropdown, Field, Input, Option, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { indicatorName, unitLabel } from "../../domain/display";
import { INDICATORS, type IndicatorCode } from "../../domain/indicators";
import type { Direction, Goal, Target, TargetUnit } from "../../domain/targets";
import { useI18n } from "../i18n";
import { formatDecimalInput, parseFormNumber } from "../model";
import { LOCALES } from "../../domain/messages/locale";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

const CODES = Object.keys(INDICATORS) as IndicatorCode[];
const UNITS: TargetUnit[] = ["percent", "points", "count"];

export interface TargetFormProps {
  initial: Target;
  onSubmit(t: Target): void;
  onCancel(): void;
  /** For a new target: the next free id of a goal (a K3 target becomes III.n); the id follows the indicator's goal until typed. */
  nextIdFor?(goal: Goal): string;
}

/**
 * Add or edit one target. Per cent and points are typed as numbers of per cent ("1,9"), stored as
 * fractions; every number is read in German form. Esc cancels; the first field gets the focus.
 */
export function TargetForm({ initial, onSubmit, onCancel, nextIdFor }: TargetFormProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [id, setId] = useState(initial.id);
  const [indicator, setIndicator] = useState<IndicatorCode>(initial.indicator);
  const [unit, setUnit] = useState<TargetUnit>(initial.unit);
  const [direction, setDirection] = useState<Direction>(initial.direction);
  const [valueText, setValueText] = useState(formatDecimalInput(initial.value, initial.unit !== "count", lang));
  const [wording, setWording] = useState(initial.wording);
  const [touched, setTouched] = useState(false);
  const [idTyped, setIdTyped] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const read = parseFormNumber(valueText, unit === "count" ? "count" : "decimal");
  const parsed = read.ok ? read.value : null;
  const reasonText = read.ok ? undefined : read.reason === "ambiguous" ? (unit === "count" ? t.ambiguousCount : t.ambiguousNumber) : read.reason === "notWhole" ? t.notWhole : t.invalidNumber;
  const valueError = touched ? reasonText : undefined;
  const chooseIndicator = (code: IndicatorCode) => {
    setIndicator(code);
    if (nextIdFor && !idTyped) setId(nextIdFor(INDICATORS[code].goal));
  };
  const dirLabel = (d: Direction) => (d === ">=" ? t.atLeast : t.atMost);

  const submit = () => {
    setTouched(true);
    if (parsed === null || id.trim() === "") return;
    // toPrecision drops binary noise: "0,35" must store 0.0035, not 0.0034999999999999996
    const value = unit === "count" ? parsed : Number((parsed / 100).toPrecision(12));
    const next: Target = { ...initial, id: id.trim(), goal: INDICATORS[indicator].goal, indicator, unit, direction, value, wording };
    if (indicator !== "GAP") delete next.gapMode;
    else next.gapMode = initial.gapMode ?? "signed";
    onSubmit(next);
  };

  return (
    <form
      className={styles.form}
      aria-label={t.editTarget}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        // Esc closes the form, unless it closes an open dropdown list first
        const open = (e.target as HTMLElement).getAttribute?.("aria-expanded") === "true";
        if (e.key === "Escape" && !open) {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <div className={styles.row}>
        <Field label={t.targetId} required>
          <Input
            ref={first}
            value={id}
            onChange={(_, d) => {
              setId(d.value);
              setIdTyped(true);
            }}
            size="small"
            style={{ width: "6em" }}
          />
        </Field>
        <Field label={t.indicator}>
          <Dropdown
            value={`${indicator} – ${indicatorName(indicator, lang)}`}
            selectedOptions={[indicator]}
            onOptionSelect={(_, d) => d.optionValue && chooseIndicator(d.optionValue as IndicatorCode)}
            size="small"
          >
            {CODES.map((c) => (
              <Option key={c} value={c} text={`${c} – ${indicatorName(c, lang)}`}>
                {`${c} – ${indicatorName(c, lang)}`}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={t.unit}>
          <Dropdown
            value={unitLabel(unit, lang)}
            selectedOptions={[unit]}
            onOptionSelect={(_, d) => d.optionValue && setUnit(d.optionValue as TargetUnit)}
            size="small"
          >
            {UNITS.map((u) => (
              <Option key={u} value={u}>
                {unitLabel(u, lang)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t.direction}>
          <Dropdown
            value={dirLabel(direction)}
            selectedOptions={[direction]}
            onOptionSelect={(_, d) => d.optionValue && setDirection(d.optionValue as Direction)}
            size="small"
          >
            {([">=", "<="] as const).map((d) => (
              <Option key={d} value={d}>
                {dirLabel(d)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field
          label={`${t.value} (${unit === "percent" ? "%" : unit === "points" ? LOCALES[lang].points : t.unitCount})`}
          hint={t.valueHint}
          validationMessage={valueError}
        >
          <Input value={valueText} onChange={(_, d) => setValueText(d.value)} onBlur={() => setTouched(true)} size="small" inputMode="decimal" />
        </Field>
      </div>
      <Field label={t.wording}>
        <Textarea value={wording} onChange={(_, d) => setWording(d.value)} resize="vertical" />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit">
          {t.save}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </div>
    </form>
  );
}

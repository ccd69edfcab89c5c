import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Vintage } from "../../domain/evaluation";
import { formatYearMonth, type YearMonth } from "../../domain/yearMonth";
import type { Jobcenter } from "../../workbook/types";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  month: { minWidth: "150px" },
  vintage: { minWidth: "90px" },
  jobcenter: { minWidth: "200px" },
});

export interface ReportControlsProps {
  months: YearMonth[];
  asOf: YearMonth | null;
  onAsOf(m: YearMonth): void;
  vintages: Vintage[];
  vintage: Vintage;
  onVintage(v: Vintage): void;
  jobcenters: Jobcenter[];
  jobcenterKey: string;
  onJobcenter(key: string): void;
}

export function jobcenterLabel(jc: Jobcenter, noKey: string): string {
  if (!jc.key && !jc.name) return noKey;
  return jc.key ? `${jc.name || jc.key} (${jc.key})` : jc.name;
}

/**
 * Report month, vintage and (when several) Jobcenter, as native selects (Fluent's light `Select`): they
 * are on the first screen, and a native select needs no popup, positioning or listbox code to load.
 */
export function ReportControls(p: ReportControlsProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const vintages: Vintage[] = p.vintages.length > 0 ? p.vintages : [p.vintage];
  return (
    <div className={styles.root}>
      <Field label={t.reportMonth}>
        <Select
          className={styles.month}
          data-testid="month-select"
          value={p.asOf ?? ""}
          onChange={(_, d) => d.value && p.onAsOf(d.value)}
          disabled={p.months.length === 0}
        >
          {p.months.map((m) => (
            <option key={m} value={m}>
              {formatYearMonth(m, lang)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.vintage} hint={t.vintageHint}>
        <Select
          className={styles.vintage}
          data-testid="vintage-select"
          value={p.vintage}
          onChange={(_, d) => d.value && p.onVintage(d.value as Vintage)}
          disabled={vintages.length < 2}
        >
          {vintages.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </Select>
      </Field>
      {p.jobcenters.length > 1 && (
        <Field label={t.jobcenter}>
          <Select className={styles.jobcenter} data-testid="jobcenter-select" value={p.jobcenterKey} onChange={(_, d) => p.onJobcenter(d.value)}>
            {p.jobcenters.map((j) => (
              <option key={j.key} value={j.key}>
                {jobcenterLabel(j, t.noJobcenter)}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}

import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
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

/** Report month, vintage and (when several) Jobcenter. */
export function ReportControls(p: ReportControlsProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const vintages: Vintage[] = p.vintages.length > 0 ? p.vintages : [p.vintage];
  const jc = p.jobcenters.find((j) => j.key === p.jobcenterKey);
  return (
    <div className={styles.root}>
      <Field label={t.reportMonth}>
        <Dropdown
          className={styles.month}
          data-testid="month-dropdown"
          value={p.asOf ? formatYearMonth(p.asOf, lang) : ""}
          selectedOptions={p.asOf ? [p.asOf] : []}
          onOptionSelect={(_, d) => d.optionValue && p.onAsOf(d.optionValue)}
          disabled={p.months.length === 0}
        >
          {p.months.map((m) => (
            <Option key={m} value={m}>
              {formatYearMonth(m, lang)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.vintage} hint={t.vintageHint}>
        <Dropdown
          className={styles.vintage}
          data-testid="vintage-dropdown"
          value={p.vintage}
          selectedOptions={[p.vintage]}
          onOptionSelect={(_, d) => d.optionValue && p.onVintage(d.optionValue as Vintage)}
          disabled={vintages.length < 2}
        >
          {vintages.map((v) => (
            <Option key={v} value={v}>
              {v}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {p.jobcenters.length > 1 && (
        <Field label={t.jobcenter}>
          <Dropdown
            className={styles.jobcenter}
            data-testid="jobcenter-dropdown"
            value={jc ? jobcenterLabel(jc, t.noJobcenter) : ""}
            selectedOptions={[p.jobcenterKey]}
            onOptionSelect={(_, d) => d.optionValue !== undefined && p.onJobcenter(d.optionValue)}
          >
            {p.jobcenters.map((j) => (
              <Option key={j.key} value={j.key}>
                {jobcenterLabel(j, t.noJobcenter)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
    </div>
  );
}

import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { DashReport } from "../../workbook/types";
import { useI18n } from "../i18n";

/**
 * In a hand-kept table `-` may mean "nothing" (0) or "no value": the pane shows how it is read and lets
 * the user switch. In BA exports `-` is always 0 (*nichts vorhanden*); that is stated, not switchable.
 */
export function DashReading({ report, onChange }: { report: DashReport; onChange(reading: "zero" | "missing"): void }) {
  const { t } = useI18n();
  if (report.own === 0) return null;
  return (
    <Field label={t.dashLabel(report.own)} hint={report.ba > 0 ? t.dashBaHint(report.ba) : undefined}>
      <RadioGroup value={report.reading} onChange={(_, d) => onChange(d.value === "zero" ? "zero" : "missing")} data-testid="dash-reading">
        <Radio value="missing" label={t.dashMissing} />
        <Radio value="zero" label={t.dashZero} />
      </RadioGroup>
    </Field>
  );
}

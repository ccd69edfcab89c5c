/** The readable table `zielmonitor evaluate` prints, per Jobcenter and goal. */
import { formatChange, formatLevel, indicatorName, type Lang } from "../domain/display";
import { formatYearMonth } from "../domain/yearMonth";
import type { EvaluatedJobcenter } from "../workbook/host";
import type { Evaluation, MonitoringEvaluation, Vintage } from "../domain/evaluation";
import { INDICATORS } from "../domain/indicators";
import { msg } from "../domain/messages";
import { formatPercent } from "../domain/numbers";
import type { PublishedCode } from "../domain/rolling";
import { CLI_COLUMNS, TARGET_COLUMNS, headerText } from "../workbook/outputs/targetColumns";

const head = (lang: Lang) => CLI_COLUMNS.map((id) => headerText(id, lang));

const monitoringHead = (lang: Lang) => (["col.monitoring", "col.indicator", "col.current", "col.previous", "col.change"] as const).map((c) => msg(c, undefined, lang));

function monitoringRow(m: MonitoringEvaluation, lang: Lang): string[] {
  const code = m.item.indicator;
  return [m.item.id, indicatorName(code, lang), formatLevel(code, m.current, lang), formatLevel(code, m.previous, lang), formatChange(m.changeUnit, m.change, lang)];
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
  const render = (r: string[]) => r.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  return [render(rows[0]), widths.map((w) => "─".repeat(w)).join("  "), ...rows.slice(1).map(render)].join("\n");
}

/** "Veröffentlichte Kennzahlen (gleitend): K1 +12,3 %, K2 20,43 %, …" – as BA Statistik publishes them for the report month. */
function rollingLine(rolling: Evaluation["rolling"], lang: Lang): string | null {
  const entries = Object.entries(rolling ?? {}) as [PublishedCode, number | null][];
  if (entries.length === 0) return null;
  const shown = entries.map(([code, v]) => {
    const label = msg("rolling.label", { code }, lang);
    if (v === null) return `${label} –`;
    // Quotas are levels (per cent with two decimals); K1, K1E1, K1E2 and K3 are changes against the same month a year earlier.
    return `${label} ${INDICATORS[code].kind === "quota" ? formatPercent(v, 2, false, lang) : formatPercent(v, 1, true, lang)}`;
  });
  return `${msg("rolling.title", undefined, lang)}: ${shown.join(", ")}`;
}

export function renderTextReport(jobcenters: EvaluatedJobcenter[], vintage: Vintage, lang: Lang, aggregate: Evaluation | null = null): string {
  const out: string[] = [];
  const monthVintage = (asOf: Evaluation["asOf"]) => msg("sheet.monthVintage", { month: formatYearMonth(asOf, lang), vintage }, lang);
  for (const { jobcenter, evaluation, targetsFor } of jobcenters) {
    const title = [jobcenter.name || msg("sheet.jobcenter", undefined, lang), jobcenter.key ? `(${jobcenter.key})` : ""].filter(Boolean).join(" ");
    const none = targetsFor === null;
    out.push(`${title} – ${monthVintage(evaluation.asOf)}`, "");
    for (const goal of ["II", "III"] as const) {
      const evals = evaluation.targets.filter((t) => t.target.goal === goal);
      if (evals.length === 0) continue;
      const rows = [head(lang), ...evals.map((e) => CLI_COLUMNS.map((id) => TARGET_COLUMNS[id].text(e, lang)))];
      out.push(msg("goal.heading", { goal }, lang), table(rows), "");
    }
    if (evaluation.monitoring.length > 0) {
      const rows = [monitoringHead(lang), ...evaluation.monitoring.map((m) => monitoringRow(m, lang))];
      out.push(none ? msg("agreement.noneFigures", undefined, lang) : msg("goal.monitoring", undefined, lang), table(rows), "");
    }
    const rolling = rollingLine(evaluation.rolling, lang);
    if (rolling) out.push(rolling, "");
  }
  if (aggregate && aggregate.monitoring.length > 0) {
    // All Jobcenters together: flows and stocks summed, quotas Σ integrations ÷ Σ average stock; not judged.
    const rows = [monitoringHead(lang), ...aggregate.monitoring.map((m) => monitoringRow(m, lang))];
    out.push(`${msg("figure.allJobcenters", undefined, lang)} – ${msg("sheet.reportMonth", undefined, lang)} ${formatYearMonth(aggregate.asOf, lang)}`, "", table(rows), "");
    const rolling = rollingLine(aggregate.rolling, lang);
    if (rolling) out.push(rolling, "");
  }
  return out.join("\n");
}

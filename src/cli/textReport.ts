/** The readable table `zielmonitor evaluate` prints, per Jobcenter and goal. */
import { formatChange, formatDistance, formatLevel, formatTarget, indicatorName, statusLabel, type Lang } from "../domain/display";
import { formatNumberDe } from "../domain/numbers";
import { formatYearMonth } from "../domain/yearMonth";
import type { EvaluatedJobcenter } from "../workbook/host";
import type { Evaluation, Vintage } from "../domain/evaluation";
import { INDICATORS } from "../domain/indicators";
import { msg } from "../domain/messages";
import { formatPercent } from "../domain/numbers";
import type { PublishedCode } from "../domain/rolling";

const head = (lang: Lang) => [
  ...(lang === "de"
    ? ["Ziel", "Indikator", "JFW", "Vorjahr", "Veränderung", "Zielwert", "Status", "unterj. Ziel"]
    : ["Target", "Indicator", "YTD", "Prev. year", "Change", "Target", "Status", "In-year target"]),
  msg("figure.distanceInYearShort", undefined, lang),
  msg("figure.attainment", undefined, lang),
  lang === "de" ? "Prognose Dez." : "Forecast Dec",
  msg("figure.remainingShort", undefined, lang),
];

/** A signed distance in the indicator's unit: "−9" integrations, "−0,26 Pp." of a quota, "+1.234 €". */
const MON_HEAD = {
  de: ["Monitoring", "Indikator", "JFW", "Vorjahr", "Veränderung"],
  en: ["Monitoring", "Indicator", "YTD", "Prev. year", "Change"],
};

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => rows.reduce((w, r) => Math.max(w, r[i].length), 0));
  const render = (r: string[]) => r.map((c, i) => (i >= 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  return [render(rows[0]), widths.map((w) => "─".repeat(w)).join("  "), ...rows.slice(1).map(render)].join("\n");
}

/** "Veröffentlichte Kennzahlen (rollierend): K1 +12,3 %, K2 20,43 %, …" – as BA Statistik publishes them for the report month. */
function rollingLine(rolling: Evaluation["rolling"], lang: Lang): string | null {
  const entries = Object.entries(rolling ?? {}) as [PublishedCode, number | null][];
  if (entries.length === 0) return null;
  const shown = entries.map(([code, v]) => {
    const label = code.replace("_F", lang === "de" ? " Frauen" : " women").replace("_M", lang === "de" ? " Männer" : " men");
    if (v === null) return `${label} –`;
    // Quotas are levels (per cent with two decimals); K1, K1E1, K1E2 and K3 are changes against the same month a year earlier.
    return `${label} ${INDICATORS[code].kind === "quota" ? formatPercent(v, 2, false, lang) : formatPercent(v, 1, true, lang)}`;
  });
  return `${msg("rolling.title", undefined, lang)}: ${shown.join(", ")}`;
}

export function renderTextReport(jobcenters: EvaluatedJobcenter[], vintage: Vintage, lang: Lang, aggregate: Evaluation | null = null): string {
  const out: string[] = [];
  for (const { jobcenter, evaluation, targetsFor } of jobcenters) {
    const title = [jobcenter.name || (lang === "de" ? "Jobcenter" : "Jobcentre"), jobcenter.key ? `(${jobcenter.key})` : ""].filter(Boolean).join(" ");
    const none = targetsFor === null;
    out.push(
      `${title} – ${lang === "de" ? "Berichtsmonat" : "report month"} ${formatYearMonth(evaluation.asOf, lang)}, ${lang === "de" ? "Wartezeit" : "vintage"} ${vintage}`,
      "",
    );
    for (const goal of ["II", "III"] as const) {
      const evals = evaluation.targets.filter((t) => t.target.goal === goal);
      if (evals.length === 0) continue;
      const rows = [head(lang)];
      for (const e of evals) {
        const code = e.target.indicator;
        const sf = e.shortfall
          ? `${formatNumberDe(e.shortfall.total, 0, lang)}${e.shortfall.perMonth !== null ? ` (${formatNumberDe(e.shortfall.perMonth, 1, lang)}/${lang === "de" ? "Mon." : "mo"})` : ""}`
          : "–";
        rows.push([
          e.target.id,
          indicatorName(code, lang),
          formatLevel(code, e.current, lang),
          formatLevel(code, e.previous, lang),
          formatChange(e.target.unit, e.change, lang),
          formatTarget(e.target, lang),
          statusLabel(e.status, lang) + (e.narrowlyMissed ? (lang === "de" ? " (knapp)" : " (narrowly)") : ""),
          formatLevel(code, e.inYearTarget, lang),
          formatDistance(code, e.distanceToInYearTarget ?? null, lang),
          e.attainment != null ? formatPercent(e.attainment, 1, false, lang) : "–",
          e.forecast.seasonal !== null ? `${formatLevel(code, e.forecast.seasonal, lang)} ${lang === "de" ? "saisonal" : "seasonal"}` : "–",
          sf,
        ]);
      }
      out.push(`${lang === "de" ? "Ziel" : "Goal"} ${goal}`, table(rows), "");
    }
    if (evaluation.monitoring.length > 0) {
      const rows = [MON_HEAD[lang]];
      for (const m of evaluation.monitoring) {
        const code = m.item.indicator;
        rows.push([
          m.item.id,
          indicatorName(code, lang),
          formatLevel(code, m.current, lang),
          formatLevel(code, m.previous, lang),
          formatChange(m.changeUnit, m.change, lang),
        ]);
      }
      out.push(none ? msg("agreement.noneFigures", undefined, lang) : `${lang === "de" ? "Ziel I (Monitoring)" : "Goal I (monitoring)"}`, table(rows), "");
    }
    const rolling = rollingLine(evaluation.rolling, lang);
    if (rolling) out.push(rolling, "");
  }
  if (aggregate && aggregate.monitoring.length > 0) {
    // All Jobcenters together: flows and stocks summed, quotas Σ integrations ÷ Σ average stock; not judged.
    const rows = [MON_HEAD[lang]];
    for (const m of aggregate.monitoring)
      rows.push([
        m.item.id,
        indicatorName(m.item.indicator, lang),
        formatLevel(m.item.indicator, m.current, lang),
        formatLevel(m.item.indicator, m.previous, lang),
        formatChange(m.changeUnit, m.change, lang),
      ]);
    out.push(
      `${msg("figure.allJobcenters", undefined, lang)} – ${lang === "de" ? "Berichtsmonat" : "report month"} ${formatYearMonth(aggregate.asOf, lang)}`,
      "",
      table(rows),
      "",
    );
    const rolling = rollingLine(aggregate.rolling, lang);
    if (rolling) out.push(rolling, "");
  }
  return out.join("\n");
}

/**
 * "Veröffentlichte Kennzahlen (gleitend)": the rolling monthly key figures of one Jobcenter as BA Statistik
 * and sgb2.info publish them (K1 … K3E1), beside the JFW, for the report month: value, unit and the months
 * each covers; "–" with the reason where the workbook lacks data, never 0. Loaded on demand (lazyParts).
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { indicatorName, publishedReason, type Lang } from "../../domain/display";
import type { IndicatorData, Vintage } from "../../domain/evaluation";
import { msg } from "../../domain/messages";
import { formatPercent } from "../../domain/numbers";
import { publishedFigures, type PublishedFigure } from "../../domain/rolling";
import { formatYearMonth, type YearMonth } from "../../domain/yearMonth";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  list: { margin: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  name: { overflowWrap: "anywhere" },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  detail: { margin: 0, gridColumn: "1 / -1", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  reason: { margin: 0, gridColumn: "1 / -1", color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

/** A quota as a level with two decimals ("12,71 %"), a change signed with one ("+5,0 %"), as the CLI prints them. */
export function rollingValue(f: PublishedFigure, lang: Lang): string {
  if (f.value === null) return "–";
  return f.kind === "quota" ? formatPercent(f.value, 2, false, lang) : formatPercent(f.value, 1, true, lang);
}

/** What the figure is and the months it covers: "Quote in %, 12 Monate · Integrationen Jul 2022 – Jun 2023, Ø Bestand …". */
export function rollingCovers(f: PublishedFigure, lang: Lang): string {
  const months =
    f.kind === "quota" && f.stockMonths
      ? msg("rolling.months.quota", { from: f.months.from, to: f.months.to, stockFrom: f.stockMonths.from, stockTo: f.stockMonths.to }, lang)
      : msg("rolling.months.change", { month: f.months.to, before: f.months.from }, lang);
  return `${msg(f.kind === "quota" ? "rolling.kind.quota" : "rolling.kind.change", undefined, lang)} · ${months}`;
}

/** Why there is no value (the report's words): see `publishedReason`. */
export const rollingReason = publishedReason;

export interface RollingFiguresProps {
  /** The selected Jobcenter's monthly data in the plan's vintage. */
  data: IndicatorData;
  month: YearMonth;
  vintage: Vintage;
}

export function RollingFigures({ data, month, vintage }: RollingFiguresProps) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const figures = useMemo(() => publishedFigures(data, month), [data, month]);
  return (
    <div className={styles.root} data-testid="rolling-figures">
      <Caption1>
        {msg("rolling.intro", undefined, lang)} {t.basedOn(formatYearMonth(month, lang), vintage)}
      </Caption1>
      <dl className={styles.list}>
        {figures.map((f) => {
          const reason = rollingReason(f, lang);
          return (
            <div key={f.code} className={styles.row} data-testid={`rolling-${f.code}`}>
              <dt className={styles.name}>{indicatorName(f.code, lang)}</dt>
              <dd className={styles.value} data-field="value">
                {rollingValue(f, lang)}
              </dd>
              <dd className={styles.detail} data-field="covers">
                {rollingCovers(f, lang)}
              </dd>
              {reason && (
                <dd className={styles.reason} data-field="reason">
                  {reason}
                </dd>
              )}
            </div>
          );
        })}
      </dl>
    </div>
  );
}

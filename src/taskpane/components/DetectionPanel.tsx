import { Badge, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { indicatorName } from "../../domain/display";
import type { DataCode } from "../../domain/indicators";
import type { Area } from "../../workbook/areas";
import { seriesCells } from "../seriesCells";
import type { DetectedSeries } from "../../workbook/types";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  // human label first, code (and vintage) second; the cells below on their own row, so the name keeps the
  // width at 320 px and wraps between words (hyphenated by the page's language), never inside one
  item: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS, alignItems: "baseline" },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "normal", wordBreak: "normal", hyphens: "auto" },
  code: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  // an address list has no words: it may break anywhere
  cells: { gridColumn: "1 / -1", justifySelf: "start", textAlign: "start", overflowWrap: "anywhere" },
  missing: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/** Which data was found where (click → exactly its cells in the sheet), and which needed data is missing. */
export function DetectionPanel({
  series,
  missing,
  onGoTo,
}: {
  series: readonly DetectedSeries[];
  missing: readonly DataCode[];
  onGoTo(sheet: string, where: string | readonly Area[]): void;
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  return (
    <div>
      <Subtitle2 as="h2">{t.foundSeries}</Subtitle2>
      <ul className={styles.list} data-testid="found-series">
        {series.map((s, i) => {
          const cells = seriesCells(s);
          return (
            <li key={`${s.code}-${s.vintage}-${i}`} className={styles.item}>
              <Text className={styles.name} data-field="name" lang={lang}>
                {indicatorName(s.code, lang)}
              </Text>
              <Text className={styles.code} data-field="code">
                {s.code}
                {s.vintage ? ` · ${s.vintage}` : ""}
              </Text>
              <Link className={styles.cells} onClick={() => onGoTo(s.source.sheet, cells.where)} title={`${t.source}: ${s.source.label}`}>
                {cells.text}
              </Link>
            </li>
          );
        })}
      </ul>
      {missing.length > 0 && (
        <>
          <Text weight="semibold" as="h3">
            {t.missingSeries}
          </Text>
          <div className={styles.missing} data-testid="missing-series">
            {missing.map((c) => (
              <Badge key={c} appearance="tint" color="warning" title={indicatorName(c, lang)}>
                {c}
              </Badge>
            ))}
          </div>
        </>
      )}
    </div>
  );
}

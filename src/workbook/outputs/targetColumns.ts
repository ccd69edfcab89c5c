/**
 * The columns of a target row, described once: the summary sheet, the report, the CLI table and the pane
 * each pick theirs from `TARGET_COLUMNS` and render the same header (a catalogue code), value, number format
 * and text. Pure and small (no workbook, no file library): the pane's first paint reads it.
 * Values are in the cell's scale (points as points); null is no value – blank or "–", never zero.
 */
import { formatChange, formatDistance, formatLevel, formatTarget, indicatorName, statusLabel, targetCell, unitLabel, type Lang } from "../../domain/display";
import type { TargetEvaluation } from "../../domain/evaluation";
import { msg, type Catalogue, type MessageCode } from "../../domain/messages";
import { formatNumberDe, formatPercent } from "../../domain/numbers";
import { formatYearMonth } from "../../domain/yearMonth";
import { changeDisplay, distanceDisplay, FMT, levelDisplay, shown } from "./cellFormats";
import { STATUS_COLORS } from "./colors";

/** Every column, in the sheets' order (see the writers' lists below). */
export const TARGET_COLUMN_IDS = [
  "id",
  "indicator",
  "agreement",
  "wording",
  "current",
  "previous",
  "change",
  "target",
  "unit",
  "status",
  "met",
  "inYearTarget",
  "forecast",
  "forecastSeasonal",
  "forecastLinear",
  "shortfall",
  "shortfallPerMonth",
  "distanceInYear",
  "attainment",
] as const;
export type TargetColumnId = (typeof TARGET_COLUMN_IDS)[number];

/** A catalogue code whose text takes no parameters (a header). */
export type FixedCode = { [K in MessageCode]: Catalogue[K] extends string ? K : never }[MessageCode];

export type CellValue = string | number | boolean | null;

export interface TargetColumn {
  id: TargetColumnId;
  /** The header of sheets and the CLI table. */
  header: FixedCode;
  /** The pane's longer label, where it differs from the header. */
  label?: (e: TargetEvaluation, lang: Lang) => string;
  /** The cell's value (display scale), or null: no value. */
  value: (e: TargetEvaluation, lang: Lang) => CellValue;
  /** Excel number format of the cell. */
  format?: (e: TargetEvaluation) => string;
  /** The value as text (CLI table, pane), "–" for no value. */
  text: (e: TargetEvaluation, lang: Lang) => string;
  /** What the value is measured in, where a card shows it beside the value ("Prozent", "Prozentpunkte"). */
  unit?: (e: TargetEvaluation, lang: Lang) => string;
  bold?: boolean;
  wrap?: boolean;
  fill?: (e: TargetEvaluation) => string;
  /** A card (the pane) leaves the field out rather than show "–" when this is false. */
  shownWhen?: (e: TargetEvaluation) => boolean;
}

const level = (pick: (e: TargetEvaluation) => number | null): Pick<TargetColumn, "value" | "format" | "text"> => ({
  value: (e) => shown(pick(e), levelDisplay(e.target.indicator)),
  format: (e) => levelDisplay(e.target.indicator).format,
  text: (e, lang) => formatLevel(e.target.indicator, pick(e), lang),
});

const wordingOf = (e: TargetEvaluation, lang: Lang) => e.target.wording || formatTarget(e.target, lang);
const statusText = (e: TargetEvaluation, lang: Lang) => statusLabel(e.status, lang) + (e.narrowlyMissed ? ` (${msg("status.narrowly", undefined, lang)})` : "");

function forecastText(e: TargetEvaluation, lang: Lang): string {
  const named = [
    [e.forecast.seasonal, "forecast.seasonal"],
    [e.forecast.linear, "forecast.linear"],
  ] as const;
  const parts = named.filter(([v]) => v !== null).map(([v, code]) => `${formatLevel(e.target.indicator, v, lang)} (${msg(code, undefined, lang)})`);
  return parts.length > 0 ? parts.join(" · ") : "–";
}

function shortfallText(e: TargetEvaluation, lang: Lang): string {
  const s = e.shortfall;
  if (!s) return "–";
  if (s.total <= 0) return msg("figure.noShortfall", undefined, lang);
  const per = s.perMonth !== null ? ` (${formatNumberDe(s.perMonth, 1, lang)} ${msg("figure.perMonth", undefined, lang)})` : "";
  return `${formatNumberDe(s.total, 0, lang)}${per}`;
}

export const TARGET_COLUMNS: Record<TargetColumnId, TargetColumn> = {
  id: { id: "id", header: "col.id", value: (e) => e.target.id, text: (e) => e.target.id, bold: true },
  indicator: {
    id: "indicator",
    header: "col.indicator",
    value: (e, lang) => indicatorName(e.target.indicator, lang),
    text: (e, lang) => indicatorName(e.target.indicator, lang),
  },
  agreement: {
    id: "agreement",
    header: "col.agreement",
    value: (e, lang) => `${indicatorName(e.target.indicator, lang)}: ${wordingOf(e, lang)}`,
    text: (e, lang) => `${indicatorName(e.target.indicator, lang)}: ${wordingOf(e, lang)}`,
    wrap: true,
  },
  wording: { id: "wording", header: "col.wording", value: wordingOf, text: wordingOf, wrap: true },
  current: {
    id: "current",
    header: "col.current",
    label: (e, lang) => msg("col.currentOf", { month: formatYearMonth(e.asOf, lang) }, lang),
    ...level((e) => e.current),
  },
  previous: { id: "previous", header: "col.previous", ...level((e) => e.previous) },
  change: {
    id: "change",
    header: "col.change",
    value: (e) => shown(e.change, changeDisplay(e.target.unit)),
    format: (e) => changeDisplay(e.target.unit).format,
    text: (e, lang) => formatChange(e.target.unit, e.change, lang),
    unit: (e, lang) => unitLabel(e.target.unit, lang),
  },
  // The target in its own precision (−0,25 % stays −0,25 %); as text with its direction ("≤ −0,25 %").
  target: {
    id: "target",
    header: "col.target",
    value: (e) => targetCell(e.target).value,
    format: (e) => targetCell(e.target).numberFormat,
    text: (e, lang) => formatTarget(e.target, lang),
  },
  unit: { id: "unit", header: "col.unit", value: (e, lang) => unitLabel(e.target.unit, lang), text: (e, lang) => unitLabel(e.target.unit, lang) },
  status: { id: "status", header: "col.status", value: statusText, text: statusText, bold: true, fill: (e) => STATUS_COLORS[e.status] },
  met: {
    id: "met",
    header: "col.met",
    value: (e) => e.met,
    text: (e, lang) => (e.met === null ? "–" : msg(e.met ? "word.yes" : "word.no", undefined, lang)),
  },
  inYearTarget: {
    id: "inYearTarget",
    header: "col.inYearTarget",
    label: (_, lang) => msg("col.inYearTargetLong", undefined, lang),
    ...level((e) => e.inYearTarget),
  },
  // Both forecasts by name in one text (CLI, pane); the sheets give each its own column.
  forecast: {
    id: "forecast",
    header: "col.forecast",
    label: (_, lang) => msg("col.forecastLong", undefined, lang),
    ...level((e) => e.forecast.seasonal),
    text: forecastText,
  },
  forecastSeasonal: { id: "forecastSeasonal", header: "col.forecastSeasonal", ...level((e) => e.forecast.seasonal) },
  forecastLinear: { id: "forecastLinear", header: "col.forecastLinear", ...level((e) => e.forecast.linear) },
  // What is still needed from the next month to December to reach the year's target.
  shortfall: {
    id: "shortfall",
    header: "figure.remainingShort",
    label: (_, lang) => msg("figure.remaining", undefined, lang),
    value: (e) => e.shortfall?.total ?? null,
    format: () => FMT.count,
    text: shortfallText,
    shownWhen: (e) => e.shortfall !== null,
  },
  shortfallPerMonth: {
    id: "shortfallPerMonth",
    header: "col.shortfallPerMonth",
    value: (e) => e.shortfall?.perMonth ?? null,
    format: () => FMT.perMonth,
    text: (e, lang) => (e.shortfall?.perMonth != null ? formatNumberDe(e.shortfall.perMonth, 1, lang) : "–"),
  },
  // The distance now to the in-year level (quotas in points): negative = behind the path.
  distanceInYear: {
    id: "distanceInYear",
    header: "col.distanceInYear",
    label: (_, lang) => msg("figure.distanceInYear", undefined, lang),
    value: (e) => shown(e.distanceToInYearTarget ?? null, distanceDisplay(e.target.indicator)),
    format: (e) => distanceDisplay(e.target.indicator).format,
    text: (e, lang) => formatDistance(e.target.indicator, e.distanceToInYearTarget ?? null, lang),
    shownWhen: (e) => e.distanceToInYearTarget != null,
  },
  // Degree of attainment of a count target: the JFW as a share of the agreed level (580 of 672 = 86,3 %).
  attainment: {
    id: "attainment",
    header: "figure.attainment",
    value: (e) => e.attainment ?? null,
    format: () => FMT.share,
    text: (e, lang) => (e.attainment != null ? formatPercent(e.attainment, 1, false, lang) : "–"),
    shownWhen: (e) => e.attainment != null,
  },
};

/**
 * The columns of each writer. All four keep one order for the figures from the JFW to the in-year target;
 * after it the sheets (summary, report) keep `TARGET_COLUMN_IDS`' order – the outlook (forecast, still
 * needed) before the distance, as the summary's formulas refer to their neighbours – while the text outputs
 * (CLI, pane) put the distance right beside the in-year target it is measured against.
 */
export const SUMMARY_COLUMNS: readonly TargetColumnId[] = [
  "id",
  "indicator",
  "wording",
  "current",
  "previous",
  "change",
  "target",
  "unit",
  "status",
  "met",
  "inYearTarget",
  "forecastSeasonal",
  "forecastLinear",
  "shortfall",
  "shortfallPerMonth",
  "distanceInYear",
  "attainment",
];
export const REPORT_COLUMNS: readonly TargetColumnId[] = [
  "id",
  "agreement",
  "current",
  "previous",
  "change",
  "target",
  "status",
  "inYearTarget",
  "forecastSeasonal",
  "shortfall",
  "attainment",
];
export const CLI_COLUMNS: readonly TargetColumnId[] = [
  "id",
  "indicator",
  "current",
  "previous",
  "change",
  "target",
  "status",
  "inYearTarget",
  "distanceInYear",
  "attainment",
  "forecast",
  "shortfall",
];
/** The pane's card: id, status and wording in its head, these as fields (the CLI's order). */
export const PANE_COLUMNS: readonly TargetColumnId[] = [
  "current",
  "previous",
  "change",
  "target",
  "inYearTarget",
  "distanceInYear",
  "attainment",
  "forecast",
  "shortfall",
];

export function headerText(id: TargetColumnId, lang: Lang): string {
  return msg(TARGET_COLUMNS[id].header, undefined, lang);
}

export function labelText(id: TargetColumnId, e: TargetEvaluation, lang: Lang): string {
  const c = TARGET_COLUMNS[id];
  return c.label ? c.label(e, lang) : msg(c.header, undefined, lang);
}

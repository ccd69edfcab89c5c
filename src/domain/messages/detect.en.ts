/** What the detector says about a workbook (English), typed against the German texts. */
import { formatYearMonth, type YearMonth } from "../yearMonth";
import type { detectDe } from "./detect.de";

const at = (sheet: string, cell: string) => `Sheet "${sheet}", cell ${cell}`;
const ym = (m: YearMonth) => formatYearMonth(m, "en");
const cells = (n: number) => (n === 1 ? "cell" : "cells");

export const detectEn: typeof detectDe = {
  "detect.place": (p) => `sheet "${p.sheet}", ${p.cell}`,
  "detect.notANumber": (p) => `${at(p.sheet, p.cell)}: "${p.text}" is not a number – the month counts as missing.`,
  "detect.twice": (p) =>
    `${p.code}${p.vintage ? ` (${p.vintage})` : ""}${p.jobcenter ? ` for ${p.jobcenter}` : ""} appears twice: ${p.first} ("${p.firstLabel}") and ${p.second} ("${p.secondLabel}"). The first is used; a mapping can change that.`,
  "detect.noSheet": (p) => `Mapping for ${p.code}: there is no sheet "${p.sheet}".`,
  "detect.mappingVintage": (p) =>
    `Mapping for ${p.name} (${p.code}, sheet "${p.sheet}", ${p.range}): vintage unknown – neither given nor named by the sheet or the label. The series is not read; state t-0 or t-3 (in the mapping file: "vintage").`,
  "detect.notAMonth": (p) => `${at(p.sheet, p.cell)}: "${p.text}" is not a month with a year.`,
  "detect.hiddenRows": (p) => `Sheet "${p.sheet}": hidden rows hold monthly values; they are included.`,
  "detect.nothing": "No monthly figures were recognised in the workbook (no column or row of months such as 'Jan 2023' next to an indicator).",
  "detect.excelError": (p) => `${at(p.sheet, p.cell)}: Excel error "${p.error}" instead of a value – the month counts as missing.`,
  "detect.negative": (p) => `${at(p.sheet, p.cell)}: ${p.code} is negative (${p.value}) – a count or sum cannot be negative; the month counts as missing.`,
  "detect.implausible": (p) => `${at(p.sheet, p.cell)}: ${p.code} = ${Number.isFinite(p.value) ? p.value.toExponential(2) : p.value} is not a plausible monthly value (10^12 or more, or not finite) – the month counts as missing; please check the value.`,
  "detect.mergedMonthLabel": (p) =>
    `${at(p.sheet, p.range)}: the month label "${p.label}" is merged over several rows – it belongs to the first row only; values in the other rows have no month and are not read.`,
  "detect.zeroStock": (p) => `${at(p.sheet, p.cell)}: ${p.code} stock of 0 – a quota with this denominator cannot be computed; please check the value.`,
  "detect.duplicateMonth": (p) =>
    `${at(p.sheet, p.cell)}: ${ym(p.month)} appears twice in this series (first in ${p.first}) – ${p.same ? "with the same value; it counts once" : "with different values; the month counts as missing"}.`,
  "detect.unordered": (p) =>
    `${at(p.sheet, p.cell)}: ${ym(p.month)} follows ${ym(p.after)} – the months are out of order. Each value counts for its month; please check the month labels.`,
  "detect.gap": (p) =>
    `${at(p.sheet, p.cell)}: ${ym(p.before)} is followed by ${ym(p.month)} – ${p.from === p.to ? `${ym(p.from)} is` : `${ym(p.from)} to ${ym(p.to)} are`} missing from the table.`,
  "detect.mergedValue": (p) =>
    `Sheet "${p.sheet}", cells ${p.range}: one value is merged across ${p.months} months – it is not assigned to any month, the months count as missing. Please unmerge and enter each month.`,
  "detect.dashBa": (p) => `Sheet "${p.sheet}": "-" in ${p.count} ${cells(p.count)} (first: ${p.first}) read as 0 – in BA statistics tables "-" means "none".`,
  "detect.dashOwn": (p) =>
    `Sheet "${p.sheet}": "-" in ${p.count} ${cells(p.count)} (first: ${p.first}) read as ${p.reading === "zero" ? '0 ("none", as in BA statistics)' : '"no value" (the month counts as missing)'}. The reading of "-" can be switched.`,
};

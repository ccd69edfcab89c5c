/** The report plan's notes (English), typed against the German texts. */
import { formatYearMonth, type YearMonth } from "../yearMonth";
import type { planDe } from "./plan.de";

const ym = (m: YearMonth) => formatYearMonth(m, "en");

export const planEn: typeof planDe = {
  "plan.vintageAbsent": (p) => `Vintage ${p.vintage} does not occur in the workbook (present: ${p.present}); only series without a vintage are evaluated.`,
  "plan.vintagesDiffer": (p) => `The agreements name different vintages (${p.named}); one is evaluated: ${p.chosen}.`,
  "plan.yearsDiffer": (p) => `The agreements are for different years (${p.years}); ${p.year} is evaluated.`,
  "plan.latestJudgeable": (p) =>
    `Report month ${ym(p.month)}: the latest month in which every target of every Jobcenter can be judged (later months are complete for ${p.later}).`,
  "plan.noCompleteMonth": (p) =>
    `No month of ${p.year} is complete${p.who ? ` (${p.who})` : ""} (vintage ${p.vintage}); evaluating ${ym(p.month)}, in which ${p.judgeable} of ${p.total} targets can be judged; missing values are listed one by one.`,
  "plan.noDataFor": (p) =>
    `The workbook holds no data for ${ym(p.month)} (vintage ${p.vintage}); months with data for ${p.year}: ${p.first && p.last ? `${ym(p.first)} to ${ym(p.last)}` : "none"}.`,
  "plan.outsideYear": (p) => `Report month ${ym(p.month)} is not in the target year ${p.year}.`,
  "plan.noData": (p) => `No month of ${p.year} has data (vintage ${p.vintage}).`,
  "plan.agreementFor": (p) => `The agreement is for ${p.jobcenter}; ${p.others}: no agreement (figures only, not judged).`,
  "plan.oneForAll": (p) =>
    `One agreement${p.jobcenter ? ` (${p.jobcenter})` : ""} for all ${p.count} Jobcenters of the workbook: each is judged against the same targets. A targets file per Jobcenter ("jobcenters") avoids that.`,
  "plan.noAgreement": (p) => `No agreement for ${p.jobcenters}: figures only, not judged.`,
  "plan.unusedSets": (p) => `Target sets for ${p.keys}: no such Jobcenter in the workbook.`,
  "plan.vintagesMixed": (p) =>
    `Vintages mixed: ${p.vintage} is evaluated, but ${p.list} comes from another vintage. Enter the series' vintage in the mapping or choose vintage ${p.other}.`,
  "plan.mixedSeries": (p) => `${p.name} (sheet "${p.sheet}", ${p.range}: ${p.other})`,
};

/** Texts of the published rolling key figures (English; typed against the German ones). */
import { shortMonth, type rollingDe } from "./rolling.de";

export const rollingEn: typeof rollingDe = {
  "rolling.intro": "Monthly values as BA Statistik and sgb2.info publish them – for comparison, not judged.",
  "rolling.kind.quota": "rate in %, 12 months",
  "rolling.kind.change": "change in % against the same month a year earlier",
  "rolling.months.quota": (p) =>
    `integrations ${shortMonth(p.from, "en")} – ${shortMonth(p.to, "en")}, mean stock ${shortMonth(p.stockFrom, "en")} – ${shortMonth(p.stockTo, "en")}`,
  "rolling.months.change": (p) => `${shortMonth(p.month, "en")} vs ${shortMonth(p.before, "en")}`,
};

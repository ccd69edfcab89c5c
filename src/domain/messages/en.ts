/** English texts; typed against the German catalogue, so every key must be here. */
import type { Catalogue } from "./de";

export const en: Catalogue = {
  "status.met": "met",
  "status.onTrack": "on track",
  "status.atRisk": "at risk",
  "status.missed": "not met",
  "status.noData": "no data",
  "status.monitoring": "monitoring",
  "legend.met": "Target met (December)",
  "legend.onTrack": "on track (in-year target met)",
  "legend.atRisk": "at risk (in-year target missed)",
  "legend.missed": "Target not met (December)",
  "legend.noData": "Data missing",
  "legend.monitoring": "Monitoring, not assessed",
  "agreement.none": "no agreement",
  "agreement.noneFigures": "no agreement – figures, not judged",
  "rolling.title": "Published key figures (rolling)",
  "figure.remaining": "Still needed by December",
  "figure.remainingShort": "Needed by Dec",
  "figure.perMonth": "per month",
  "figure.distanceInYear": "Distance to the in-year target",
  "figure.distanceInYearShort": "vs in-year target",
  "figure.attainment": "Degree of attainment",
  "figure.allJobcenters": "All Jobcenters together",
};

/** A found series as the detection reports it: its values and cells by month, its bounding range and its exact cell areas. */
import { cellAddress, rangeAddress } from "../areas";
import type { DetectedSeries, SeriesSource } from "../types";
import type { Found } from "./collector";

function source(f: Found): SeriesSource {
  const list = f.cells;
  const { top, left, bottom, right } = list.ownBounds();
  const source: SeriesSource = {
    sheet: f.sheet,
    range: rangeAddress(top, left, bottom, right),
    areas: list.areas(f.sheet),
    labelCell: cellAddress(f.labelCell.row, f.labelCell.col),
    label: f.label,
    cells: list.cellMap(),
  };
  if (f.mapped) source.mapped = true;
  return source;
}

export function toSeries(f: Found): DetectedSeries {
  return { code: f.code, jobcenter: f.jobcenter, vintage: f.vintage, values: f.cells.monthValues(), source: source(f) };
}

/** An explicit mapping: the series it names are read from the given cells and override the detector. */
import type { DataCode } from "../../domain/indicators";
import { ym } from "../../domain/yearMonth";
import type { Vintage } from "../../domain/evaluation";
import { a1, parseMonthLabel, parseVintage, type DashReading } from "../cells";
import { sheetVintage } from "./context";
import { rangeCells, type MappedSeries, type Mapping } from "../mapping";
import type { WorkbookData } from "../types";
import { newFound, type Collector } from "./collector";
import { Grid } from "./grid";
import { msg } from "./messages";
import { finish, readCell } from "./seriesReader";

/** The vintage a mapping without one takes from where its values stand: the label before them, or the sheet. */
function mappedVintage(grid: Grid, first: { row: number; col: number } | undefined, axis: "rows" | "cols"): Vintage | null {
  if (!first) return sheetVintage(grid);
  const label = axis === "rows" ? grid.text(first.row - 1, first.col) : grid.text(first.row, first.col - 1);
  return parseVintage(label) ?? sheetVintage(grid);
}

function readMapped(grid: Grid, m: MappedSeries, out: Collector, dash: DashReading): void {
  const monthCells = rangeCells(m.months);
  const valueCells = rangeCells(m.values);
  const axis = valueCells.length > 1 && valueCells[1].col !== valueCells[0].col ? "cols" : "rows";
  const reading = { grid, out, axis, dash, ba: false } as const;
  const f = newFound(m.code, m.jobcenter ?? "", m.vintage ?? mappedVintage(grid, valueCells[0], axis), grid.name, `Zuordnung ${m.values}`, valueCells[0]);
  monthCells.forEach((mc, i) => {
    const label = parseMonthLabel(grid.get(mc.row, mc.col), grid.format(mc.row, mc.col), true);
    if (label && label.year !== null) {
      readCell(reading, f, ym(label.year, label.month), valueCells[i].row, valueCells[i].col);
      return;
    }
    const text = grid.text(mc.row, mc.col);
    if (text !== "") out.cellProblem("warning", grid.name, mc.row, mc.col, msg.notAMonth(grid.name, a1(mc.row, mc.col), text));
  });
  finish(reading, f);
}

/** Reads the mapped series; returns the codes the mapping decides. */
export function applyMapping(wb: WorkbookData, mapping: Mapping, out: Collector, dash: DashReading): Set<DataCode> {
  const mapped = new Set<DataCode>();
  const grids = new Map<string, Grid>();
  for (const m of mapping.series) {
    const sheet = wb.sheets.find((s) => s.name === m.sheet);
    if (!sheet) {
      out.problems.push({ severity: "error", sheet: m.sheet, ...msg.noSheet(m.code, m.sheet) });
      continue;
    }
    let grid = grids.get(sheet.name);
    if (!grid) grids.set(sheet.name, (grid = new Grid(sheet)));
    readMapped(grid, m, out, dash);
    mapped.add(m.code);
  }
  return mapped;
}

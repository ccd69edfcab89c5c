/**
 * An explicit mapping: the series it names are read from the given cells and override the detector.
 * Every mapped series carries a vintage: its own (`"vintage"` in the mapping), else the one the label
 * before its values or its sheet names. A series whose vintage is nowhere to be found is not read – the
 * problem says so – since reading it under any vintage would be a guess.
 */
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

type Axis = "rows" | "cols";

function axisOf(valueCells: readonly { row: number; col: number }[]): Axis {
  return valueCells.length > 1 && valueCells[1].col !== valueCells[0].col ? "cols" : "rows";
}

/** The vintage the place of a mapped series names: the label before its values, or the sheet. */
function placeVintage(grid: Grid, valueCells: readonly { row: number; col: number }[]): Vintage | null {
  const first = valueCells[0];
  if (!first) return sheetVintage(grid);
  const label = axisOf(valueCells) === "rows" ? grid.text(first.row - 1, first.col) : grid.text(first.row, first.col - 1);
  return parseVintage(label) ?? sheetVintage(grid);
}

/**
 * The vintage the detector takes for values mapped at `values` on `sheet` when the mapping gives none
 * (the pane shows it before it asks); null: nothing there names one, the user has to say.
 */
export function vintageOfPlace(wb: WorkbookData, sheet: string, values: string): Vintage | null {
  const data = wb.sheets.find((s) => s.name === sheet);
  return data ? placeVintage(new Grid(data), rangeCells(values)) : null;
}

function readMapped(grid: Grid, m: MappedSeries, out: Collector, dash: DashReading): void {
  const monthCells = rangeCells(m.months);
  const valueCells = rangeCells(m.values);
  const vintage = m.vintage ?? placeVintage(grid, valueCells);
  if (vintage === null) {
    out.problems.push({ severity: "error", sheet: grid.name, cell: m.values, ...msg.mappingVintage(m.code, grid.name, m.values) });
    return;
  }
  const reading = { grid, out, axis: axisOf(valueCells), dash, ba: false } as const;
  const f = newFound(m.code, m.jobcenter ?? "", vintage, grid.name, `Zuordnung ${m.values}`, valueCells[0]);
  f.mapped = true;
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

/** Reads the mapped series; returns the codes the mapping decides (also those it could not read: never filled in by a guess). */
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

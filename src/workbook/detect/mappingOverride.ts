/**
 * An explicit mapping: the series it names are read from the given cells and override the detector.
 * Every mapped series carries a vintage: its own (`"vintage"` in the mapping), else the one the label
 * before its values or its sheet names. A series whose vintage is nowhere to be found is not read – the
 * problem says so – since reading it under any vintage would be a guess.
 */
import type { DataCode } from "../../domain/indicators";
import { ym } from "../../domain/yearMonth";
import type { Vintage } from "../../domain/evaluation";
import { cellAddress } from "../areas";
import { parseMonthLabel, parseVintage, type DashReading } from "../cells";
import { blockTitle, firstOf, sheetVintage } from "./context";
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

/** Text cells next to a series' first value, nearest first: up its column or left along its row (numbers end the label). */
function labelLines(grid: Grid, first: { row: number; col: number }, axis: Axis): string[] {
  const lines: string[] = [];
  for (let k = 1; k <= 3; k++) {
    const [r, c] = axis === "rows" ? [first.row - k, first.col] : [first.row, first.col - k];
    if (r < grid.top || c < grid.left || typeof grid.get(r, c) === "number") break;
    const t = grid.text(r, c);
    if (t !== "") lines.push(t);
  }
  return lines;
}

/**
 * The vintage the place of a mapped series names, as the detector reads a block: the series' own label
 * (header above a column, label left of a row), the month header and the block's title above, the sheet.
 */
function placeVintage(grid: Grid, monthCells: readonly { row: number; col: number }[], valueCells: readonly { row: number; col: number }[]): Vintage | null {
  const first = valueCells[0];
  if (!first) return sheetVintage(grid);
  const axis = axisOf(valueCells);
  const own = firstOf(labelLines(grid, first, axis), parseVintage);
  if (own) return own;
  // the title rows above the block, over the series' own column(s) and the one left of them
  const headerRow = axis === "rows" ? first.row - 1 : (monthCells[0]?.row ?? first.row - 1);
  const left = axis === "rows" ? first.col : Math.min(first.col, monthCells[0]?.col ?? first.col);
  const right = axis === "rows" ? first.col : valueCells[valueCells.length - 1].col;
  const header = axis === "cols" && monthCells[0] ? [grid.text(headerRow, grid.left)] : [];
  return firstOf([...header, ...blockTitle(grid, headerRow, left, right)], parseVintage) ?? sheetVintage(grid);
}

/**
 * The vintage the detector takes for values mapped at `values` on `sheet` when the mapping gives none
 * (the pane shows it before it asks); null: nothing there names one, the user has to say.
 */
export function vintageOfPlace(wb: WorkbookData, sheet: string, values: string, months?: string): Vintage | null {
  const data = wb.sheets.find((s) => s.name === sheet);
  return data ? placeVintage(new Grid(data), months ? rangeCells(months) : [], rangeCells(values)) : null;
}

function readMapped(grid: Grid, m: MappedSeries, out: Collector, dash: DashReading): void {
  const monthCells = rangeCells(m.months);
  const valueCells = rangeCells(m.values);
  const vintage = m.vintage ?? placeVintage(grid, monthCells, valueCells);
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
    if (text !== "") out.cellProblem("warning", grid.name, mc.row, mc.col, msg.notAMonth(grid.name, cellAddress(mc.row, mc.col), text));
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

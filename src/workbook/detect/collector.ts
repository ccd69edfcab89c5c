/**
 * What the strategies find, gathered in one place: series (merged when the same series continues in
 * another block or on another sheet), problems and the Jobcenters of keyed tables.
 */
import type { DataCode } from "../../domain/indicators";
import type { Vintage } from "../../domain/evaluation";
import { cellAddress } from "../areas";
import type { Problem } from "../types";
import { messageKey, msg } from "./messages";
import type { Message } from "../../domain/messages";
import { CellList } from "./cellList";

/** A series as a strategy reads it, before it becomes a DetectedSeries. */
export interface Found {
  code: DataCode;
  jobcenter: string;
  vintage: Vintage | null;
  sheet: string;
  label: string;
  labelCell: { row: number; col: number };
  /** Every month read, with its cell and value (also months without a value). */
  cells: CellList;
  /** Months (their index) that stand twice with different values: missing, whatever a later block says. */
  conflicts?: Set<number>;
  /** Read from an explicit mapping (the user's choice), not found by the detector. */
  mapped?: true;
}

export function newFound(
  code: DataCode,
  jobcenter: string,
  vintage: Vintage | null,
  sheet: string,
  label: string,
  labelCell: { row: number; col: number },
): Found {
  return { code, jobcenter, vintage, sheet, label, labelCell, cells: new CellList() };
}

/** Whether a later find clashes with an earlier one of the same key: a different value, or the same month on another sheet. */
function clashes(same: Found, f: Found): boolean {
  let differs = false;
  let twice = false;
  f.cells.forEach((m, _r, _c, _s, k) => {
    const at = same.cells.find(m);
    if (at < 0) return;
    twice = true;
    const a = same.cells.valueAt(at);
    const b = f.cells.valueAt(k);
    if (a === a && b === b && a !== b) differs = true;
  });
  return differs || (twice && same.sheet !== f.sheet);
}

export class Collector {
  readonly found: Found[] = [];
  readonly problems: Problem[] = [];
  readonly jobcenters = new Map<string, string>();
  /** Sheets whose hidden rows hold values that were read, with the first such cell (where the note points). */
  readonly hiddenUsed = new Map<string, string>();
  /** `-` signs read, per sheet and kind of table: how many, and the first cell. */
  readonly dashes = new Map<string, { sheet: string; table: "ba" | "own"; count: number; first: string }>();
  private readonly problemSeen = new Set<string>();
  /** The series added, by Jobcenter (a few dozen each: found by code and vintage without a key text per series). */
  private readonly byJobcenter = new Map<string, Found[]>();

  /** A problem about one cell, reported once however often the cell is read. */
  cellProblem(severity: Problem["severity"], sheet: string, row: number, col: number, text: { message: Message }): void {
    const key = `${sheet}!${row},${col}|${messageKey(text.message)}`;
    if (this.problemSeen.has(key)) return;
    this.problemSeen.add(key);
    this.problems.push({ severity, sheet, cell: cellAddress(row, col), ...text });
  }

  noteDash(sheet: string, cell: string, table: "ba" | "own"): void {
    const key = `${table}|${sheet}`;
    const seen = this.dashes.get(key);
    if (seen) seen.count++;
    else this.dashes.set(key, { sheet, table, count: 1, first: cell });
  }

  invalid(sheet: string, row: number, col: number, text: string): void {
    this.cellProblem("warning", sheet, row, col, msg.notANumber(sheet, cellAddress(row, col), text));
  }

  /** Adds a series, merging it with an earlier one of the same code, Jobcenter and vintage when their months don't clash. */
  add(f: Found): void {
    if (f.cells.size === 0) return;
    let list = this.byJobcenter.get(f.jobcenter);
    if (!list) this.byJobcenter.set(f.jobcenter, (list = []));
    const same = list.find((o) => o.code === f.code && o.vintage === f.vintage);
    if (!same) {
      this.found.push(f);
      list.push(f);
      return;
    }
    if (!clashes(same, f)) {
      // The same series continued: another block of the sheet, or another sheet (one sheet per year).
      f.cells.forEach((m, row, col, sheet, k) => {
        const v = f.cells.valueAt(k);
        // A month new to the series brings its cell; a month it has without a value (and no conflict) takes the value.
        const at = same.cells.find(m);
        if (at < 0) {
          same.cells.add(m, row, col, f.sheet === same.sheet ? sheet : f.sheet);
          same.cells.setValue(same.cells.size - 1, v);
        } else if (Number.isNaN(same.cells.valueAt(at)) && !same.conflicts?.has(m)) same.cells.setValue(at, v);
      });
      return;
    }
    const first = msg.place(same.sheet, cellAddress(same.labelCell.row, same.labelCell.col));
    const second = msg.place(f.sheet, cellAddress(f.labelCell.row, f.labelCell.col));
    this.problems.push({
      severity: "warning",
      sheet: f.sheet,
      cell: cellAddress(f.labelCell.row, f.labelCell.col),
      ...msg.twice(f.code, f.vintage ?? "", f.jobcenter ?? "", first, same.label, second, f.label),
    });
  }
}

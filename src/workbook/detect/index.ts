/**
 * Finds the monthly series of every indicator in a workbook, whatever its shape:
 * - months down the rows (./monthsDown): a month column; one column per indicator, or per year with
 *   month names only; header blocks of several lines and merged header cells; BA-style exports with a
 *   Jobcenter key, a name and a "Berichtsmonat" column (several Jobcenters in one table);
 * - months across the columns (./monthsAcross): a header row of months, one row per indicator, a block per year;
 * - an explicit mapping (./mappingOverride) overriding both for the codes it names;
 * - vintages (t-0 / t-3) named in a column header, a block title or the sheet name.
 * Each sheet is indexed once (./grid) and its month axes found in one walk (./axes); the orientation
 * with more month cells wins. Every data cell is read by one reader (./seriesReader). Notes above and
 * below a table are ignored; hidden rows are read like visible ones (they hold the user's data) and
 * reported as info. A series found twice keeps its first place (sheet order, then top-to-bottom,
 * left-to-right) and the second is reported as ambiguous.
 */
import type { DataCode } from "../../domain/indicators";
import type { Mapping } from "../mapping";
import type { DashReading } from "../cells";
import type { DashReport, Detection, Jobcenter, Problem, WorkbookData } from "../types";
import { findAxes, monthCount, type MonthTexts } from "./axes";
import { Collector } from "./collector";
import { Grid } from "./grid";
import { guessName } from "./jobcenterName";
import { applyMapping } from "./mappingOverride";
import { msg } from "./messages";
import { detectMonthsAcross } from "./monthsAcross";
import { detectMonthsDown } from "./monthsDown";
import { toSeries } from "./toSeries";

export { availableMonths, seriesOfJobcenter, toIndicatorData, vintagesOf } from "./queries";

export interface DetectOptions {
  mapping?: Mapping;
  /**
   * What `-` means in a hand-kept workbook: "missing" (no value, the default) or "zero" (nichts
   * vorhanden, as in BA statistics). In a BA export (a table keyed by Jobcenter) `-` is always 0.
   */
  dash?: DashReading;
}

const problemKey = (p: Problem): string => `${p.sheet}!${p.cell}|${p.message}`;

function detectSheet(grid: Grid, out: Collector, dash: DashReading, texts: MonthTexts): void {
  const { down, across } = findAxes(grid, texts);
  if (monthCount(down) >= monthCount(across)) detectMonthsDown(grid, down, out, dash);
  else detectMonthsAcross(grid, across, out, dash);
}

/** How `-` was read, as info per sheet, and in sum for the switch in the pane and the CLI. */
function dashReport(collectors: Collector[], dash: DashReading, problems: Problem[]): DashReport {
  const report: DashReport = { reading: dash, own: 0, ba: 0 };
  for (const c of collectors)
    for (const d of c.dashes.values()) {
      report[d.table] += d.count;
      const text = d.table === "ba" ? msg.dashBa(d.sheet, d.count, d.first) : msg.dashOwn(d.sheet, d.count, d.first, dash);
      problems.push({ severity: "info", sheet: d.sheet, cell: d.first, ...text });
    }
  return report;
}

export function detectIndicators(wb: WorkbookData, options?: DetectOptions): Detection {
  const dash = options?.dash ?? "missing";
  const out = new Collector();
  const mapped = options?.mapping ? applyMapping(wb, options.mapping, out, dash) : new Set<DataCode>();
  const detected = new Collector();
  const texts: MonthTexts = new Map();
  for (const sheet of wb.sheets) {
    if (sheet.values.length === 0) continue;
    detectSheet(new Grid(sheet), detected, dash, texts);
  }
  for (const sheet of wb.sheets) {
    const cell = out.hiddenUsed.get(sheet.name) ?? detected.hiddenUsed.get(sheet.name);
    if (cell) out.problems.push({ severity: "info", sheet: sheet.name, cell, ...msg.hiddenRows(sheet.name) });
  }
  // Without a mapping the detector's series are the result as they stand (each was added once already).
  if (mapped.size === 0 && out.found.length === 0) for (const f of detected.found) out.found.push(f);
  else for (const f of detected.found) if (!mapped.has(f.code)) out.add(f);
  // A cell read both by the mapping and by the detector is reported once.
  const said = new Set(out.problems.map(problemKey));
  for (const p of detected.problems) if (!said.has(problemKey(p))) out.problems.push(p);
  const dashes = dashReport([out, detected], dash, out.problems);
  for (const [k, v] of detected.jobcenters) if (!out.jobcenters.has(k)) out.jobcenters.set(k, v);

  const jobcenters: Jobcenter[] = Array.from(out.jobcenters, ([key, name]) => ({ key, name }));
  if (jobcenters.length === 0 && out.found.length > 0) jobcenters.push({ key: "", name: guessName(wb) });
  if (out.found.length === 0) out.problems.push({ severity: "error", ...msg.nothingFound() });
  return { jobcenters, series: out.found.map(toSeries), problems: out.problems, dashes };
}

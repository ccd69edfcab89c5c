/**
 * The live formulas of the summary sheet's target columns: each recomputes its figure with SGBII functions
 * from the data cells where they form one range, else from the cells beside it in the same row. The
 * writer wraps each in the blank guard (`guardBlanks`).
 */
import type { TargetEvaluation } from "../../domain/evaluation";
import type { DetectedSeries } from "../types";
import { changeFormula, flowFormulas, jfwFormulas, levelDisplay } from "./figureCells";
import { TARGET_COLUMNS, type TargetColumn, type TargetColumnId } from "./targetColumns";

export interface FormulaContext {
  series: DetectedSeries[];
  /** The A1 address of a column's cell in the same row. */
  at: (id: TargetColumnId) => string;
}

export type SheetColumn = TargetColumn & { formula?: (e: TargetEvaluation, ctx: FormulaContext) => string | null };

const FORMULAS: Partial<Record<TargetColumnId, SheetColumn["formula"]>> = {
  current: (e, { series }) => jfwFormulas(e.target.indicator, e.asOf, series, e.target.gapMode).current,
  previous: (e, { series }) => jfwFormulas(e.target.indicator, e.asOf, series, e.target.gapMode).previous,
  // The change recomputed from the data cells where they allow it, else from the two cells beside it.
  change: (e, { series, at }) => {
    if (e.change === null) return null;
    const [cur, prev] = [at("current"), at("previous")];
    const fromCells =
      e.target.unit === "percent"
        ? `=SGBII.CHANGE(${cur},${prev})`
        : e.target.unit === "points"
          ? levelDisplay(e.target.indicator).scale === 100
            ? `=SGBII.CHANGE(${cur},${prev},"pp")`
            : `=SGBII.CHANGE(${cur},${prev},"pp")*100`
          : `=${cur}-${prev}`;
    return changeFormula(e, series) ?? fromCells;
  },
  met: (e, { at }) => {
    if (e.met === null) return null;
    const dir = `"${e.target.direction}"`;
    if (e.target.unit === "count") return `=SGBII.TARGETMET(${at("current")},${at("inYearTarget")},${dir})`;
    if (e.target.unit === "points") return `=SGBII.TARGETMET(${at("change")}/100,${e.target.value},${dir})`;
    return `=SGBII.TARGETMET(${at("change")},${e.target.value},${dir})`;
  },
  forecastSeasonal: (e, { series }) => flowFormulas(e, series).forecast,
  shortfall: (e, { series }) => flowFormulas(e, series).shortfall,
};

/** The sheet's columns: the shared descriptions with their formulas. */
export function sheetColumns(ids: readonly TargetColumnId[]): SheetColumn[] {
  return ids.map((id) => ({ ...TARGET_COLUMNS[id], formula: FORMULAS[id] }));
}

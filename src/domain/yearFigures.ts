/**
 * One year's Jahresfortschrittswerte of an indicator, January … m for every m, as the evaluation of a
 * target asks for them (the JFW now and a year earlier, the path, last year's profile): the values come
 * from the series' running totals in one go; a month without one (a month missing, a zero denominator)
 * is asked of jfw once, which says why. Figures with their missing months are formed only when asked for.
 */
import type { IndicatorData } from "./evaluation";
import type { IndicatorCode } from "./indicators";
import { figure, formulaLacks, formulaOf, jfw, valueOf, yearValues, type Figure, type Formula, type JfwOptions } from "./jfw";
import { ok } from "./result";

export class YearFigures {
  /** values[m]: the JFW at m; NaN where the sums have none (jfw not yet asked), null where jfw fails. */
  private readonly values: (number | null)[];
  private figures: (Figure | undefined)[] | undefined;
  private readonly formula: Formula;

  constructor(
    private readonly data: IndicatorData,
    private readonly code: IndicatorCode,
    private readonly year: number,
    private readonly opts: JfwOptions,
  ) {
    this.formula = formulaOf(code, opts.gapMode);
    this.values = yearValues(data, this.formula, year, 12);
  }

  /** The JFW at `month` as a figure (ok, or failed with the months it lacks). */
  figure(month: number): Figure {
    const figures = (this.figures ??= new Array<Figure | undefined>(13));
    let f = figures[month];
    if (f === undefined) {
      const v = this.values[month];
      f = typeof v === "number" && v === v ? figure(ok(v)) : jfw(this.data, this.code, this.year, month, this.opts);
      figures[month] = f;
    }
    return f;
  }

  /** The JFW at `month`, null when it cannot be formed. */
  value(month: number): number | null {
    const v = this.values[month];
    // A month of data missing: no value, known without forming the figure that names it.
    if (v !== v) return (this.values[month] = formulaLacks(this.data, this.formula, this.year * 12, month) ? null : valueOf(this.figure(month)));
    return v;
  }
}

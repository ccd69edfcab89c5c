/** Targets are shown as agreed – in their own precision – in pane, CLI, sheets and report (one function each). */
import { formatTarget, targetCell } from "../../../src/domain/display";
import type { Target } from "../../../src/domain/targets";

type T = Pick<Target, "indicator" | "unit" | "direction" | "value">;
const t = (indicator: T["indicator"], unit: T["unit"], direction: T["direction"], value: number): T => ({ indicator, unit, direction, value });

describe("formatTarget", () => {
  it.each<[T, string, string]>([
    [t("K3", "percent", "<=", -0.0025), "≤ -0,25 %", "≤ -0.25 %"],
    [t("INT", "percent", ">=", 0.019), "≥ +1,9 %", "≥ +1.9 %"],
    [t("K2", "percent", ">=", 0), "≥ 0,0 %", "≥ 0.0 %"],
    [t("K2", "points", ">=", 0.001), "≥ +0,1 Pp.", "≥ +0.1 pp"],
    [t("GAP", "points", "<=", -0.0025), "≤ -0,25 Pp.", "≤ -0.25 pp"],
    [t("K3", "percent", "<=", -0.00125), "≤ -0,125 %", "≤ -0.125 %"],
    [t("INT", "count", ">=", 612), "Niveau ≥ 612", "level ≥ 612"],
    [t("INT", "count", ">=", 12400), "Niveau ≥ 12.400", "level ≥ 12,400"],
    [t("K2", "count", ">=", 0.21), "Niveau ≥ 21,0 %", "level ≥ 21.0 %"],
    [t("K3E1", "count", ">=", 0.125), "Niveau ≥ 12,5 %", "level ≥ 12.5 %"],
    [t("GAP", "count", "<=", 0.02), "Niveau ≤ 2,0 Pp.", "level ≤ 2.0 pp"],
  ])("%j → %s", (target, de, en) => {
    expect(formatTarget(target).replace("−", "-")).toBe(de);
    expect(formatTarget(target, "en").replace("−", "-")).toBe(en);
  });
});

describe("targetCell", () => {
  it.each<[T, number, string]>([
    [t("K3", "percent", "<=", -0.0025), -0.0025, "+0.00%;-0.00%;0.00%"],
    [t("INT", "percent", ">=", 0.019), 0.019, "+0.0%;-0.0%;0.0%"],
    [t("K2", "points", ">=", 0.001), 0.1, '+0.0" Pp.";-0.0" Pp.";0.0" Pp."'],
    [t("INT", "count", ">=", 612), 612, "#,##0"],
    [t("K2", "count", ">=", 0.215), 0.215, "0.0%"],
    [t("GAP", "count", "<=", 0.02), 2, '0.0" Pp."'],
  ])("%j", (target, value, numberFormat) => {
    const cell = targetCell(target);
    expect(cell.value).toBeCloseTo(value, 12);
    expect(cell.numberFormat).toBe(numberFormat);
  });
});

/** @jest-environment jsdom */
/**
 * The pane's chart of a target: which side is better for a "höchstens" target, and no negative zero.
 * A per-cent target on K3 (≤ −0,4 %), distance = JFW ÷ path − 1, worked by hand:
 * - January: 996 against the path's 996,04 → 996 ÷ 996,04 − 1 = −0,004 % → shown "0,0 %", never "-0,0 %";
 * - February: 990 against 995 → 990 ÷ 995 − 1 = −0,5025 % → "-0,5 %".
 * The largest distance 0,5025 % × 1,15 = 0,58 % is within the minimum band of ±2 %: the axis reads ±2,0 %.
 */
import { screen } from "@testing-library/react";
import type { PathPoint } from "../../src/domain/evaluation";
import type { Target } from "../../src/domain/targets";
import { TargetChart } from "../../src/taskpane/components/TargetChart";
import { renderInRoot } from "./fixtures";

const path: PathPoint[] = [
  { month: "2023-01", actual: 996, inYearTarget: 996.04 },
  { month: "2023-02", actual: 990, inYearTarget: 995 },
];
const atMost: Target = { id: "III.1", goal: "III", indicator: "K3", unit: "percent", direction: "<=", value: -0.004, wording: "" };
const atLeast: Target = { ...atMost, id: "III.2", indicator: "INT_LZB", direction: ">=", value: 0.023 };

const pointTitle = (month: string) => document.querySelector(`circle[data-month="${month}"] title`)?.textContent;

describe("TargetChart", () => {
  it("says for a höchstens target that lower is better, above the plot and in its name", () => {
    renderInRoot(<TargetChart target={atMost} path={path} />);
    const chart = screen.getByRole("img", { name: "Ziel III.1: Abstand zum unterjährigen Zielpfad je Monat (gestrichelt: Zielpfad) · besser: niedriger" });
    expect(chart.querySelector('[data-label="better"]')?.textContent).toBe("besser: niedriger ↓");
    // the label's row lies above the plot's top (the highest a point can be drawn)
    const labelY = Number(chart.querySelector('[data-label="better"]')?.getAttribute("y"));
    const topOfPlot = Math.min(...[...chart.querySelectorAll("circle")].map((c) => Number(c.getAttribute("cy"))), Number(chart.querySelector('[data-axis="max"]')?.getAttribute("y")) - 8);
    expect(labelY).toBeLessThan(topOfPlot);
    expect(chart.querySelector('[data-axis="max"]')?.textContent).toBe("+2,0 %");
    expect(chart.querySelector('[data-axis="min"]')?.textContent).toBe("-2,0 %");
  });

  it("shows a distance that rounds to zero as 0,0 %, never -0,0 %", () => {
    renderInRoot(<TargetChart target={atMost} path={path} />);
    expect(pointTitle("2023-01")).toBe("Januar 2023: JFW 996,0, Zielpfad 996,0, Abstand 0,0 %");
    expect(pointTitle("2023-02")).toBe("Februar 2023: JFW 990,0, Zielpfad 995,0, Abstand -0,5 %");
    expect(document.body.textContent).not.toMatch(/-0,0/);
  });

  it("a mindestens target keeps its name and shows no such label", () => {
    renderInRoot(<TargetChart target={atLeast} path={path} />);
    expect(screen.getByRole("img", { name: "Ziel III.2: Abstand zum unterjährigen Zielpfad je Monat (gestrichelt: Zielpfad)" })).toBeTruthy();
    expect(document.querySelector('[data-label="better"]')).toBeNull();
  });

  it("English", () => {
    renderInRoot(<TargetChart target={atMost} path={path} />, "en");
    expect(document.querySelector('[data-label="better"]')?.textContent).toBe("lower is better ↓");
    expect(pointTitle("2023-01")).toMatch(/distance 0\.0 %$|Distance 0\.0 %$|0\.0 %$/);
    expect(document.body.textContent).not.toMatch(/-0\.0/);
  });
});

/**
 * Checks of the task pane at Excel's narrowest width (320 px) in Chromium: nothing wider than the page
 * or its tab panel, tabs in one row, and axe-core without serious or critical violations. Screenshots
 * go to test-results/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";

export const PANE_WIDTH = 320;
export const RESULTS = resolve(__dirname, "..", "..", "test-results");
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Rules axe may report that are not ours to fix. Empty: every serious or critical finding fails the
 * test. (Fluent's TabList, Dropdown and Table produced none at the time of writing.)
 */
export const AXE_EXCLUDED_RULES: Record<string, string> = {};

/**
 * Elements axe does not look at, each a documented Fluent false positive:
 * - `[data-tabster-dummy]`: Tabster, Fluent v9's focus manager, puts invisible `<i tabindex="0"
 *   aria-hidden="true">` guards around focus groups to catch Tab and move focus on at once; axe reports
 *   them as "aria-hidden-focus" (serious), but they never keep the focus and are not content.
 */
export const AXE_EXCLUDED_ELEMENTS = ["[data-tabster-dummy]"];

export interface Fit {
  page: { scrollWidth: number; clientWidth: number };
  panel: { scrollWidth: number; clientWidth: number } | null;
  /** Top edge of each tab: one value when the tabs sit in one row. */
  tabRows: number;
  /** Elements whose right edge lies beyond the page (for the failure message). */
  wide: string[];
}

export async function measureFit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const d = document.documentElement;
    const panel = document.querySelector<HTMLElement>('[role="tabpanel"]');
    const tops = new Set([...document.querySelectorAll('[role="tablist"] [role="tab"]')].map((t) => Math.round(t.getBoundingClientRect().top)));
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((e) => e.getBoundingClientRect().right > d.clientWidth + 0.5)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}[${e.getAttribute("data-testid") ?? e.className.toString().slice(0, 20)}] right=${Math.round(e.getBoundingClientRect().right)}`);
    return {
      page: { scrollWidth: d.scrollWidth, clientWidth: d.clientWidth },
      panel: panel ? { scrollWidth: panel.scrollWidth, clientWidth: panel.clientWidth } : null,
      tabRows: tops.size,
      wide,
    };
  });
}

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core on the whole page; only serious and critical findings, minus the documented exclusions. */
export async function axeSerious(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  // A button just clicked is still fading to its hover colour (Fluent's 100 ms transition); on a loaded
  // machine axe otherwise measures the colour half-way and reports a contrast the user never sees.
  // Wait for every finite animation and transition to end (spinners run forever and are not waited for).
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity),
    null,
    { timeout: 10_000 },
  );
  const found = await page.evaluate(async (exclude) => {
    const axe = (window as unknown as { axe: { run(ctx: object, opts: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run({ include: [["body"]], exclude: exclude.map((e) => [e]) }, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  }, AXE_EXCLUDED_ELEMENTS);
  return found.filter((f) => (f.impact === "serious" || f.impact === "critical") && !(f.id in AXE_EXCLUDED_RULES));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
}

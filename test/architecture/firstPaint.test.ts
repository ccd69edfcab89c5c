/**
 * What the pane's first paint must not carry (issue 13: first-paint JavaScript ≤ 1.2 × a minimal Fluent
 * page, `npm run bench -- bundle`): modules that only later steps need stay behind a dynamic import().
 * Checked on the source: the static import closure of the entries (and of the Excel host, which the
 * first paint loads) must not reach them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { closure, SRC } from "./importGraph";

describe("the pane's first paint loads only what it shows", () => {
  it("Excel host: reading without the writers of outputs (they load with the first output)", () => {
    const host = closure("excel/OfficeHost.ts");
    expect(host.has("excel/readWorkbook.ts")).toBe(true);
    for (const writer of ["excel/writeLayout.ts", "excel/layoutQueue.ts", "excel/ownership.ts", "excel/highlights.ts", "excel/outputs.ts", "workbook/outputs/index.ts"])
      expect([writer, host.has(writer)]).toEqual([writer, false]);
  });

  it("pane: the shell reads the workbook; the engine, the detector and the figures' view load once there is a workbook", () => {
    const pane = closure("taskpane/index.tsx");
    for (const shell of ["taskpane/components/App.tsx", "taskpane/useWorkbookRead.ts", "taskpane/Root.tsx"]) expect([shell, pane.has(shell)]).toEqual([shell, true]);
    for (const later of [
      "taskpane/components/WorkbookView.tsx",
      "taskpane/useWorkbookModel.ts",
      "taskpane/engine.ts",
      "domain/evaluate.ts",
      "workbook/detect/index.ts",
      "workbook/reportPlan.ts",
      "workbook/evaluateWorkbook.ts",
      "workbook/outputs/targetColumns.ts",
    ])
      expect([later, pane.has(later)]).toEqual([later, false]);
    // and the view itself reaches them (the boundary is where the figures start)
    const view = closure("taskpane/components/WorkbookView.tsx");
    for (const used of ["taskpane/engine.ts", "domain/evaluate.ts", "workbook/detect/index.ts"]) expect([used, view.has(used)]).toEqual([used, true]);
  });

  it("theme: only the light one comes with the pane; the dark one is its own chunk", () => {
    for (const entry of ["taskpane/index.tsx", "functions/functions.ts"]) expect([entry, closure(entry).has("taskpane/darkTheme.ts")]).toEqual([entry, false]);
    expect(closure("taskpane/index.tsx").has("taskpane/theme.ts")).toBe(true);
  });

  it("sees static imports and skips type-only ones (the check is not blind)", () => {
    expect(closure("excel/OfficeHost.ts").has("excel/registries.ts")).toBe(true);
    // OfficeHost names the outputs only in a type and a dynamic import()
    expect(readFileSync(join(SRC, "excel/OfficeHost.ts"), "utf8")).toMatch(/import\(\s*\/\*[^*]*\*\/\s*"\.\/outputs"\)/);
  });
});

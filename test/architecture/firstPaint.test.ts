/**
 * What the pane's first paint must not carry (issue 13: first-paint JavaScript ≤ 1.2 × a minimal Fluent
 * page, `npm run bench -- bundle`): modules that only later steps need stay behind a dynamic import().
 * Checked on the source: the static import closure of the entries (and of the Excel host, which the
 * first paint loads) must not reach them.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const SRC = resolve(__dirname, "../../src");

/** Static relative imports of a file (`import`/`export … from`, not `import type`, not `import()`). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s)?[^;]*?from\s+["'](\.[^"']+)["']/g)) {
    if (m[2]) continue;
    const base = resolve(dirname(file), m[3]);
    const found = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find((p) => existsSync(p) && statSync(p).isFile());
    if (found) out.push(found);
  }
  // a side-effect import: import "./x";
  for (const m of text.matchAll(/(?:^|\n)\s*import\s+["'](\.[^"']+)["']/g)) {
    const base = resolve(dirname(file), m[1]);
    const found = [`${base}.ts`, `${base}.tsx`, base].find((p) => existsSync(p) && statSync(p).isFile());
    if (found) out.push(found);
  }
  return out;
}

/** Every file of src/ a file reaches through static imports, relative to src/. */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [resolve(SRC, entry)];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...staticImports(f));
  }
  return new Set([...seen].map((f) => relative(SRC, f)));
}

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

/**
 * @jest-environment jsdom
 *
 * A manual mapping carries its vintage, and vintages never mix in one evaluation: a range mapped onto the
 * t-3 sheet while t-0 is evaluated is refused with the report plan's message – the same in the CLI
 * (mapping file) and in the pane (mapping saved in the workbook). Mapping the code in both vintages, or
 * evaluating t-3, is no mix.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { act, renderHook, waitFor } from "@testing-library/react";
import { runEvaluateCommand } from "../../src/cli/evaluateCommand";
import { text } from "../../src/domain/messages";
import { DUEREN_2023 } from "../../src/domain/targets";
import { realEngine } from "../../src/taskpane/engine";
import { useWorkbookModel } from "../../src/taskpane/useWorkbookModel";
import { detectIndicators } from "../../src/workbook/detect";
import { parseMapping, type Mapping } from "../../src/workbook/mapping";
import { reportPlan } from "../../src/workbook/reportPlan";
import type { WorkbookData } from "../../src/workbook/types";
import { readXlsxFile } from "../../src/xlsx/readXlsxFile";
import { tempDir } from "../cli/harness";
import { FakeHost } from "../taskpane/fixtures";

const g = globalThis as { TextDecoder?: unknown };
g.TextDecoder ??= NodeTextDecoder;

const SAMPLE = join(__dirname, "../../samples/kreis-dueren-2021-2023.xlsx");
// The sample's integrations stand on "Integrationen t-0" and "Integrationen t-3", B6:B41 (Jan 2021 … Dez 2023).
const ONTO_T3 = { code: "INT", sheet: "Integrationen t-3", months: "A6:A41", values: "B6:B41" };
const MIXED_DE =
  "Wartezeiten gemischt: ausgewertet wird t-0, aber Integrationen (Blatt „Integrationen t-3“, B6:B41: t-3) stammt aus einer anderen Wartezeit. " +
  "Tragen Sie in der Zuordnung die Wartezeit der Reihe ein oder wählen Sie die Wartezeit t-3.";

function mapping(...series: object[]): Mapping {
  const m = parseMapping({ version: 1, series });
  if (!m.ok) throw new Error(text(m.error.message));
  return m.value;
}

let workbook: WorkbookData;
beforeAll(async () => {
  workbook = await readXlsxFile(SAMPLE);
});

const single = { kind: "single", set: DUEREN_2023 } as const;

describe("the report plan and a manual mapping's vintage", () => {
  it("refuses t-0 when integrations are mapped onto the t-3 sheet (vintage taken from the sheet's name)", () => {
    const detection = detectIndicators(workbook, { mapping: mapping(ONTO_T3) });
    const int = detection.series.filter((s) => s.code === "INT");
    expect(int.map((s) => [s.vintage, s.source.sheet, s.source.mapped])).toEqual([["t-3", "Integrationen t-3", true]]);
    const plan = reportPlan(detection, single, { vintage: "t-0" });
    expect(plan.asOf).toBeNull();
    const mixed = plan.problems.filter((p) => p.message.code === "plan.vintagesMixed");
    expect(mixed.map((p) => [p.severity, p.sheet, p.cell, text(p.message)])).toEqual([["error", "Integrationen t-3", "B6:B41", MIXED_DE]]);
  });

  it("refuses it just as much when the mapping names t-3 itself on a sheet that says nothing", () => {
    const renamed: WorkbookData = { sheets: workbook.sheets.map((s) => (s.name === "Integrationen t-3" ? { ...s, name: "Eigene" } : s)) };
    const detection = detectIndicators(renamed, { mapping: mapping({ ...ONTO_T3, sheet: "Eigene", vintage: "t-3" }) });
    const plan = reportPlan(detection, single, { vintage: "t-0" });
    expect(plan.asOf).toBeNull();
    expect(plan.problems.filter((p) => p.message.code === "plan.vintagesMixed").map((p) => text(p.message))).toEqual([
      MIXED_DE.replace("Blatt „Integrationen t-3“", "Blatt „Eigene“"),
    ]);
  });

  it("evaluates t-3 with that mapping, and t-0 once integrations are mapped in t-0 as well", () => {
    const onlyT3 = detectIndicators(workbook, { mapping: mapping(ONTO_T3) });
    const t3 = reportPlan(onlyT3, single, { vintage: "t-3" });
    expect(t3.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(t3.asOf).toBe("2023-12");
    const both = detectIndicators(workbook, { mapping: mapping(ONTO_T3, { ...ONTO_T3, sheet: "Integrationen t-0" }) });
    const t0 = reportPlan(both, single, { vintage: "t-0" });
    expect(t0.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(t0.asOf).toBe("2023-12");
    // the t-0 evaluation reads the t-0 integrations: December 2023 of the t-0 sheet
    const int = t0.jobcenters[0].data.INT!;
    const sheetT0 = workbook.sheets.find((s) => s.name === "Integrationen t-0")!;
    const dec = sheetT0.values[40 - sheetT0.origin.row][1 - sheetT0.origin.col];
    expect(int.get("2023-12")).toBe(dec);
  });

  it("is the same refusal in the CLI (mapping file) and in the pane (mapping saved in the workbook)", async () => {
    const dir = tempDir("zm-vintage-");
    const file = join(dir, "zuordnung.json");
    writeFileSync(file, JSON.stringify({ version: 1, series: [ONTO_T3] }));
    let stderr = "";
    const code = await runEvaluateCommand([SAMPLE, "--mapping", file, "--vintage", "t-0"], { stdout: () => undefined, stderr: (t) => (stderr += t) });
    expect(code).toBe(1);
    expect(stderr).toContain(MIXED_DE);

    const host = new FakeHost(workbook);
    host.settings.set("zielmonitor.mapping", { version: 1, series: [{ ...ONTO_T3, vintage: "t-3" }] });
    const { result } = renderHook(() => useWorkbookModel(host, realEngine));
    await waitFor(() => expect(result.current.phase).toBe("ready"));
    await waitFor(() => expect(result.current.plan).not.toBeNull());
    act(() => result.current.setVintage("t-0"));
    await waitFor(() => expect(result.current.plan?.vintage).toBe("t-0"));
    const pane = result.current.plan!;
    expect(pane.asOf).toBeNull();
    expect(pane.problems.filter((p) => p.message.code === "plan.vintagesMixed").map((p) => text(p.message))).toEqual([MIXED_DE]);
  });

  it("does not use a mapping saved without a vintage: it is asked again, never guessed", async () => {
    const host = new FakeHost(workbook);
    // saved by an older version: no vintage, though the sheet's name says t-3
    host.settings.set("zielmonitor.mapping", { version: 1, series: [ONTO_T3] });
    const { result } = renderHook(() => useWorkbookModel(host, realEngine));
    await waitFor(() => expect(result.current.phase).toBe("ready"));
    expect(result.current.mapping).toEqual({ version: 1, series: [], pending: [ONTO_T3] });
    const int = result.current.detection!.series.filter((s) => s.code === "INT");
    expect(int.map((s) => [s.vintage, s.source.mapped ?? false])).toEqual([
      ["t-0", false],
      ["t-3", false],
    ]);
  });
});

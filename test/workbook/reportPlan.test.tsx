/**
 * @jest-environment jsdom
 *
 * The one report plan: the CLI (flags) and the task pane (the user's choices) pick the same month,
 * vintage and statuses for every sample; the default month is the latest in which every target can be
 * judged; a month without data is refused; vintages never mix; each Jobcenter is judged against its own
 * agreement or none.
 */
import { join } from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { renderHook, waitFor } from "@testing-library/react";
import { readXlsxFile } from "../../src/xlsx/readXlsxFile";
import { runEvaluateCommand } from "../../src/cli/evaluateCommand";
import { DUEREN_2023, type TargetSet } from "../../src/domain/targets";
import { ym } from "../../src/domain/yearMonth";
import { realEngine } from "../../src/taskpane/engine";
import { useWorkbookModel } from "../../src/taskpane/useWorkbookModel";
import { evaluateDetection } from "../../src/workbook/evaluateWorkbook";
import { reportPlan } from "../../src/workbook/reportPlan";
import type { DetectedSeries, Detection } from "../../src/workbook/types";
import { SAMPLE_NAMES } from "../../scripts/samples/series";
import { FakeHost } from "../taskpane/fixtures";
import { text } from "../../src/domain/messages";

// jsdom (needed for the pane's hook) has no TextDecoder; the .xlsx reader uses Node's.
const g = globalThis as { TextDecoder?: unknown };
g.TextDecoder ??= NodeTextDecoder;

async function cliJson(file: string): Promise<{ asOf: string | null; vintage: string; jobcenters: { key: string; targets: { id: string; status: string }[] }[] }> {
  let out = "";
  await runEvaluateCommand([file, "--json"], { stdout: (t) => (out += t), stderr: () => undefined });
  return JSON.parse(out);
}

describe.each(SAMPLE_NAMES)("sample %s: the pane and the CLI pick the same", (name) => {
  it("report month, vintage, Jobcenters and statuses", async () => {
    const file = join(__dirname, "../../samples", `${name}.xlsx`);
    const cli = await cliJson(file);
    const host = new FakeHost(await readXlsxFile(file));
    const { result } = renderHook(() => useWorkbookModel(host, realEngine));
    await waitFor(() => expect(result.current.phase).toBe("ready"));
    await waitFor(() => expect(result.current.asOf).not.toBeNull());
    const pane = result.current;
    expect(pane.asOf).toBe(cli.asOf);
    expect(pane.vintage).toBe(cli.vintage);
    expect(pane.jobcenters.map((j) => j.key)).toEqual(cli.jobcenters.map((j) => j.key));
    const paneStatuses = pane.jobcenters.length > 1 ? pane.all.map((r) => r.evaluation?.targets.map((t) => [t.target.id, t.status])) : [pane.evaluation?.targets.map((t) => [t.target.id, t.status])];
    expect(paneStatuses).toEqual(cli.jobcenters.map((j) => j.targets.map((t) => [t.id, t.status])));
  });
});

// ── hand-made detections ────────────────────────────────────────────────────────────────────────────

function months(from: number, toYear: number, toMonth: number, value: (y: number, m: number) => number): Map<string, number> {
  const out = new Map<string, number>();
  for (let y = from; y <= toYear; y++) for (let m = 1; m <= (y === toYear ? toMonth : 12); m++) out.set(ym(y, m), value(y, m));
  return out;
}

function seriesOf(code: DetectedSeries["code"], jobcenter: string, values: Map<string, number>, sheet = "Daten", vintage: DetectedSeries["vintage"] = null): DetectedSeries {
  return { code, jobcenter, vintage, values, source: { sheet, range: "B2:B40", labelCell: "B1", label: code, cells: new Map() } };
}

/** Integrations only, 2022 complete and 2023 up to `last` month. */
function intOnly(key: string, last: number, sheet = "Daten", vintage: DetectedSeries["vintage"] = null): DetectedSeries {
  return seriesOf("INT", key, months(2022, 2023, last, () => 100), sheet, vintage);
}

const II1: TargetSet = { ...DUEREN_2023, jobcenter: undefined, targets: [DUEREN_2023.targets[0]], monitoring: [] };

describe("reportPlan", () => {
  const detection: Detection = {
    jobcenters: [
      { key: "05358", name: "Kreis Düren" },
      { key: "05366", name: "Kreis Euskirchen" },
    ],
    series: [intOnly("05358", 9), intOnly("05366", 7)],
    problems: [],
  };

  it("proposes the latest month in which every target of every Jobcenter can be judged, and says who could go further", () => {
    const plan = reportPlan(detection, { kind: "single", set: II1 });
    // Düren is complete to September, Euskirchen to July: July is the latest month both can be judged.
    expect(plan.asOf).toBe("2023-07");
    expect(plan.defaultMonth).toBe("2023-07");
    expect(plan.months).toEqual(["2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08", "2023-09"]);
    expect(plan.problems.some((p) => p.severity === "warning" && text(p.message).includes("Kreis Düren"))).toBe(true);
  });

  it("takes the chosen month and refuses one without data, naming the months there are", () => {
    expect(reportPlan(detection, { kind: "single", set: II1 }, { month: "2023-09" }).asOf).toBe("2023-09");
    for (const month of ["1999-01", "2031-01"]) {
      const plan = reportPlan(detection, { kind: "single", set: II1 }, { month });
      expect(plan.asOf).toBeNull();
      const err = plan.problems.find((p) => p.severity === "error")!;
      expect(text(err.message)).toContain("keine Daten");
      expect(text(err.message)).toContain("Januar 2023 bis September 2023");
    }
  });

  it("the CLI exits 1 with a message for a month without data", async () => {
    const file = join(__dirname, "../../samples/kreis-dueren-2021-2023.xlsx");
    for (const month of ["1999-01", "2031-01"]) {
      let err = "";
      const code = await runEvaluateCommand([file, "--month", month], { stdout: () => undefined, stderr: (t) => (err += t) });
      expect(code).toBe(1);
      expect(err).toContain("enthält die Mappe keine Daten");
    }
  });

  it("the CLI takes one targets file per Jobcenter and names per Jobcenter whose targets were applied", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(join(tmpdir(), "zm-targets-"));
    const file = join(dir, "ziele.json");
    const dueren = { year: 2023, targets: [{ id: "II.1", indicator: "INT", unit: "percent", direction: ">=", value: 0.019, wording: "" }] };
    const aachen = { year: 2023, targets: [{ id: "II.1", indicator: "INT", unit: "count", direction: ">=", value: 7000, wording: "" }] };
    writeFileSync(file, JSON.stringify({ jobcenters: { "05358": dueren, "05334": aachen } }));
    let out = "";
    const code = await runEvaluateCommand([join(__dirname, "../../samples/ba-export-mehrere-jobcenter.xlsx"), "--json", "--targets", file], {
      stdout: (t) => (out += t),
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    const json = JSON.parse(out) as { jobcenters: { key: string; targetsFor: string | null; targets: { unit: string }[]; rolling: Record<string, number> }[]; all: { figures: unknown[] } | null };
    expect(json.jobcenters.map((j) => [j.key, j.targetsFor, j.targets.map((t) => t.unit)])).toEqual([
      ["05358", "05358", ["percent"]],
      ["05334", "05334", ["count"]],
      ["05366", null, []],
      ["05370", null, []],
    ]);
    expect(Object.keys(json.jobcenters[0].rolling)).toEqual(["K1", "K1E1", "K1E2", "K2", "K2_F", "K2_M", "K3", "K3E1"]);
    expect(json.all?.figures.length).toBeGreaterThan(0);
  });

  it("judges each Jobcenter against its own agreement, and one without an agreement not at all", () => {
    const lower: TargetSet = { ...II1, targets: [{ ...II1.targets[0], value: -0.5 }] };
    const r = evaluateDetection(detection, { kind: "byJobcenter", sets: { "5358": lower } }, { month: "2023-06" });
    const [dueren, eusk] = r.jobcenters;
    // The key "5358" lost its leading zero in the file and still finds 05358.
    expect(dueren.targetsFor).toBe("5358");
    expect(dueren.evaluation.targets.map((t) => t.status)).toEqual(["onTrack"]);
    expect(eusk.targetsFor).toBeNull();
    expect(eusk.evaluation.targets).toEqual([]);
    // Its figures are shown: Σ Jan–Jun 2023 = 600 integrations against 600.
    expect(eusk.evaluation.monitoring.map((m) => [m.item.indicator, m.current, m.previous])).toEqual([["INT", 600, 600]]);
    expect(r.problems.some((p) => text(p.message).includes("Keine Zielvereinbarung für Kreis Euskirchen"))).toBe(true);
  });

  it("applies a single agreement that names one of several Jobcenters to that one only", () => {
    const r = evaluateDetection(detection, { ...II1, jobcenter: "Jobcenter Kreis Düren" }, { month: "2023-06" });
    expect(r.jobcenters.map((j) => [j.targetsFor, j.evaluation.targets.length])).toEqual([
      ["05358", 1],
      [null, 0],
    ]);
  });

  it("refuses to mix vintages: a series without a vintage on the t-3 sheet is not read under t-0", () => {
    const d: Detection = {
      jobcenters: [],
      series: [intOnly("", 6, "Integrationen t-0", "t-0"), seriesOf("ELB", "", months(2021, 2023, 6, () => 1000), "Integrationen t-3")],
      problems: [],
    };
    const plan = reportPlan(d, { kind: "single", set: DUEREN_2023 }, { vintage: "t-0" });
    expect(plan.asOf).toBeNull();
    const err = plan.problems.find((p) => p.severity === "error")!;
    expect(text(err.message)).toContain("Wartezeiten gemischt");
    expect(text(err.message)).toContain("Erwerbsfähige Leistungsberechtigte (eLb)");
    expect(text(err.message)).toContain("„Integrationen t-3“");
    // Under t-3 nothing is mixed.
    expect(reportPlan(d, { kind: "single", set: DUEREN_2023 }, { vintage: "t-3" }).problems.some((p) => text(p.message).includes("gemischt"))).toBe(false);
  });

  it("where no month is complete, evaluates the latest month in which the most targets can be judged", () => {
    const data: Record<string, Map<string, number>> = {
      INT: months(2022, 2023, 10, () => 100),
      // The eLb stock lacks December 2021: K2 cannot be judged in any month of 2023.
      ELB: months(2022, 2023, 10, () => 1000),
    };
    const d: Detection = { jobcenters: [], series: Object.entries(data).map(([c, v]) => seriesOf(c as "INT", "", v)), problems: [] };
    const set: TargetSet = { ...II1, targets: [DUEREN_2023.targets[0], DUEREN_2023.targets[1]] };
    const plan = reportPlan(d, { kind: "single", set });
    expect(plan.asOf).toBe("2023-10");
    expect(text(plan.problems.find((p) => p.severity === "warning")!.message)).toContain("1 von 2 Zielen");
  });
});

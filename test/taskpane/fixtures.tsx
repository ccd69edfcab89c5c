/** Shared fakes for the pane's component tests: a recording WorkbookHost and a hand-built Evaluation. */
import { targetEvalOf } from "../outputs/targetEvalFixture";
import { configure, render, type RenderResult } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { Evaluation, MonitoringEvaluation, TargetEvaluation } from "../../src/domain/evaluation";
import { DUEREN_2023, type Target } from "../../src/domain/targets";
import { areasOn, type Area } from "../../src/workbook/areas";
import { message } from "../../src/domain/messages";
import type { GoToResult, ProgressCallback, ResultsInput, WorkbookHost } from "../../src/workbook/host";
import type { WorkbookData } from "../../src/workbook/types";
import { Root } from "../../src/taskpane/Root";
import { de } from "../../src/taskpane/i18nDe";
import { en } from "../../src/taskpane/i18nEn";
// The pane loads these parts on demand (React.lazy); loading them here once keeps the first lazy
// render in a test from waiting on ts-jest compiling them.
import "../../src/taskpane/components/MappingEditor";
import "../../src/taskpane/components/AgreementPaste";
import "../../src/taskpane/components/TargetsEditor";
import "../../src/taskpane/components/MinistryTable";
import "../../src/taskpane/components/ActionsPanel";
import "../../src/taskpane/components/Notice";
import "../../src/taskpane/components/ProblemsList";
import "../../src/taskpane/components/DetectionPanel";
import "../../src/taskpane/components/DashReading";

// a part loaded on demand can take seconds on a busy test machine (no timing is asserted)
configure({ asyncUtilTimeout: 20_000 });

/** jsdom has no ResizeObserver; Fluent's MessageBar reflow needs one (it never fires here). */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = NoopResizeObserver;

export function renderInRoot(ui: ReactElement, lang: "de" | "en" = "de"): RenderResult {
  return render(
    <Root theme={webLightTheme} initialLang={lang} dictionaries={{ de, en }}>
      {ui}
    </Root>,
  );
}

export class FakeHost implements WorkbookHost {
  readonly kind = "preview" as const;
  readonly title = "test.xlsx";
  settings = new Map<string, unknown>();
  calls: { method: string; args: unknown[] }[] = [];
  selection: { sheet: string; address: string } | null = null;
  readCount = 0;
  failOn: string | null = null;
  constructor(public workbook: WorkbookData = { sheets: [] }) {}
  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
    if (this.failOn === method) throw new Error(`${method} kaputt`);
  }
  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }
  async readWorkbook(onProgress?: ProgressCallback): Promise<WorkbookData> {
    this.readCount++;
    this.record("readWorkbook");
    onProgress?.(0.5, message("progress.sheets"));
    return this.workbook;
  }
  async loadSetting<T>(key: string): Promise<T | null> {
    return (this.settings.get(key) as T | undefined) ?? null;
  }
  async saveSetting<T>(key: string, value: T): Promise<void> {
    this.record("saveSetting", key, value);
    this.settings.set(key, value);
  }
  async getSelectedRange() {
    this.record("getSelectedRange");
    return this.selection;
  }
  /** What goTo answers; by default every area on the sheet asked for is selected. */
  goToResult: GoToResult | null = null;
  async goTo(sheet: string, where: string | readonly Area[]): Promise<GoToResult> {
    this.record("goTo", sheet, where);
    const split = areasOn(sheet, where);
    return this.goToResult ?? { selected: split?.on ?? [], omitted: split?.elsewhere ?? [], singleArea: false };
  }
  async applyHighlights(input: ResultsInput) {
    this.record("applyHighlights", input);
  }
  async removeHighlights() {
    this.record("removeHighlights");
  }
  async writeSummarySheet(input: ResultsInput) {
    this.record("writeSummarySheet", input);
  }
  async writeReport(input: ResultsInput) {
    this.record("writeReport", input);
  }
}

function target(id: string): Target {
  const t = DUEREN_2023.targets.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
}

/** June 2023 for Düren, with numbers chosen by hand so every status and unit appears once. */
export function handEvaluation(): Evaluation {
  const targets: TargetEvaluation[] = [
    {
      ...targetEvalOf(target("II.1")),
      current: 1370,
      previous: 1300,
      change: 1370 / 1300 - 1, // +5,4 %
      met: true,
      status: "onTrack",
      inYearTarget: 1324.7,
      distanceToInYearTarget: 1370 - 1324.7, // 45,3 ahead of the path
      forecast: { seasonal: 2790.4, linear: 2740 },
      shortfall: { total: 1360, perMonth: 226.7 },
      path: [
        { month: "2023-01", actual: 210, inYearTarget: 205 },
        { month: "2023-02", actual: 440, inYearTarget: 430 },
        { month: "2023-03", actual: 690, inYearTarget: 680 },
        { month: "2023-04", actual: 910, inYearTarget: 900 },
        { month: "2023-05", actual: 1140, inYearTarget: 1110 },
        { month: "2023-06", actual: 1370, inYearTarget: 1324.7 },
      ],
    },
    {
      ...targetEvalOf(target("II.2")),
      current: 0.1,
      previous: 0.1001,
      change: 0.1 / 0.1001 - 1, // −0,1 %
      met: false,
      status: "atRisk",
    },
    {
      ...targetEvalOf(target("II.3")),
      current: 0.0204,
      previous: 0.0218,
      change: 0.0204 - 0.0218, // −0,14 Pp. → "−0,1 Pp."
      met: true,
      status: "met",
    },
    {
      ...targetEvalOf(target("III.1")),
      current: 5012,
      previous: 5030,
      change: 5012 / 5030 - 1, // −0,36 % → rounds to −0,4 %, misses unrounded
      met: false,
      status: "missed",
      narrowlyMissed: true,
    },
    {
      ...targetEvalOf(target("III.2")),
      current: null,
      previous: null,
      change: null,
      met: null,
      status: "noData",
      missing: [{ code: "INT_LZB", month: "2023-05" }],
    },
  ];
  const monitoring: MonitoringEvaluation[] = [
    {
      item: DUEREN_2023.monitoring[0],
      asOf: "2023-06",
      current: 12_345_678,
      previous: 12_000_000,
      change: 12_345_678 / 12_000_000 - 1,
      changeUnit: "percent",
      missing: [],
    },
    { item: DUEREN_2023.monitoring[4], asOf: "2023-06", current: 0.41, previous: 0.4, change: 0.01, changeUnit: "points", missing: [] },
  ];
  return { asOf: "2023-06", targets, monitoring };
}

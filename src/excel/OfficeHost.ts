/**
 * The workbook host inside Excel: every call runs in its own Excel.run batch and goes through the
 * modules of src/excel/, the only code that touches Office.js.
 */
import type { ProgressCallback, ResultsInput, WorkbookHost } from "../workbook/host";
import { highlightPlan, legendLayout, LEGEND_SHEET_NAME, reportLayout, summaryLayout } from "../workbook/outputs";
import type { WorkbookData } from "../workbook/types";
import { whenPaneShown, watchDataChanges } from "./events";
import { applyHighlightPlan, removeRecordedHighlights } from "./highlights";
import { readWorkbookData } from "./readWorkbook";
import { loadSetting, saveSetting } from "./settings";
import { writeLayouts } from "./writeLayout";

export class OfficeHost implements WorkbookHost {
  readonly kind = "excel" as const;

  /** The workbook's file name, from the document URL where Office provides one. */
  get title(): string | undefined {
    const url = (globalThis as { Office?: typeof Office }).Office?.context?.document?.url;
    if (typeof url !== "string" || url === "") return undefined;
    const last = url.split(/[\\/]/).pop() ?? "";
    try {
      return decodeURIComponent(last) || undefined;
    } catch {
      return last || undefined;
    }
  }

  /** Office's display language (Office.context.displayLanguage), e.g. "de-DE". */
  get displayLanguage(): string | undefined {
    const lang = (globalThis as { Office?: typeof Office }).Office?.context?.displayLanguage;
    return typeof lang === "string" && lang !== "" ? lang : undefined;
  }

  readWorkbook(onProgress?: ProgressCallback): Promise<WorkbookData> {
    return Excel.run((context) => readWorkbookData(context, onProgress));
  }

  whenShown(): Promise<void> {
    return whenPaneShown();
  }

  onDataChanged(callback: () => void): Promise<() => Promise<void>> {
    return watchDataChanges(callback);
  }

  loadSetting<T>(key: string): Promise<T | null> {
    return Excel.run((context) => loadSetting<T>(context, key));
  }

  saveSetting<T>(key: string, value: T): Promise<void> {
    return Excel.run((context) => saveSetting(context, key, value));
  }

  getSelectedRange(): Promise<{ sheet: string; address: string } | null> {
    return Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      const [sheet, address] = splitAddress(range.address);
      return sheet ? { sheet, address } : null;
    });
  }

  goTo(sheet: string, address: string): Promise<void> {
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  async applyHighlights(input: ResultsInput): Promise<void> {
    await Excel.run(async (context) => {
      const plan = highlightPlan(input);
      // The legend sheet is written with the rules, without switching to it: the user wants to see the coloured cells.
      await applyHighlightPlan(context, plan, legendLayout(plan, input));
    });
  }

  async removeHighlights(): Promise<void> {
    await Excel.run(async (context) => {
      await removeRecordedHighlights(context, LEGEND_SHEET_NAME);
    });
  }

  async writeSummarySheet(input: ResultsInput): Promise<void> {
    await Excel.run((context) => writeLayouts(context, [summaryLayout(input)]));
  }

  async writeReport(input: ResultsInput): Promise<void> {
    await Excel.run((context) => writeLayouts(context, [reportLayout(input)]));
  }
}

/** "'Daten 2023'!C5:C40" → ["Daten 2023", "C5:C40"]. */
export function splitAddress(address: string): [string, string] {
  const i = address.lastIndexOf("!");
  if (i < 0) return ["", address];
  return [
    address
      .slice(0, i)
      .replace(/^'(.*)'$/, "$1")
      .replace(/''/g, "'"),
    address.slice(i + 1),
  ];
}

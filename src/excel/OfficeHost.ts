/**
 * The workbook host inside Excel: every call runs in its own Excel.run batch and goes through the
 * modules of src/excel/, the only code that touches Office.js.
 */
import { message, MessageError } from "../domain/messages";
import { areasOn, formatArea, formatAreas, parseAreas, type Area } from "../workbook/areas";
import type { GoToResult, ProgressCallback, ResultsInput, WorkbookHost } from "../workbook/host";
import type { WorkbookData } from "../workbook/types";
import { whenPaneShown, watchDataChanges } from "./events";
import type { HintStore } from "./registries";
import { readWorkbookData } from "./readWorkbook";
import { supports } from "./requirements";
import { loadSetting, saveSetting } from "./settings";

/** The layouts and writers of the outputs, loaded with the first output (see ./outputs.ts). */
function outputs(): Promise<typeof import("./outputs")> {
  return import(/* webpackChunkName: "excel-host-outputs" */ "./outputs");
}

export class OfficeHost implements WorkbookHost {
  readonly kind = "excel" as const;
  /** What the last action saw, so the next one loads what it needs with its first look-up (./ownership.ts). */
  private readonly hints: HintStore = { current: null };

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
    return Excel.run((context) => readWorkbookData(context, onProgress, { hints: this.hints }));
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

  /**
   * The selection, e.g. { sheet: "Daten", address: "C5:C40" }. Several areas (as goTo leaves them) come
   * as "B5:M5,B15:M15": `getSelectedRange` throws on those, `getSelectedRanges` (ExcelApi 1.9) does not.
   */
  getSelectedRange(): Promise<{ sheet: string; address: string } | null> {
    return Excel.run(async (context) => {
      const range = supports("1.9") ? context.workbook.getSelectedRanges() : context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      const areas = parseAreas(range.address);
      const sheet = areas?.[0]?.sheet;
      return areas && sheet ? { sheet, address: formatAreas(areas) } : null;
    });
  }

  /**
   * Selects exactly the cells asked for on `sheet`: several areas at once through `Worksheet.getRanges`
   * (ExcelApi 1.9) and `RangeAreas.select` (ExcelApi 1.18); an older Excel selects the first area, and
   * the result says so (`singleArea`, the rest `omitted`).
   */
  goTo(sheet: string, where: string | readonly Area[]): Promise<GoToResult> {
    const split = areasOn(sheet, where);
    if (!split) return Promise.reject(new MessageError(message("goTo.notACell", { where: String(where) })));
    const { on, elsewhere } = split;
    const many = on.length > 1 && supports("1.18");
    return Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      if (many) ws.getRanges(formatAreas(on)).select();
      else if (on.length > 0) ws.getRange(formatArea(on[0])).select();
      await context.sync();
      const selected = many ? on : on.slice(0, 1);
      return { selected, omitted: [...on.slice(selected.length), ...elsewhere], singleArea: on.length > 1 && !many };
    });
  }

  async applyHighlights(input: ResultsInput): Promise<void> {
    const { applyHighlightPlan, highlightPlan, legendLayout } = await outputs();
    await Excel.run(async (context) => {
      const plan = highlightPlan(input);
      // The legend sheet is written with the rules, without switching to it: the user wants to see the coloured cells.
      await applyHighlightPlan(context, plan, legendLayout(plan, input), this.hints);
    });
  }

  async removeHighlights(): Promise<void> {
    const { LEGEND_SHEET_NAME, removeRecordedHighlights } = await outputs();
    await Excel.run(async (context) => {
      await removeRecordedHighlights(context, LEGEND_SHEET_NAME, this.hints);
    });
  }

  async writeSummarySheet(input: ResultsInput): Promise<void> {
    const { summaryLayout, writeLayouts } = await outputs();
    await Excel.run((context) => writeLayouts(context, [summaryLayout(input)], { hints: this.hints }));
  }

  async writeReport(input: ResultsInput): Promise<void> {
    const { reportLayout, writeLayouts } = await outputs();
    await Excel.run((context) => writeLayouts(context, [reportLayout(input)], { hints: this.hints }));
  }
}

/** "'Daten 2023'!C5:C40" → ["Daten 2023", "C5:C40"]; ["", address] when it names no sheet or is no address. */
export function splitAddress(address: string): [string, string] {
  const areas = parseAreas(address);
  if (!areas || areas[0].sheet === "") return ["", address];
  return [areas[0].sheet, formatAreas(areas)];
}

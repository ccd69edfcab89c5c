/**
 * What the task pane needs from the workbook it runs beside. Implemented by `src/excel/` (Office.js,
 * inside Excel) and by `src/preview/` (an .xlsx file in the browser), so the same components run in both.
 */
import type { Evaluation, Vintage } from "../domain/evaluation";
import type { Lang, Message } from "../domain/messages";
import type { TargetSet } from "../domain/targets";
import type { YearMonth } from "../domain/yearMonth";
import type { Area } from "./areas";
import type { DetectedSeries, Jobcenter, WorkbookData } from "./types";

export interface EvaluatedJobcenter {
  jobcenter: Jobcenter;
  evaluation: Evaluation;
  /** The series the evaluation was computed from (with their cells), in the chosen vintage. */
  series: DetectedSeries[];
  /** Whose agreement judged it (the Jobcenter key of the target set); null: no agreement, figures only. Absent: not recorded. */
  targetsFor?: string | null;
}

/** Everything an output (highlights, summary sheet, report) is built from. */
export interface ResultsInput {
  asOf: YearMonth;
  vintage: Vintage;
  targetSet: TargetSet;
  jobcenters: EvaluatedJobcenter[];
  /** When the results were produced (shown in the report footer). */
  createdAt: Date;
  /** The language of the sheets' texts (`--lang`, the pane's language); German when absent. */
  lang?: Lang;
}

/** What goTo selected. */
export interface GoToResult {
  /** The areas selected now, on the sheet asked for. */
  selected: Area[];
  /** Areas asked for but not selected: on other sheets, or – where the host selects one area only – all after the first. */
  omitted: Area[];
  /** The host can select one area only (Excel before ExcelApi 1.18): `selected` is the first area. */
  singleArea: boolean;
}

export type ProgressCallback = (fraction: number, label: Message) => void;

export interface WorkbookHost {
  readonly kind: "excel" | "preview";
  /** Display name of the workbook (file name), if known. */
  readonly title?: string;
  /** The user interface language of Office ("de-DE", "en-US"), if known; the pane starts in it. */
  readonly displayLanguage?: string;
  readWorkbook(onProgress?: ProgressCallback): Promise<WorkbookData>;
  /**
   * Resolves once the pane is visible. Excel may load the page only to calculate custom functions;
   * nothing is read before this resolves (or the user acts).
   */
  whenShown?(): Promise<void>;
  /**
   * Calls back – debounced – when cells change on the sheets that are read (not on Zielmonitor's own
   * output sheets). Resolves to an unsubscribe.
   */
  onDataChanged?(callback: () => void): Promise<() => Promise<void>>;
  /** Settings stored in the workbook itself (mapping, targets). */
  loadSetting<T>(key: string): Promise<T | null>;
  saveSetting<T>(key: string, value: T): Promise<void>;
  /** The user's current selection, e.g. { sheet: "Daten", address: "C5:C40" }. */
  getSelectedRange(): Promise<{ sheet: string; address: string } | null>;
  /**
   * Activates `sheet` and selects exactly the given cells there: an address ("C5", "B5:M5,B15:M15",
   * "'Daten 2023'!C5") or areas. Areas on other sheets are not selected and come back as `omitted`.
   * Rejects when the sheet is missing or the address is none.
   */
  goTo(sheet: string, where: string | readonly Area[]): Promise<GoToResult>;
  /** Colours each target's data cells by status, with a legend; reversible by removeHighlights. */
  applyHighlights(input: ResultsInput): Promise<void>;
  /** Removes exactly what applyHighlights added, restoring previous formats. */
  removeHighlights(): Promise<void>;
  /** Writes (or rewrites) the sheet "Zielerreichung" with SGBII formulas referencing the data cells. */
  writeSummarySheet(input: ResultsInput): Promise<void>;
  /** Writes the print-ready report sheet for the Steuerungsdialog. */
  writeReport(input: ResultsInput): Promise<void>;
}

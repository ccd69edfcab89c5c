/**
 * A WorkbookHost backed by an .xlsx file in the browser: the workbook is read with the CLI's reader,
 * settings live in localStorage (per file name), and selection, navigation, highlights and written
 * sheets go to a small viewer state that the sheet viewer renders.
 */
import { message, MessageError } from "../domain/messages";
import { areasOn, formatAreas, type Area } from "../workbook/areas";
import type { GoToResult, ProgressCallback, ResultsInput, WorkbookHost } from "../workbook/host";
import type { WorkbookData } from "../workbook/types";
import { REPORT_SHEET_NAME as REPORT_SHEET, SUMMARY_SHEET_NAME as SUMMARY_SHEET } from "../workbook/outputs";
import { previewOutputs } from "./sharedOutputs";
import type { CellMark, GridSheet, OutputBuilders, ViewSheet } from "./types";

export type { CellMark, GridSheet, OutputBuilders, ViewSheet } from "./types";

export interface ViewerState {
  sheets: ViewSheet[];
  active: string | null;
  /** The selected areas (one where the user clicked or dragged, several where the pane showed a series). */
  selection: { sheet: string; areas: Area[] } | null;
  /** Fill colour per "sheet|row|col". */
  marks: ReadonlyMap<string, CellMark>;
  /** Bumped by goTo so the viewer scrolls even to the same place again. */
  focusSeq: number;
}

export interface WorkbookSource {
  name: string;
  load(): Promise<ArrayBuffer>;
}

export type XlsxReader = (buffer: ArrayBuffer) => Promise<WorkbookData>;

/** A coloured cell of the viewer and the status note shown on hover. */
export function markKey(sheet: string, row: number, col: number): string {
  return `${sheet}|${row}|${col}`;
}

export class PreviewHost implements WorkbookHost {
  readonly kind = "preview" as const;
  readonly title: string;
  private state: ViewerState = { sheets: [], active: null, selection: null, marks: new Map(), focusSeq: 0 };
  private listeners = new Set<() => void>();

  constructor(
    private readonly source: WorkbookSource,
    private readonly read: XlsxReader,
    private readonly storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null = typeof localStorage !== "undefined" ? localStorage : null,
    private readonly outputs: OutputBuilders = previewOutputs,
    /** The preview stands in for a German Excel unless told otherwise (`?lang=`). */
    readonly displayLanguage: string = "de-DE",
  ) {
    this.title = source.name;
  }

  // --- viewer store (useSyncExternalStore) ---
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = (): ViewerState => this.state;
  private set(patch: Partial<ViewerState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
  /** Called by the viewer when the user clicks or drags. */
  select(sheet: string, area: Area | null): void {
    this.set({ active: sheet, selection: area ? { sheet, areas: [{ ...area, sheet }] } : null });
  }
  showSheet(sheet: string): void {
    this.set({ active: sheet });
  }

  // --- WorkbookHost ---
  async readWorkbook(onProgress?: ProgressCallback): Promise<WorkbookData> {
    onProgress?.(0.1, message("progress.loadingFile"));
    const buffer = await this.source.load();
    onProgress?.(0.5, message("progress.readingTables"));
    const wb = await this.read(buffer);
    onProgress?.(1, message("progress.sheetsRead", { count: wb.sheets.length }));
    const generated = this.state.sheets.filter((s) => s.generated);
    const sheets: ViewSheet[] = [...wb.sheets.map((s) => ({ name: s.name, origin: s.origin, values: s.values, numberFormats: s.numberFormats })), ...generated];
    this.set({ sheets, active: this.state.active && sheets.some((s) => s.name === this.state.active) ? this.state.active : (sheets[0]?.name ?? null) });
    return { ...wb, fileName: wb.fileName ?? this.source.name };
  }

  /** The preview is a page the user opened: always shown. */
  async whenShown(): Promise<void> {}

  /** A file in the browser does not change under the pane: nothing to watch. */
  async onDataChanged(): Promise<() => Promise<void>> {
    return async () => undefined;
  }

  private storageKey(key: string): string {
    return `${key}@${this.source.name}`;
  }

  async loadSetting<T>(key: string): Promise<T | null> {
    const raw = this.storage?.getItem(this.storageKey(key));
    if (raw === null || raw === undefined) return null;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return null;
    }
  }

  async saveSetting<T>(key: string, value: T): Promise<void> {
    if (!this.storage) return;
    if (value === null || value === undefined) this.storage.removeItem(this.storageKey(key));
    else this.storage.setItem(this.storageKey(key), JSON.stringify(value));
  }

  async getSelectedRange(): Promise<{ sheet: string; address: string } | null> {
    const sel = this.state.selection;
    return sel ? { sheet: sel.sheet, address: formatAreas(sel.areas) } : null;
  }

  /** Selects every area on `sheet`, like Excel with ExcelApi 1.18. */
  async goTo(sheet: string, where: string | readonly Area[]): Promise<GoToResult> {
    if (!this.state.sheets.some((s) => s.name === sheet)) throw new MessageError(message("preview.noSheet", { sheet }));
    const split = areasOn(sheet, where);
    if (!split) throw new MessageError(message("goTo.notACell", { where: String(where) }));
    this.set({ active: sheet, selection: split.on.length > 0 ? { sheet, areas: split.on } : null, focusSeq: this.state.focusSeq + 1 });
    return { selected: split.on, omitted: split.elsewhere, singleArea: false };
  }

  async applyHighlights(input: ResultsInput): Promise<void> {
    const marks = new Map<string, CellMark>();
    for (const m of this.outputs.highlightPlan(input)) marks.set(markKey(m.sheet, m.row, m.col), m);
    this.set({ marks });
  }

  async removeHighlights(): Promise<void> {
    this.set({ marks: new Map() });
  }

  private writeSheet(name: string, grid: GridSheet): void {
    const sheet: ViewSheet = { name, origin: { row: 0, col: 0 }, ...grid, generated: true };
    const sheets = [...this.state.sheets.filter((s) => s.name !== name), sheet];
    this.set({ sheets, active: name, selection: null, focusSeq: this.state.focusSeq + 1 });
  }

  async writeSummarySheet(input: ResultsInput): Promise<void> {
    this.writeSheet(SUMMARY_SHEET, this.outputs.summaryGrid(input));
  }

  async writeReport(input: ResultsInput): Promise<void> {
    this.writeSheet(REPORT_SHEET, this.outputs.reportGrid(input));
  }
}

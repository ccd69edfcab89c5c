/**
 * Every text the detector says, as codes of the message catalogue (`src/domain/messages/detect.de.ts`
 * and `detect.en.ts`). Each names the sheet and cell it is about.
 */
import { message, type Message } from "../../domain/messages";
import type { YearMonth } from "../../domain/yearMonth";
import type { DashReading } from "../cells";
import type { DataCode } from "../../domain/indicators";

type Text = { message: Message };

export const msg = {
  notANumber: (sheet: string, cell: string, text: string): Text => ({ message: message("detect.notANumber", { sheet, cell, text }) }),
  place: (sheet: string, cell: string): Message => message("detect.place", { sheet, cell }),
  twice: (code: string, vintage: string, jobcenter: string, first: Message, firstLabel: string, second: Message, secondLabel: string): Text => ({
    message: message("detect.twice", { code, vintage, jobcenter, first, firstLabel, second, secondLabel }),
  }),
  noSheet: (code: string, sheet: string): Text => ({ message: message("detect.noSheet", { code, sheet }) }),
  mappingVintage: (code: DataCode, sheet: string, range: string): Text => ({
    message: message("detect.mappingVintage", { name: message("indicator.name", { code }), code, sheet, range }),
  }),
  notAMonth: (sheet: string, cell: string, text: string): Text => ({ message: message("detect.notAMonth", { sheet, cell, text }) }),
  hiddenRows: (sheet: string): Text => ({ message: message("detect.hiddenRows", { sheet }) }),
  nothingFound: (): Text => ({ message: message("detect.nothing") }),
  excelError: (sheet: string, cell: string, error: string): Text => ({ message: message("detect.excelError", { sheet, cell, error }) }),
  negative: (sheet: string, cell: string, code: string, value: number): Text => ({ message: message("detect.negative", { sheet, cell, code, value }) }),
  implausible: (sheet: string, cell: string, code: string, value: number): Text => ({ message: message("detect.implausible", { sheet, cell, code, value }) }),
  zeroStock: (sheet: string, cell: string, code: string): Text => ({ message: message("detect.zeroStock", { sheet, cell, code }) }),
  duplicateMonth: (sheet: string, cell: string, first: string, month: YearMonth, same: boolean): Text => ({
    message: message("detect.duplicateMonth", { sheet, cell, first, month, same }),
  }),
  unordered: (sheet: string, cell: string, month: YearMonth, after: YearMonth): Text => ({
    message: message("detect.unordered", { sheet, cell, month, after }),
  }),
  gap: (sheet: string, cell: string, before: YearMonth, month: YearMonth, from: YearMonth, to: YearMonth): Text => ({
    message: message("detect.gap", { sheet, cell, before, month, from, to }),
  }),
  mergedMonthLabel: (sheet: string, range: string, label: string): Text => ({
    message: message("detect.mergedMonthLabel", { sheet, range, label }),
  }),
  mergedValue: (sheet: string, range: string, months: number): Text => ({ message: message("detect.mergedValue", { sheet, range, months }) }),
  dashBa: (sheet: string, count: number, first: string): Text => ({ message: message("detect.dashBa", { sheet, count, first }) }),
  dashOwn: (sheet: string, count: number, first: string, reading: DashReading): Text => ({
    message: message("detect.dashOwn", { sheet, count, first, reading }),
  }),
};

/** A key that is the same for the same message (for reporting a cell's problem once). */
export function messageKey(m: Message): string {
  return `${m.code}|${JSON.stringify(m.params ?? null)}`;
}

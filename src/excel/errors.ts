/**
 * Errors of the Excel layer: German first, then English, naming the sheet and cell where there is one.
 * The task pane shows `message`; `messageDe` / `messageEn` are there for a language switch.
 */
export class ZielmonitorExcelError extends Error {
  constructor(
    readonly messageDe: string,
    readonly messageEn: string,
  ) {
    super(`${messageDe} / ${messageEn}`);
    this.name = "ZielmonitorExcelError";
  }
}

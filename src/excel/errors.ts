/**
 * Errors of the Excel layer: a message of the catalogue (`excel.*`, src/domain/messages/files.de.ts), naming
 * the sheet and cell where there is one. `message` holds German, then English (for a log or an unknown
 * caller); whoever knows the user's language renders `problem` with `text(problem, lang)`.
 */
import { text, type Lang, type Message } from "../domain/messages";

export class ZielmonitorExcelError extends Error {
  constructor(readonly problem: Message) {
    super(`${text(problem, "de")} / ${text(problem, "en")}`);
    this.name = "ZielmonitorExcelError";
  }

  text(lang: Lang): string {
    return text(this.problem, lang);
  }
}

/**
 * Errors of the Excel layer: a message of the catalogue (`excel.*`, src/domain/messages/files.de.ts), naming
 * the sheet and cell where there is one. `message` holds German, then English (for a log or an unknown
 * caller); whoever knows the user's language renders `problem` with `text(problem, lang)`.
 */
import { MessageError, text, type Message } from "../domain/messages";

export class ZielmonitorExcelError extends MessageError {
  constructor(problem: Message) {
    super(problem, `${text(problem, "de")} / ${text(problem, "en")}`);
  }
}

/**
 * Errors of the Excel layer: a message of the catalogue (`excel.*`, src/domain/messages/files.de.ts), naming
 * the sheet and cell where there is one. `message` holds German, then English (for a log or an unknown
 * caller; German alone in the browser while English is not loaded); whoever knows the user's language
 * renders `problem` with `text(problem, lang)`.
 */
import { logText, MessageError, type Message } from "../domain/messages";

export class ZielmonitorExcelError extends MessageError {
  constructor(problem: Message) {
    super(problem, logText(problem));
  }
}

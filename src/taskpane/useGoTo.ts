/**
 * "Anzeigen": selects a place in the workbook through the host and keeps what the user must be told –
 * that this Excel marked only the first of several areas, that cells on other sheets are not marked, or
 * why nothing could be shown. Nothing is dropped in silence.
 */
import { useCallback, useState } from "react";
import { errorText, type Lang } from "../domain/messages";
import { formatArea, formatAreas, type Area } from "../workbook/areas";
import type { GoToResult, WorkbookHost } from "../workbook/host";
import type { Dictionary } from "./i18nDe";

export interface GoToNote {
  intent: "warning" | "error";
  text: string;
}

/** What to say after goTo, or null when everything asked for is selected. */
export function goToNote(result: GoToResult, t: Dictionary): GoToNote | null {
  const where = (list: readonly Area[]) => formatAreas(list, { sheet: true });
  if (result.singleArea && result.selected.length > 0)
    return { intent: "warning", text: t.goToFirstOnly(formatArea(result.selected[0], { sheet: true }), where(result.omitted)) };
  if (result.omitted.length > 0) return { intent: "warning", text: t.goToOtherSheets(where(result.omitted)) };
  return null;
}

export function useGoTo(host: WorkbookHost, t: Dictionary, lang: Lang): { goTo: (sheet: string, where: string | readonly Area[]) => void; note: GoToNote | null } {
  const [note, setNote] = useState<GoToNote | null>(null);
  const goTo = useCallback(
    (sheet: string, where: string | readonly Area[]) => {
      setNote(null);
      const place = typeof where === "string" ? `${sheet}!${where}` : formatAreas(where, { sheet: true });
      host.goTo(sheet, where).then(
        (result) => setNote(goToNote(result, t)),
        (e: unknown) => setNote({ intent: "error", text: t.goToFailed(place, errorText(e, lang)) }),
      );
    },
    [host, t, lang],
  );
  return { goTo, note };
}

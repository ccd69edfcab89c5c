/** Status colours: light fills that keep the cell's own text readable (Fluent palette tints). */
import type { Status } from "../../domain/evaluation";

export const STATUS_COLORS: Record<Status, string> = {
  erreicht: "C6EFCE",
  "auf Kurs": "E2F0D9",
  gefährdet: "FFEB9C",
  "nicht erreicht": "FFC7CE",
  "keine Daten": "E7E6E6",
  Monitoring: "DDEBF7",
};

/** Worst first: a cell serving several targets shows the worst status. */
export const STATUS_SEVERITY: Status[] = ["nicht erreicht", "gefährdet", "keine Daten", "auf Kurs", "erreicht", "Monitoring"];

export const LEGEND_TEXT: Record<Status, string> = {
  erreicht: "Ziel erreicht (Dezember)",
  "auf Kurs": "auf Kurs (unterjähriges Ziel erreicht)",
  gefährdet: "gefährdet (unterjähriges Ziel verfehlt)",
  "nicht erreicht": "Ziel nicht erreicht (Dezember)",
  "keine Daten": "Daten fehlen",
  Monitoring: "Monitoring, nicht bewertet",
};

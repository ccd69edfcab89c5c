/** A1 addresses ↔ 0-based sheet coordinates for the preview's viewer: the workbook layer's helpers. */
import { a1, a1Range, columnName, parseA1Range } from "../workbook/cells";

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export { columnName, a1 as cellAddress };

export function areaAddress(a: Area): string {
  return a1Range(a.top, a.left, a.bottom, a.right);
}

/** "C5:C40" / "B7" / "Blatt!C5" → area; null when not an address. */
export function parseArea(address: string): Area | null {
  return parseA1Range(address);
}

export function normalizeArea(r1: number, c1: number, r2: number, c2: number): Area {
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

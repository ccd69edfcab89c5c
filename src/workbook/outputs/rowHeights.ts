/**
 * Row heights for wrapped text: neither ExcelJS nor Office.js fit rows to wrapped text when writing,
 * and a print needs the whole wording visible. Estimated from characters per line of the column width.
 */
import type { SheetLayout } from "./types";

const LINE_HEIGHT = 12.75;

export function withRowHeights<T extends SheetLayout>(layout: T): T {
  const heights = new Map<number, number>();
  for (const c of layout.cells) {
    if (!c.wrap || typeof c.value !== "string") continue;
    const merge = layout.merges.find((m) => m.top === c.row && m.left === c.col);
    const width = merge ? layout.columnWidths.slice(merge.left, merge.right + 1).reduce((a, b) => a + (b ?? 10), 0) : (layout.columnWidths[c.col] ?? 10);
    const lines = Math.max(1, Math.ceil((c.value.length * 1.05) / Math.max(1, width - 1)));
    const height = Math.max(15, lines * LINE_HEIGHT + 2);
    heights.set(c.row, Math.max(heights.get(c.row) ?? 0, height));
  }
  return {
    ...layout,
    rowHeights: [...heights].filter(([, h]) => h > 15).map(([row, height]) => ({ row, height })),
  };
}

/** The Office.js writer's block of a layout: sized from its cells without spreading them (a report of 400 Jobcenters overflowed the stack). */
import { layoutMatrices } from "../../src/excel/writeLayout";
import type { SheetLayout } from "../../src/workbook/outputs";

test("sizes a layout of 300,000 cells: the last cell at row 29,999, column 9 gives 30,000 × 10", () => {
  const cells = Array.from({ length: 300_000 }, (_, i) => ({ row: Math.floor(i / 10), col: i % 10, value: i }));
  const layout: SheetLayout = { name: "Bericht", cells, columnWidths: [], merges: [] };
  const m = layoutMatrices(layout);
  expect([m.rows, m.cols]).toEqual([30_000, 10]);
  expect(m.formulas[29_999][9]).toBe(299_999);
});

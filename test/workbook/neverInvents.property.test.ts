/**
 * Never invents (issue 9, point 4), beside test/domain/properties.test.ts: month labels in the forms
 * workbooks use are read back exactly, and a blank month is never zero in a Jahresfortschrittswert.
 */
import fc from "fast-check";
import type { IndicatorData } from "../../src/domain/evaluation";
import { jfw } from "../../src/domain/jfw";
import { formatYearMonth, ym } from "../../src/domain/yearMonth";
import { parseMonthLabel } from "../../src/workbook/cells";

test("every month label the add-in writes, and MM/JJJJ, is read back as that month", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, m) => {
      const key = ym(year, m);
      for (const label of [formatYearMonth(key, "de"), formatYearMonth(key, "en"), `${String(m).padStart(2, "0")}/${year}`, `${year}-${String(m).padStart(2, "0")}`])
        expect([label, parseMonthLabel(label)]).toEqual([label, { year, month: m }]);
    }),
    { numRuns: 300 },
  );
});

test("a blank month is never zero: the JFW exists only up to the month before it, and is then exact", () => {
  const twelve = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 12, maxLength: 12 });
  fc.assert(
    fc.property(twelve, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (flow, blank, asOf) => {
      const values = new Map(flow.map((v, i) => [ym(2023, i + 1), v]));
      values.delete(ym(2023, blank));
      const data: IndicatorData = { INT: values };
      const f = jfw(data, "INT", 2023, asOf);
      expect(f.ok).toBe(asOf < blank);
      if (f.ok) expect(f.value).toBe(flow.slice(0, asOf).reduce((a, b) => a + b, 0));
    }),
    { numRuns: 300 },
  );
});

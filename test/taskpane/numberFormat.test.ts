import { formatCellNumber, isDateFormat } from "../../src/preview/numberFormat";

test("renders the output sheets' number formats in German notation", () => {
  expect(formatCellNumber(1234.5, "#,##0")).toBe("1.235");
  expect(formatCellNumber(1234.56, "#,##0.0")).toBe("1.234,6");
  expect(formatCellNumber(0.2512, "0.00%")).toBe("25,12 %");
  expect(formatCellNumber(0.019, "+0.0%;-0.0%;0.0%")).toBe("+1,9 %");
  expect(formatCellNumber(-0.004, "+0.0%;-0.0%;0.0%")).toBe("-0,4 %");
  expect(formatCellNumber(0, "+0.0%;-0.0%;0.0%")).toBe("0,0 %");
  expect(formatCellNumber(-0.12, '+0.00" Pp.";-0.00" Pp.";0.00" Pp."')).toBe("-0,12 Pp.");
  expect(formatCellNumber(2630, '#,##0 "€"')).toBe("2.630 €");
  expect(formatCellNumber(12.5, undefined)).toBe("12,5");
  expect(formatCellNumber(44927, "mmm yyyy")).toBe("01.2023");
  expect(isDateFormat("0.00%")).toBe(false);
  expect(isDateFormat("dd.mm.yyyy")).toBe(true);
});

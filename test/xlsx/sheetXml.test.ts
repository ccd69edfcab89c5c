/**
 * The worksheet part of an output sheet: any layout with a pageSetup is printed A4 landscape with
 * header and footer (not only the report), hidden columns stay hidden, a layout without one gets none.
 */
import { parseXml, descendants } from "../../src/xlsx/xml";
import { sheetXml } from "../../src/xlsx/sheetXml";
import { MINIMAL_STYLES, StyleBook } from "../../src/xlsx/stylesEdit";
import type { SheetLayout } from "../../src/workbook/outputs";

const styles = () => new StyleBook(parseXml(MINIMAL_STYLES, "xlsx", "styles.xml"));
const base: SheetLayout = {
  name: "Zielerreichung",
  cells: [{ row: 0, col: 0, value: "Zielerreichung 2023", bold: true }],
  columnWidths: [10, 30],
  merges: [],
};

function parts(xml: string) {
  const doc = parseXml(xml, "xlsx", "sheet.xml");
  const one = (name: string) => descendants(doc, name)[0];
  return { doc, one, all: (name: string) => descendants(doc, name) };
}

describe("sheetXml page setup", () => {
  it("writes A4 landscape, fit to one page wide, header and footer for a summary with a pageSetup", () => {
    const { one } = parts(
      sheetXml(
        {
          ...base,
          pageSetup: { paper: "A4", orientation: "landscape", fitToWidth: 1 },
          header: "&LZielerreichung 2023&RBerichtsmonat Dezember 2023, Wartezeit t-0",
          footer: "&LErstellt am 24.11.2026 mit Zielmonitor&RSeite &P von &N",
        },
        styles(),
      ).xml,
    );
    // paperSize 9 is A4 in ECMA-376 (§18.3.1.64); fitToHeight 0 = as many pages high as needed.
    const setup = one("pageSetup");
    expect(setup.getAttribute("paperSize")).toBe("9");
    expect(setup.getAttribute("orientation")).toBe("landscape");
    expect(setup.getAttribute("fitToWidth")).toBe("1");
    expect(setup.getAttribute("fitToHeight")).toBe("0");
    expect(one("pageSetUpPr").getAttribute("fitToPage")).toBe("1");
    expect(one("oddHeader").textContent).toBe("&LZielerreichung 2023&RBerichtsmonat Dezember 2023, Wartezeit t-0");
    expect(one("oddFooter").textContent).toBe("&LErstellt am 24.11.2026 mit Zielmonitor&RSeite &P von &N");
  });

  it("writes no page setup for a layout without one", () => {
    const { all } = parts(sheetXml(base, styles()).xml);
    expect(all("pageSetup")).toHaveLength(0);
    expect(all("headerFooter")).toHaveLength(0);
    expect(all("pageSetUpPr")).toHaveLength(0);
  });

  it("hides the layout's hidden columns, also beyond the given widths", () => {
    const { all } = parts(sheetXml({ ...base, hiddenColumns: [3, 4] }, styles()).xml);
    const cols = all("col").map((c) => [c.getAttribute("min"), c.getAttribute("hidden")]);
    // A, B with their widths; D and E (1-based 4 and 5) hidden; C has no entry.
    expect(cols).toEqual([
      ["1", null],
      ["2", null],
      ["4", "1"],
      ["5", "1"],
    ]);
  });
});

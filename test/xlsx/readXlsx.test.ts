/**
 * Reading .xlsx packages written by hand (so each property is what the test says): values only, Excel
 * errors as their text, formulas without a stored result named, dates told by their number format,
 * sparse rows, sheets that hold no cells left out with a note, and bytes that are no workbook named.
 */
import JSZip from "jszip";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { XlsxError } from "../../src/xlsx/errors";
import { text } from "../../src/domain/messages";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface Sheet {
  name: string;
  data: string;
  state?: string;
  kind?: "worksheet" | "chartsheet";
}

async function pack(sheets: Sheet[], extra: { strings?: string[]; styles?: string; workbookPr?: string } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const rels = sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${s.kind ?? "worksheet"}" Target="${s.kind === "chartsheet" ? "chartsheets" : "worksheets"}/sheet${i + 1}.xml"/>`);
  if (extra.strings) rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (extra.styles) rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
  zip.file("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${extra.workbookPr ?? ""}<sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ""}/>`)
      .join("")}</sheets></workbook>`,
  );
  sheets.forEach((s, i) =>
    zip.file(
      s.kind === "chartsheet" ? `xl/chartsheets/sheet${i + 1}.xml` : `xl/worksheets/sheet${i + 1}.xml`,
      s.kind === "chartsheet" ? `<chartsheet xmlns="${MAIN}"/>` : `<worksheet xmlns="${MAIN}"><sheetData>${s.data}</sheetData></worksheet>`,
    ),
  );
  if (extra.strings) zip.file("xl/sharedStrings.xml", `<sst xmlns="${MAIN}">${extra.strings.join("")}</sst>`);
  if (extra.styles) zip.file("xl/styles.xml", `<styleSheet xmlns="${MAIN}">${extra.styles}</styleSheet>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function readError(bytes: Uint8Array): Promise<XlsxError> {
  try {
    await readXlsx(bytes, "mappe.xlsx");
  } catch (e) {
    return e as XlsxError;
  }
  throw new Error("read without error");
}

describe("readXlsx", () => {
  it("reads strings, numbers, booleans, Excel errors and cached formula results; blank stays null", async () => {
    const wb = await readXlsx(
      await pack([
        {
          name: "Daten",
          data:
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>inline</t></is></c><c r="C1" t="b"><v>1</v></c></row>' +
            '<row r="2"><c r="A2"><v>1234.5</v></c><c r="B2" t="e"><v>#DIV/0!</v></c><c r="C2"><f>A2*2</f><v>2469</v></c><c r="D2" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="E2" s="0"/></row>',
        },
      ], { strings: ["<si><r><t>Integ</t></r><r><t>rationen</t></r><rPh><t>ignored</t></rPh></si>"] }),
    );
    expect(wb.sheets[0].values).toEqual([
      ["Integrationen", "inline", true],
      [1234.5, "#DIV/0!", 2469, "xy"],
    ]);
    expect(wb.notes).toEqual([]);
  });

  it("names formulas without a stored result (first cells and count) and reads them as blank", async () => {
    const wb = await readXlsx(await pack([{ name: "Blatt 1", data: '<row r="3"><c r="B3"><f>SUM(A1:A2)</f></c><c r="C3"><f>1+1</f></c></row>' }]));
    expect([wb.sheets[0].values[2]?.[1] ?? null, wb.sheets[0].values[2]?.[2] ?? null]).toEqual([null, null]);
    expect(wb.notes).toHaveLength(1);
    expect(wb.notes[0]).toMatchObject({ severity: "warning", sheet: "Blatt 1", cell: "B3" });
    expect(text(wb.notes[0].message)).toContain("2 Formel(n) ohne gespeichertes Ergebnis (B3, C3)");
    expect(text(wb.notes[0].message, "en")).toContain("2 formula(s) without a stored result (B3, C3)");
  });

  it("keeps date formats (custom and built-in 14) only on numbers, and shifts 1904 serials to the 1900 system", async () => {
    const styles = '<numFmts count="1"><numFmt numFmtId="164" formatCode="mmm yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>';
    const data = '<row r="1"><c r="A1" s="1"><v>44927</v></c><c r="B1" s="2"><v>44958</v></c><c r="C1" s="0"><v>5</v></c></row>';
    const wb = await readXlsx(await pack([{ name: "D", data }], { styles }));
    expect(wb.sheets[0].numberFormats![0]).toEqual(["mmm yyyy", "dd.mm.yyyy"]);
    const wb1904 = await readXlsx(await pack([{ name: "D", data }], { styles, workbookPr: '<workbookPr date1904="1"/>' }));
    // 44927 in the 1904 system is 1462 days later in the 1900 system.
    expect(wb1904.sheets[0].values[0]).toEqual([44927 + 1462, 44958 + 1462, 5]);
  });

  it("is sparse: a stray cell at XFD1048576 costs one row of 16,384 entries, other rows share one empty array", async () => {
    const wb = await readXlsx(await pack([{ name: "Weit", data: '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>' }]));
    const v = wb.sheets[0].values;
    expect(v.length).toBe(1048576);
    expect(v[1048575].length).toBe(16384);
    expect(v[1048575][16383]).toBe(2);
    expect(v[500000]).toBe(v[2]);
    expect(v[500000].length).toBe(0);
  });

  it("leaves out chart sheets (with a note) and very hidden sheets; keeps hidden rows and merges", async () => {
    const wb = await readXlsx(
      await pack([
        { name: "Daten", data: '<row r="1" hidden="1"><c r="A1"><v>1</v></c></row>' },
        { name: "Diagramm", data: "", kind: "chartsheet" },
        { name: "Geheim", data: '<row r="1"><c r="A1"><v>9</v></c></row>', state: "veryHidden" },
      ]),
    );
    expect(wb.sheets.map((s) => s.name)).toEqual(["Daten"]);
    expect(wb.sheets[0].hiddenRows).toEqual([0]);
    expect(wb.notes.map((n) => text(n.message))).toEqual(['Blatt "Diagramm" ist ein Diagrammblatt ohne Zellen und wird nicht ausgewertet.']);
  });

  it("names what bytes that are no workbook are, in German and English", async () => {
    const cases: [Uint8Array, string, string][] = [
      [new TextEncoder().encode("Jobcenter;Monat\n05358;01/2023\n"), "text", "Textdatei"],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), "oldXls", "Format 97–2003 (.xls)"],
      [new Uint8Array([0, 1, 2, 3, 255, 254]), "notZip", "kein ZIP-Paket"],
      [(await pack([{ name: "A", data: "" }])).subarray(0, 120), "truncated", "beschädigt oder unvollständig"],
      [await new JSZip().file("readme.txt", "x").generateAsync({ type: "uint8array" }), "notWorkbook", "keine Excel-Arbeitsmappe"],
    ];
    for (const [bytes, code, german] of cases) {
      const e = await readError(bytes);
      expect({ code: e.code, de: e.text("de").includes(german) && e.text("de").includes("mappe.xlsx") }).toEqual({ code, de: true });
      expect(e.text("en")).toContain('Workbook "mappe.xlsx"');
    }
  });

  it("refuses a part whose declared size is beyond the bound, and one that inflates beyond what it declares (zip bombs)", async () => {
    const bytes = await pack([{ name: "A", data: '<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(50) }]);
    const patch = (declared: number) => {
      const b = new Uint8Array(bytes);
      const view = new DataView(b.buffer);
      // Central directory entries (signature PK\x01\x02): uncompressed size at offset 24.
      for (let i = 0; i < b.length - 46; i++) {
        if (view.getUint32(i, true) !== 0x02014b50) continue;
        const nameLength = view.getUint16(i + 28, true);
        const name = new TextDecoder().decode(b.subarray(i + 46, i + 46 + nameLength));
        if (name === "xl/worksheets/sheet1.xml") view.setUint32(i + 24, declared, true);
      }
      return b;
    };
    const huge = await readError(patch(0xfffffff0));
    expect(huge.code).toBe("tooLarge");
    expect(huge.text("de")).toContain("ZIP-Bomben");
    const lying = await readError(patch(100));
    expect(lying.code).toBe("truncated");
    expect(lying.text("de")).toContain("entpackt größer als angegeben");
  });
});

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addLineCharts, listCharts } from "../../src/xlsx/charts";

async function workbookWithReport(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Daten").getCell("A1").value = 1;
  const ws = wb.addWorksheet("Bericht Steuerungsdialog");
  ["Jan", "Feb", "Mär"].forEach((m, i) => {
    ws.getRow(i + 2).values = [m, (i + 1) * 100, (i + 1) * 110];
  });
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

describe("native line charts in an ExcelJS workbook", () => {
  const sheet = "Bericht Steuerungsdialog";
  const spec = {
    sheet,
    title: "II.1 Integrationen",
    categoriesRef: `'${sheet}'!$A$2:$A$4`,
    series: [
      { name: "JFW", ref: `'${sheet}'!$B$2:$B$4`, color: "0F6CBD" },
      {
        name: "Zielpfad",
        ref: `'${sheet}'!$C$2:$C$4`,
        color: "C50F1F",
        dashed: true,
      },
    ],
    anchor: { fromCol: 4, fromRow: 1, toCol: 10, toRow: 15 },
  };

  it("adds chart, drawing and relationships, and the package still opens", async () => {
    const out = await addLineCharts(await workbookWithReport(), [spec, { ...spec, title: "II.2 K2" }]);
    const charts = await listCharts(out);
    expect(charts.map((c) => c.title)).toEqual(["II.1 Integrationen", "II.2 K2"]);
    expect(charts[0].refs).toEqual([spec.categoriesRef, spec.series[0].ref, spec.categoriesRef, spec.series[1].ref]);

    const zip = await JSZip.loadAsync(out);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('PartName="/xl/charts/chart1.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    // The report is the second sheet: it, and only it, links the drawing.
    expect(await zip.file("xl/worksheets/sheet2.xml")!.async("string")).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).not.toContain("<drawing");

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(out as unknown as ArrayBuffer);
    expect(back.getWorksheet(sheet)!.getCell("B3").value).toBe(200);
  });

  it("names a sheet that does not exist", async () => {
    await expect(addLineCharts(await workbookWithReport(), [{ ...spec, sheet: "Fehlt" }])).rejects.toThrow('Blatt "Fehlt"');
  });
});

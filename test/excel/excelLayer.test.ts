// office-addin-mock imports office-addin-manifest only for Outlook manifests; its ESM dependencies don't load under jest.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    Outlook: "outlook",
    Word: "word",
    PowerPoint: "powerpoint",
    OneNote: "onenote",
    Project: "project",
  },
}));
import { parseArea } from "../../src/workbook/areas";
import { OfficeMockObject } from "office-addin-mock";
import { applyHighlightPlan, removeRecordedHighlights, HIGHLIGHTS_KEY } from "../../src/excel/highlights";
import { readWorkbookData } from "../../src/excel/readWorkbook";
import { loadSetting, saveSetting } from "../../src/excel/settings";
import { headerParts, layoutMatrices, writeLayouts, OWNED_SHEETS_KEY } from "../../src/excel/writeLayout";
import { splitAddress } from "../../src/excel/OfficeHost";
import type { HighlightPlan, ReportLayout, SheetLayout } from "../../src/workbook/outputs";
import { FakeBook, installExcelEnums, ruleAddress } from "./fakeExcel";

beforeAll(installExcelEnums);

function bookWith(rows: number, sheets = 1): FakeBook {
  const book = new FakeBook();
  for (let s = 0; s < sheets; s++) {
    const ws = book.addSheet(`Blatt ${s + 1}`);
    ws.setValues(2, 1, [["Monat", "Integrationen"]]);
    for (let r = 0; r < rows; r++) ws.setValues(3 + r, 1, [[`${String((r % 12) + 1).padStart(2, "0")}/${2000 + Math.floor(r / 12)}`, 100 + r]]);
  }
  return book;
}

describe("reading the workbook", () => {
  it("stays within 5 MB per sync and syncs about 2 + payload ÷ 4 MB times, for 10 and 100,000 rows and for 1 and 20 sheets", async () => {
    for (const [rows, sheets] of [
      [10, 1],
      [100_000, 1],
      [10, 20],
    ]) {
      const book = bookWith(rows, sheets);
      const wb = await readWorkbookData(book.context());
      expect(wb.sheets).toHaveLength(sheets);
      expect(wb.sheets[0].values).toHaveLength(rows + 1);
      const payload = book.stats.reduce((n, s) => n + s.response, 0);
      expect(book.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
      expect(book.maxRequestBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
      // Sheets, used ranges, then the data: at most one sync more than a perfect packing into 4 MB.
      expect(book.syncs).toBeLessThanOrEqual(2 + Math.ceil(payload / 4_000_000) + 1);
      if (rows === 10) expect(book.syncs).toBe(3);
    }
  });

  it("reads values with their origin, blanks as null, and hidden rows", async () => {
    const book = bookWith(3);
    book.sheets[0].hidden.add(4);
    const wb = await readWorkbookData(book.context());
    const sheet = wb.sheets[0];
    // Used range starts at B3 (row 2, column 1).
    expect(sheet.origin).toEqual({ row: 2, col: 1 });
    expect(sheet.values[0]).toEqual(["Monat", "Integrationen"]);
    expect(sheet.values[1]).toEqual(["01/2000", 100]);
    expect(sheet.hiddenRows).toEqual([4]);
  });

  it("reads an empty sheet as no values", async () => {
    const book = new FakeBook();
    book.addSheet("Leer");
    const wb = await readWorkbookData(book.context());
    expect(wb.sheets[0].values).toEqual([]);
  });
});

describe("settings", () => {
  /** office-addin-mock with one stored setting; `add` updates it unless the platform "loses" writes. */
  function settingsMock(stored: string, losesWrites = false) {
    const written: Record<string, string> = {};
    const mock = new OfficeMockObject({
      workbook: {
        settings: {
          // A stored setting as Excel returns it: a JSON string, readable only after load + sync.
          item: { value: stored, isNullObject: false },
          add(key: string, value: string) {
            written[key] = value;
            if (!losesWrites) (this as unknown as { item: { value: string } }).item.value = value;
          },
          getItemOrNullObject() {
            return (this as unknown as { item: unknown }).item;
          },
        },
      },
    });
    return { context: mock as unknown as Excel.RequestContext, written, mock };
  }

  it("reads a stored JSON setting only through load and sync (office-addin-mock)", async () => {
    const { context } = settingsMock('{"year":2023,"targets":[]}');
    expect(await loadSetting(context, "zielmonitor.targets")).toEqual({ year: 2023, targets: [] });
  });

  it("saves JSON and reads it back in the same sync (office-addin-mock)", async () => {
    const { context, written } = settingsMock('{"year":2023,"targets":[]}');
    await saveSetting(context, "zielmonitor.targets", { year: 2024, targets: [] });
    expect(written["zielmonitor.targets"]).toBe('{"year":2024,"targets":[]}');
    expect(await loadSetting(context, "zielmonitor.targets")).toEqual({ year: 2024, targets: [] });
  });

  it("reports a write that does not read back, German first", async () => {
    const { context } = settingsMock('{"year":2023}', true);
    await expect(saveSetting(context, "zielmonitor.targets", { year: 2024 })).rejects.toThrow(
      /^Die Einstellung „zielmonitor.targets“ ließ sich nicht .* \/ The setting "zielmonitor.targets" could not be stored/,
    );
  });

  it("treats a missing or damaged setting as absent", async () => {
    const book = new FakeBook();
    book.settings.set("kaputt", "{nicht json");
    expect(await loadSetting(book.context(), "kaputt")).toBeNull();
    expect(await loadSetting(book.context(), "fehlt")).toBeNull();
  });
});

describe("highlights", () => {
  const plan: HighlightPlan = {
    cells: [
      {
        area: parseArea("C4:C9", "Blatt 1")!,
        status: "met",
        color: "C6EFCE",
        targetIds: ["II.1"],
      },
      {
        area: parseArea("C10:C12", "Blatt 1")!,
        status: "atRisk",
        color: "FFEB9C",
        targetIds: ["II.1", "II.2"],
      },
    ],
    legend: [],
  };

  it("adds constant-rule conditional formats and removes exactly them, leaving the user's cells and rules as they were", async () => {
    const book = bookWith(12);
    const ws = book.sheets[0];
    ws.cell(3, 2).numberFormat = "#,##0";
    ws.cell(5, 2).formula = "=C4+1";
    // The user's own rule on the same cells must survive.
    ws.addRule("C4:C6", "Custom", "=C4>110");
    const before = JSON.stringify(book.snapshot());

    const records = await applyHighlightPlan(book.context(), plan);
    expect(records.map((r) => [r.address, r.color])).toEqual([
      ["C4:C9", "#C6EFCE"],
      ["C10:C12", "#FFEB9C"],
    ]);
    const added = ws.rules.filter((r) => !r.deleted && r.custom.rule.formula === "=TRUE");
    expect(added.map((r) => ruleAddress(r))).toEqual(["C4:C9", "C10:C12"]);
    expect(JSON.parse(book.settings.get(HIGHLIGHTS_KEY)!)).toHaveLength(2);

    expect(await removeRecordedHighlights(book.context())).toBe(2);
    expect(JSON.stringify(book.snapshot())).toBe(before);
    expect(book.settings.has(HIGHLIGHTS_KEY)).toBe(false);
  });

  it("removes by rule and colour when the ids did not survive a reopen, sparing the user's rules", async () => {
    const book = bookWith(12);
    const ws = book.sheets[0];
    ws.addRule("C4:C6", "Custom", "=C4>110");
    await applyHighlightPlan(book.context(), plan);
    const records = JSON.parse(book.settings.get(HIGHLIGHTS_KEY)!);
    book.settings.set(HIGHLIGHTS_KEY, JSON.stringify(records.map((r: object) => ({ ...r, id: "{nach-dem-Öffnen-neu}" }))));
    expect(await removeRecordedHighlights(book.context())).toBe(2);
    expect(ws.rules.filter((r) => !r.deleted).map((r) => r.custom.rule.formula)).toEqual(["=C4>110"]);
  });

  it("needs a constant number of syncs for 2 and 200 ranges", async () => {
    const counts: number[] = [];
    for (const n of [2, 200]) {
      const book = bookWith(400);
      const many: HighlightPlan = {
        cells: Array.from({ length: n }, (_, i) => ({
          area: parseArea(`C${4 + i}`, "Blatt 1")!,
          status: "met" as const,
          color: "C6EFCE",
          targetIds: ["II.1"],
        })),
        legend: [],
      };
      await applyHighlightPlan(book.context(), many);
      await applyHighlightPlan(book.context(), many); // re-applying first removes the earlier rules
      await removeRecordedHighlights(book.context());
      counts.push(book.syncs);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

describe("output sheets", () => {
  const summary: SheetLayout = {
    name: "Zielerreichung",
    cells: [
      { row: 0, col: 0, value: "Zielerreichung 2023", bold: true },
      {
        row: 2,
        col: 3,
        value: 2705,
        formula: "=SGBII.JFW('Integrationen t-0'!B30:B41)",
        numberFormat: "#,##0",
      },
      {
        row: 2,
        col: 5,
        value: 0.0192,
        formula: "=SGBII.CHANGE(D3,E3)",
        numberFormat: "+0.0%;-0.0%;0.0%",
      },
      { row: 3, col: 0, value: "=kein Formeltext" },
    ],
    columnWidths: [10, 30],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
  };
  const report: ReportLayout = {
    ...summary,
    name: "Bericht Steuerungsdialog",
    pageSetup: { paper: "A4", orientation: "landscape", fitToWidth: 1 },
    header: "&LSteuerungsdialog 2023&CKreis Düren&RDezember 2023, Wartezeit t-0",
    footer: "&LErstellt am 24.11.2026&RSeite &P von &N",
    rowBreaks: [40],
    charts: [
      {
        title: "II.1 Integrationen",
        categories: "A11:A22",
        series: [
          { name: "JFW", values: "B11:B22", color: "0F6CBD" },
          { name: "Ziel", values: "C11:C22", color: "C50F1F" },
        ],
        anchor: { fromCol: 0, fromRow: 24, toCol: 5, toRow: 40 },
      },
    ],
  };

  it("builds one formulas and one format matrix for the block; text starting with = stays text", () => {
    const m = layoutMatrices(summary);
    expect(m.rows).toBe(4);
    expect(m.cols).toBe(6);
    expect(m.formulas[2][3]).toBe("=SGBII.JFW('Integrationen t-0'!B30:B41)");
    expect(m.formulas[3][0]).toBe("'=kein Formeltext");
    expect(m.formats[2][5]).toBe("+0.0%;-0.0%;0.0%");
  });

  it("writes summary and report with formulas, page setup, header, footer, breaks and chart in 2 syncs", async () => {
    const book = bookWith(3);
    const names = await writeLayouts(book.context(), [summary, report]);
    expect(names).toEqual(["Zielerreichung", "Bericht Steuerungsdialog"]);
    // (1) sheet names, registry and both sheets' content in new sheets; (2) named, registered, read back.
    expect(book.syncs).toBe(2);
    const s = book.sheets.find((x) => x.name === "Zielerreichung")!;
    expect(s.cell(2, 3).formula).toBe("=SGBII.JFW('Integrationen t-0'!B30:B41)");
    expect(s.cell(0, 0).value).toBe("Zielerreichung 2023");
    const r = book.sheets.find((x) => x.name === "Bericht Steuerungsdialog")!;
    expect(r.pageLayout.orientation).toBe("Landscape");
    expect(r.pageLayout.paperSize).toBe("A4");
    expect((r.pageLayout.headersFooters as { defaultForAllPages: Record<string, string> }).defaultForAllPages.centerHeader).toBe("Kreis Düren");
    expect((r.pageLayout.headersFooters as { defaultForAllPages: Record<string, string> }).defaultForAllPages.rightFooter).toBe("Seite &P von &N");
    expect(r.pageBreaks).toEqual(["A41"]);
    expect(r.charts).toHaveLength(1);
    // The chart's source includes the header row above the values (series names).
    expect(r.charts[0].source).toBe("'Bericht Steuerungsdialog'!A10:C22");
    expect(r.charts[0].title.text).toBe("II.1 Integrationen");
    expect(JSON.parse(book.settings.get(OWNED_SHEETS_KEY)!)).toEqual(["Zielerreichung", "Bericht Steuerungsdialog"]);
  });

  it("gives any layout with a pageSetup its page setup, and hides the chart data's columns", async () => {
    const book = bookWith(3);
    const printable: SheetLayout = {
      ...summary,
      pageSetup: { paper: "A4", orientation: "landscape", fitToWidth: 1 },
      header: "&LZielerreichung 2023&RBerichtsmonat Dezember 2023, Wartezeit t-0",
      footer: "&LErstellt am 24.11.2026 mit Zielmonitor&RSeite &P von &N",
    };
    // The report's chart data in columns L:N (0-based 11–13), hidden.
    const withHidden: ReportLayout = { ...report, hiddenColumns: [11, 12, 13] };
    await writeLayouts(book.context(), [printable, withHidden]);
    const s = book.sheets.find((x) => x.name === "Zielerreichung")!;
    expect(s.pageLayout.orientation).toBe("Landscape");
    expect(s.pageLayout.paperSize).toBe("A4");
    expect(s.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    const hf = (s.pageLayout.headersFooters as { defaultForAllPages: Record<string, string> }).defaultForAllPages;
    expect(hf.leftHeader).toBe("Zielerreichung 2023");
    expect(hf.rightHeader).toBe("Berichtsmonat Dezember 2023, Wartezeit t-0");
    expect(hf.leftFooter).toBe("Erstellt am 24.11.2026 mit Zielmonitor");
    expect(hf.rightFooter).toBe("Seite &P von &N");
    expect(s.hiddenColumns.size).toBe(0);
    const r = book.sheets.find((x) => x.name === "Bericht Steuerungsdialog")!;
    expect([...r.hiddenColumns].sort((a, b) => a - b)).toEqual([11, 12, 13]);
    // Data in hidden columns is plotted anyway.
    expect((r.charts[0] as unknown as { plotVisibleOnly?: boolean }).plotVisibleOnly).toBe(false);
  });

  it("gives a chart its fixed value axis, 9 pt text and value labels on the labelled series only", async () => {
    const book = bookWith(3);
    const chart = report.charts[0];
    const labelled: ReportLayout = {
      ...report,
      charts: [
        {
          ...chart,
          series: [{ ...chart.series[0], dataLabels: true }, chart.series[1]],
          valueFormat: "+0.0%;-0.0%;0.0%",
          axis: { min: -0.05, max: 0.05, majorUnit: 0.025 },
          textSize: 9,
        },
      ],
    };
    await writeLayouts(book.context(), [labelled]);
    const c = book.sheets.find((x) => x.name === "Bericht Steuerungsdialog")!.charts[0] as unknown as {
      axes: { valueAxis: Record<string, unknown> };
      format: { font: { size: number } };
      labels: Record<string, unknown>[];
    };
    expect(c.axes.valueAxis).toMatchObject({ minimum: -0.05, maximum: 0.05, majorUnit: 0.025 });
    expect(c.format.font.size).toBe(9);
    expect(c.labels[0]).toEqual({ hasDataLabels: true, showValue: true, position: "Top", numberFormat: "+0.0%;-0.0%;0.0%", format: { font: { size: 9 } } });
    // The target line has no labels.
    expect(c.labels[1]).toBeUndefined();
  });

  it("leaves a layout without pageSetup without page setup", async () => {
    const book = bookWith(3);
    await writeLayouts(book.context(), [summary]);
    const s = book.sheets.find((x) => x.name === "Zielerreichung")!;
    expect(s.pageLayout.orientation).toBeUndefined();
    expect(s.pageBreaks).toEqual([]);
  });

  it("replaces its own sheet but never a user's sheet of the same name", async () => {
    const book = bookWith(3);
    const users = book.addSheet("Zielerreichung");
    users.setValues(0, 0, [["meine Notizen"]]);
    const first = await writeLayouts(book.context(), [summary]);
    expect(first).toEqual(["Zielerreichung (2)"]);
    expect(users.cell(0, 0).value).toBe("meine Notizen");
    const second = await writeLayouts(book.context(), [summary]);
    expect(second).toEqual(["Zielerreichung (2)"]);
    expect(book.sheets.filter((x) => x.name.startsWith("Zielerreichung")).map((x) => x.name)).toEqual(["Zielerreichung", "Zielerreichung (2)"]);
  });

  it("never replaces a user's sheet that took the name of a renamed output sheet", async () => {
    const book = bookWith(3);
    await writeLayouts(book.context(), [summary]);
    const ours = book.sheets.find((x) => x.name === "Zielerreichung")!;
    expect(ours.props.get("Zielmonitor")).toBe("Ausgabeblatt");
    // The user renames our sheet and creates their own "Zielerreichung".
    ours.name = "Zielerreichung alt";
    const users = book.addSheet("Zielerreichung");
    users.setValues(0, 0, [["meine Auswertung"]]);
    const names = await writeLayouts(book.context(), [summary]);
    expect(names).toEqual(["Zielerreichung (2)"]);
    expect(users.cell(0, 0).value).toBe("meine Auswertung");
    expect(book.sheets.map((x) => x.name)).toContain("Zielerreichung");
  });

  it("splits header codes and sheet-qualified addresses", () => {
    expect(headerParts("&LA&CB&RC")).toEqual({
      left: "A",
      center: "B",
      right: "C",
    });
    expect(splitAddress("'Daten 2023'!C5:C40")).toEqual(["Daten 2023", "C5:C40"]);
    expect(splitAddress("Daten!A1")).toEqual(["Daten", "A1"]);
  });
});

describe("legend sheet of the highlights", () => {
  it("is written as an owned sheet and deleted again; a user's sheet of that name is never deleted", async () => {
    const { legendLayout, LEGEND_SHEET_NAME } = await import("../../src/workbook/outputs");
    const { deleteOwnedSheet } = await import("../../src/excel/writeLayout");
    const book = bookWith(3);
    const plan: HighlightPlan = { cells: [{ area: parseArea("C4:C6", "Blatt 1")!, status: "met", color: "C6EFCE", targetIds: ["II.1"] }], legend: [] };
    const layout = legendLayout(plan, {
      asOf: "2023-03",
      vintage: "t-0",
      targetSet: { year: 2023, targets: [], monitoring: [] },
      jobcenters: [],
      createdAt: new Date(),
    });
    expect(layout.cells.some((c) => c.value === "C4:C6")).toBe(true);
    await writeLayouts(book.context(), [layout]);
    expect(book.sheets.map((s) => s.name)).toContain(LEGEND_SHEET_NAME);
    expect(await deleteOwnedSheet(book.context(), LEGEND_SHEET_NAME)).toBe(true);
    expect(book.sheets.map((s) => s.name)).not.toContain(LEGEND_SHEET_NAME);
    book.addSheet(LEGEND_SHEET_NAME);
    expect(await deleteOwnedSheet(book.context(), LEGEND_SHEET_NAME)).toBe(false);
    expect(book.sheets.map((s) => s.name)).toContain(LEGEND_SHEET_NAME);
  });
});

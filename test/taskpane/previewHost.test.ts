/** The preview's host: selection, navigation, settings per file, highlights and written sheets. */
import { errorText } from "../../src/domain/messages";
import { PreviewHost } from "../../src/preview/PreviewHost";
import { detectIndicators } from "../../src/workbook/detect";
import { areaOf, formatArea, parseArea } from "../../src/workbook/areas";
import { STATUS_COLORS } from "../../src/workbook/outputs";
import type { ResultsInput } from "../../src/workbook/host";
import type { WorkbookData } from "../../src/workbook/types";
import { handEvaluation } from "./fixtures";
import { DUEREN_2023 } from "../../src/domain/targets";

const WB: WorkbookData = {
  sheets: [
    {
      name: "Integrationen",
      origin: { row: 3, col: 1 },
      values: [
        ["Monat", "INT"],
        ["Jan 2023", 210],
        ["Feb 2023", 230],
      ],
    },
    { name: "eLb", origin: { row: 0, col: 0 }, values: [[1]] },
  ],
};

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

function host(name = "a.xlsx", storage = memoryStorage()) {
  const buffers: ArrayBuffer[] = [];
  const h = new PreviewHost(
    { name, load: async () => new ArrayBuffer(8) },
    async (b) => {
      buffers.push(b);
      return WB;
    },
    storage,
  );
  return { h, storage, buffers };
}

test("A1 helpers round-trip", () => {
  // rows 5…40 are 36 rows; C is column 2, AA column 26 (0-based)
  expect(parseArea("Blatt!$C$5:C40")).toEqual({ sheet: "Blatt", row: 4, col: 2, rows: 36, cols: 1 });
  expect(parseArea("AA10")).toEqual({ sheet: "", row: 9, col: 26, rows: 1, cols: 1 });
  expect(formatArea(areaOf("", 4, 2, 39, 3))).toBe("C5:D40");
  expect(parseArea("kein Bereich")).toBeNull();
});

test("reads the file through the reader and reports progress up to 1", async () => {
  const { h, buffers } = host();
  const progress: number[] = [];
  const wb = await h.readWorkbook((f) => progress.push(f));
  expect(buffers).toHaveLength(1);
  expect(wb.fileName).toBe("a.xlsx");
  expect(progress[progress.length - 1]).toBe(1);
  expect(h.getSnapshot().sheets.map((s) => s.name)).toEqual(["Integrationen", "eLb"]);
  expect(h.getSnapshot().active).toBe("Integrationen");
});

test("selection and goTo", async () => {
  const { h } = host();
  await h.readWorkbook();
  expect(await h.getSelectedRange()).toBeNull();
  h.select("eLb", areaOf("eLb", 1, 2, 12, 2));
  expect(await h.getSelectedRange()).toEqual({ sheet: "eLb", address: "C2:C13" });
  const seq = h.getSnapshot().focusSeq;
  await h.goTo("Integrationen", "C5");
  expect(h.getSnapshot().active).toBe("Integrationen");
  expect(await h.getSelectedRange()).toEqual({ sheet: "Integrationen", address: "C5" });
  expect(h.getSnapshot().focusSeq).toBe(seq + 1);
  await expect(h.goTo("Gibt es nicht", "A1")).rejects.toThrow("Blatt „Gibt es nicht“ gibt es nicht.");
});

test("settings are kept per file and null removes them", async () => {
  const storage = memoryStorage();
  const a = host("a.xlsx", storage).h;
  const b = host("b.xlsx", storage).h;
  await a.saveSetting("zielmonitor.targets", { year: 2023 });
  expect(await a.loadSetting("zielmonitor.targets")).toEqual({ year: 2023 });
  expect(await b.loadSetting("zielmonitor.targets")).toBeNull();
  await a.saveSetting("zielmonitor.targets", null);
  expect(await a.loadSetting("zielmonitor.targets")).toBeNull();
  expect(storage.m.size).toBe(0);
});

function input(): ResultsInput {
  const ev = handEvaluation();
  return {
    asOf: "2023-02",
    vintage: "t-0",
    targetSet: DUEREN_2023,
    createdAt: new Date(0),
    jobcenters: [
      {
        jobcenter: { key: "05358", name: "Kreis Düren" },
        evaluation: { ...ev, asOf: "2023-02" },
        series: [
          {
            code: "INT",
            jobcenter: "05358",
            vintage: "t-0",
            values: new Map(),
            source: {
              sheet: "Integrationen",
              range: "C5:C7",
              labelCell: "C4",
              label: "INT",
              cells: new Map([
                ["2022-12", { row: 4, col: 2 }],
                ["2023-01", { row: 5, col: 2 }],
                ["2023-02", { row: 6, col: 2 }],
                ["2023-03", { row: 7, col: 2 }],
              ]),
            },
          },
        ],
      },
    ],
  };
}

test("highlights colour the target's cells of January … report month, and are removed", async () => {
  const { h } = host();
  await h.readWorkbook();
  await h.applyHighlights(input());
  const marks = h.getSnapshot().marks;
  // INT feeds II.1 (auf Kurs) and II.2 (K2, gefährdet): the worse status wins
  expect([...marks.keys()].sort()).toEqual(["Integrationen|5|2", "Integrationen|6|2"]);
  expect(marks.get("Integrationen|5|2")?.fill).toBe(`#${STATUS_COLORS["atRisk"]}`);
  await h.removeHighlights();
  expect(h.getSnapshot().marks.size).toBe(0);
});

test("summary and report become sheets of the viewer and survive a re-read", async () => {
  const { h } = host();
  await h.readWorkbook();
  await h.writeSummarySheet(input());
  await h.writeReport(input());
  await h.writeSummarySheet(input());
  expect(h.getSnapshot().sheets.map((s) => s.name)).toEqual(["Integrationen", "eLb", "Bericht Steuerungsdialog", "Zielerreichung"]);
  expect(h.getSnapshot().active).toBe("Zielerreichung");
  const summary = h.getSnapshot().sheets.find((s) => s.name === "Zielerreichung");
  // The shared summary layout: Ziel | Indikator | Formulierung | JFW | Vorjahr | Veränderung | Zielwert | Einheit | Status …
  const row = summary?.values.find((r) => r[0] === "III.1");
  expect(row?.slice(3, 5)).toEqual([5012, 5030]);
  expect(row?.[7]).toBe("Prozent");
  expect(row?.[8]).toBe("nicht erreicht (knapp)");
  await h.readWorkbook();
  expect(h.getSnapshot().sheets.map((s) => s.name)).toContain("Bericht Steuerungsdialog");
});

/** A transposed table: a block per year, Integrationen in rows 3 and 8 (0-based 2 and 7), months in B…M. */
const TRANSPOSED: WorkbookData = {
  sheets: [
    {
      name: "Kennzahlen",
      origin: { row: 0, col: 0 },
      values: [2022, 2023].flatMap((year) => [
        [`Jahr ${year}`],
        ["Kennzahl", "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
        ["Integrationen", ...Array<number>(12).fill(year === 2022 ? 200 : 210)],
        ["Erwerbsfähige Leistungsberechtigte", ...Array<number>(12).fill(10000)],
        [],
      ]),
    },
    { name: "Andere", origin: { row: 0, col: 0 }, values: [[1]] },
  ],
};

test("Anzeigen on one indicator of a transposed table selects exactly its rows, not the block", async () => {
  const h = new PreviewHost({ name: "t.xlsx", load: async () => new ArrayBuffer(8) }, async () => TRANSPOSED, memoryStorage());
  const int = detectIndicators(await h.readWorkbook()).series.find((s) => s.code === "INT")!;
  expect(int.source.range).toBe("B3:M8"); // the block around both rows, with eLb in between
  const result = await h.goTo(int.source.sheet, int.source.areas!);
  expect(h.getSnapshot().selection).toEqual({
    sheet: "Kennzahlen",
    areas: [
      { sheet: "Kennzahlen", row: 2, col: 1, rows: 1, cols: 12 },
      { sheet: "Kennzahlen", row: 7, col: 1, rows: 1, cols: 12 },
    ],
  });
  expect(result).toEqual({ selected: int.source.areas, omitted: [], singleArea: false });
  expect(await h.getSelectedRange()).toEqual({ sheet: "Kennzahlen", address: "B3:M3,B8:M8" });
  // an address of several areas does the same; an area on another sheet is named, not selected
  const mixed = await h.goTo("Kennzahlen", "B4:M4,Andere!A1");
  expect(await h.getSelectedRange()).toEqual({ sheet: "Kennzahlen", address: "B4:M4" });
  expect(mixed.omitted).toEqual([{ sheet: "Andere", row: 0, col: 0, rows: 1, cols: 1 }]);
  await expect(h.goTo("Kennzahlen", "kein Bereich")).rejects.toThrow("„kein Bereich“ ist kein Zellbezug.");
  // the pane says it in its own language, not both at once
  const refused = await h.goTo("Kennzahlen", "kein Bereich").then(() => null, (e: unknown) => e);
  expect(errorText(refused, "en")).toBe('"kein Bereich" is not a cell reference.');
  expect(errorText(await h.goTo("Fehlt", "A1").then(() => null, (e: unknown) => e), "en")).toBe('There is no sheet "Fehlt".');
});

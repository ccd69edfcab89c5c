/**
 * `npm run samples`: writes the synthetic sample workbooks under samples/ in four layouts controllers
 * actually keep. The figures come from scripts/samples/series.ts and are invented.
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { IndicatorData } from "../src/domain/evaluation";
import type { DataCode } from "../src/domain/indicators";
import { monthNames, ym } from "../src/domain/yearMonth";
import { BA_COLUMNS, baHeader, baRow } from "./samples/baExport";
import { BA_JOBCENTERS, DUEREN_PROFILE, generateJobcenter, HANDKEPT_GAPS, sampleSeries } from "./samples/series";

const OUT = join(__dirname, "..", "samples");
const SYNTHETIC = "Quelle: synthetische Beispieldaten – keine echten Zahlen eines Jobcenters.";
const YEARS = [2021, 2022, 2023];
const SHORT = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];

function allMonths(years = YEARS): string[] {
  return years.flatMap((y) => Array.from({ length: 12 }, (_, i) => ym(y, i + 1)));
}

function label(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${SHORT[m - 1]} ${y}`;
}

function bold(row: ExcelJS.Row): void {
  row.font = { bold: true };
}

/** One sheet, months down the rows, a two-line header, a title and a note above, the source below. */
function monthsDownSheet(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  header1: string[],
  header2: string[],
  merges: string[],
  columns: DataCode[],
  data: IndicatorData,
  months: string[],
  monthCell: (m: string) => ExcelJS.CellValue,
  numFmt?: string,
): void {
  const ws = wb.addWorksheet(name);
  ws.getCell("A1").value = title;
  ws.getCell("A1").font = { bold: true, size: 13 };
  ws.getCell("A2").value = "Synthetische Beispieldaten zur Erprobung von Zielmonitor, Stand 15.01.2024";
  bold(ws.getRow(4));
  bold(ws.getRow(5));
  ws.getRow(4).values = header1;
  ws.getRow(5).values = header2;
  for (const m of merges) ws.mergeCells(m);
  months.forEach((m, i) => {
    const row = ws.getRow(6 + i);
    row.getCell(1).value = monthCell(m);
    if (numFmt) row.getCell(1).numFmt = numFmt;
    columns.forEach((code, j) => {
      const v = data[code]?.get(m);
      row.getCell(2 + j).value = v === undefined ? null : v;
      row.getCell(2 + j).numFmt = "#,##0";
    });
  });
  ws.getCell(6 + months.length + 1, 1).value = SYNTHETIC;
  ws.getColumn(1).width = 14;
  for (let c = 2; c <= columns.length + 1; c++) ws.getColumn(c).width = 16;
}

async function dueren(): Promise<void> {
  const g = generateJobcenter(DUEREN_PROFILE, 5358);
  const wb = new ExcelJS.Workbook();
  const months = allMonths();
  for (const v of ["t-0", "t-3"] as const) {
    monthsDownSheet(
      wb,
      `Integrationen ${v}`,
      `Kreis Düren – Monitoring Integrationen (Wartezeit ${v})`,
      ["Monat", "Integrationen", "", "", "Integrationen von LZB", "bedarfsdeckende Integrationen"],
      ["", "insgesamt", "davon Frauen", "davon Männer", "", ""],
      ["B4:D4"],
      ["INT", "INT_F", "INT_M", "INT_LZB", "INT_BD"],
      g.get(v)!,
      months,
      label,
    );
  }
  const serial = (m: string) => new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5)) - 1, 1));
  monthsDownSheet(
    wb,
    "Bestände",
    "Kreis Düren – Bestände (Monatsende)",
    ["Monat", "erwerbsfähige Leistungsberechtigte (eLb)", "", "", "Langzeitleistungsbeziehende", "LZB 4 Jahre und länger", "Bedarfsgemeinschaften"],
    ["", "insgesamt", "Frauen", "Männer", "", "", ""],
    ["B4:D4"],
    ["ELB", "ELB_F", "ELB_M", "LZB", "LZB4", "BG"],
    g.get("t-0")!,
    months,
    serial,
    "mmm yyyy",
  );
  monthsDownSheet(
    wb,
    "Leistungen",
    "Kreis Düren – Leistungen in Euro",
    ["Monat", "Leistungen zum Lebensunterhalt (LLU) in €", "Leistungen für Unterkunft und Heizung (LUH) in €"],
    ["", "", ""],
    [],
    ["LLU", "LUH"],
    g.get("t-0")!,
    months,
    (m) => `${m.slice(5)}/${m.slice(0, 4)}`,
  );
  await wb.xlsx.writeFile(join(OUT, "kreis-dueren-2021-2023.xlsx"));
}

async function transposed(): Promise<void> {
  const data = sampleSeries("transponiert").data.get("")!.get("t-0")!;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Kennzahlen");
  ws.getCell("A1").value = "Jobcenter Kreis Düren – Kennzahlen nach Monaten (Wartezeit t-0)";
  ws.getCell("A1").font = { bold: true, size: 13 };
  const rows: [string, DataCode][] = [
    ["Integrationen", "INT"],
    ["davon Frauen", "INT_F"],
    ["davon Männer", "INT_M"],
    ["Integrationen von Langzeitleistungsbeziehenden", "INT_LZB"],
    ["bedarfsdeckende Integrationen", "INT_BD"],
    ["Erwerbsfähige Leistungsberechtigte", "ELB"],
    ["davon Frauen", "ELB_F"],
    ["davon Männer", "ELB_M"],
    ["Langzeitleistungsbezieher", "LZB"],
    ["LZB vier Jahre und länger", "LZB4"],
    ["Bedarfsgemeinschaften", "BG"],
    ["Leistungen zum Lebensunterhalt", "LLU"],
    ["Kosten der Unterkunft (KdU)", "LUH"],
  ];
  let r = 3;
  for (const year of YEARS) {
    ws.getCell(r, 1).value = `Jahr ${year}`;
    ws.getCell(r, 1).font = { bold: true };
    ws.getRow(r + 1).values = ["Kennzahl", ...monthNames("de").map((n) => n.slice(0, 3))];
    bold(ws.getRow(r + 1));
    rows.forEach(([text, code], i) => {
      const row = ws.getRow(r + 2 + i);
      row.getCell(1).value = text;
      for (let m = 1; m <= 12; m++) {
        row.getCell(1 + m).value = data[code]!.get(ym(year, m)) ?? null;
        row.getCell(1 + m).numFmt = "#,##0";
      }
    });
    r += rows.length + 4;
  }
  ws.getCell(r, 1).value = SYNTHETIC;
  ws.getColumn(1).width = 44;
  await wb.xlsx.writeFile(join(OUT, "transponiert.xlsx"));
}

/** A BA Statistik-style export: a header block, then one row per Jobcenter and month. */
export async function writeBaExport(
  path: string,
  jobcenters: { key: string; name: string; data: Map<string, IndicatorData> }[],
  months: string[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const vintage of ["t-0", "t-3"]) {
    const ws = wb.addWorksheet(`Kennzahlen ${vintage}`);
    ws.getCell("A1").value = "Statistik der Grundsicherung für Arbeitsuchende nach dem SGB II";
    ws.getCell("A2").value = "Kennzahlen nach § 48a SGB II – Zeitreihe nach Jobcentern (synthetische Beispieldaten)";
    ws.getCell("A3").value = `Wartezeit: ${vintage}`;
    ws.getCell("A4").value = "Erstellungsdatum: 15.01.2024";
    ws.getRow(6).values = baHeader();
    bold(ws.getRow(6));
    const rows: ExcelJS.CellValue[][] = [];
    let i = 0;
    for (const jc of jobcenters) {
      const data = jc.data.get(vintage)!;
      for (const m of months) {
        // Some exports carry numbers as German text ("1.234"): every 7th row here does.
        const asText = i++ % 7 === 3;
        rows.push(baRow(jc.key, jc.name, m, data, BA_COLUMNS, (v) => (asText ? v.toLocaleString("de-DE") : v)));
      }
    }
    ws.addRows(rows);
    ws.addRow([]);
    ws.addRow(["© synthetische Daten, erzeugt von Zielmonitor"]);
    ws.getColumn(1).width = 20;
    ws.getColumn(2).width = 24;
  }
  await wb.xlsx.writeFile(path);
}

async function baExport(): Promise<void> {
  const sample = sampleSeries("ba-export-mehrere-jobcenter");
  await writeBaExport(
    join(OUT, "ba-export-mehrere-jobcenter.xlsx"),
    BA_JOBCENTERS.map((jc) => ({
      key: jc.key,
      name: jc.name,
      data: sample.data.get(jc.key)! as Map<string, IndicatorData>,
    })),
    allMonths(),
  );
}

async function handKept(): Promise<void> {
  const full = generateJobcenter(DUEREN_PROFILE, 5358).get("t-0")!;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Monitoring 2022-2023");
  ws.getCell("B1").value = "Monitoring Jobcenter Kreis Düren (von Hand gepflegt)";
  ws.getCell("B1").font = { bold: true };
  ws.getCell("B2").value = "Hinweis: * = Wert folgt, x = gesperrt, - = nicht erhoben; Dez. 2023 noch offen";
  ws.getRow(4).values = ["", "Monat", "Integrationen", "", "", "eLb", "", "", "LZB", "Integrationen v. LZB", "Bemerkung"];
  ws.getRow(5).values = ["", "", "gesamt", "Frauen", "Männer", "gesamt", "Frauen", "Männer", "", "", ""];
  ws.mergeCells("C4:E4");
  ws.mergeCells("F4:H4");
  ws.mergeCells("B4:B5");
  bold(ws.getRow(4));
  bold(ws.getRow(5));
  const codes: DataCode[] = ["INT", "INT_F", "INT_M", "ELB", "ELB_F", "ELB_M", "LZB", "INT_LZB"];
  const months = allMonths([2022, 2023]);
  months.forEach((m, i) => {
    const row = ws.getRow(6 + i);
    row.getCell(2).value = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5)) - 1, 1));
    row.getCell(2).numFmt = "mmm yy";
    codes.forEach((code, j) => {
      const gap = HANDKEPT_GAPS.find((g) => g.code === code && g.month === m);
      const v = full[code]!.get(m)!;
      // Stocks typed as German text with thousands separators, as often pasted from reports.
      row.getCell(3 + j).value = gap ? gap.shown : code.startsWith("ELB") ? v.toLocaleString("de-DE") : v;
    });
    if (m === "2022-06") {
      row.getCell(11).value = "Zeile ausgeblendet (Korrektur)";
      row.hidden = true;
    }
    if (m === "2023-01") row.getCell(11).value = "Bürgergeld-Einführung";
  });
  const end = 6 + months.length;
  ws.getCell(end, 2).value = "Summe";
  ws.getCell(end + 2, 2).value = SYNTHETIC;
  ws.getColumn(2).width = 12;
  ws.getColumn(11).width = 30;
  await wb.xlsx.writeFile(join(OUT, "handgepflegt.xlsx"));
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  await dueren();
  await transposed();
  await baExport();
  await handKept();
  console.log(`Beispielmappen geschrieben nach ${OUT}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

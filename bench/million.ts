/**
 * Issue 9 point 3: a workbook of 1,000,000 data rows (27,778 Jobcenters × 36 months, BA layout, eleven
 * columns) through the built CLI as its own process: evaluated or refused with a clear message within
 * 30 s and 2 GB. The file is written as plain OOXML parts (inline strings) to keep the bench quick.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import type { BenchRow } from "./benchRow";
import { recordResults } from "./results";
import { BA_MONTHS } from "./detector";
import { tempDir } from "./libreoffice";
import { runCliProcess } from "./subprocess";
import { BA_COLUMNS, baHeader, baRow } from "../scripts/samples/baExport";
import { DUEREN_PROFILE, generateJobcenter } from "../scripts/samples/series";

export const MILLION_ROWS = 1_000_000;
/** The first eight series of the BA export (with key, name and month: eleven columns). */
const COLS = BA_COLUMNS.slice(0, 8);

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const str = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${esc(s)}</t></is></c>`;
const colName = (i: number) => String.fromCharCode(65 + i);

export async function writeMillionRows(path: string): Promise<void> {
  const chunks: string[] = [];
  chunks.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const header = baHeader(COLS);
  chunks.push(`<row r="1">${header.map((h, i) => str(`${colName(i)}1`, h)).join("")}</row>`);
  let row = 2;
  const jcCount = Math.ceil(MILLION_ROWS / BA_MONTHS.length);
  let base = generateJobcenter(DUEREN_PROFILE, 1).get("t-0")!;
  for (let j = 0; j < jcCount && row <= MILLION_ROWS + 1; j++) {
    if (j % 1000 === 0) base = generateJobcenter(DUEREN_PROFILE, 1 + j).get("t-0")!;
    const key = String(10000 + j);
    for (const m of BA_MONTHS) {
      if (row > MILLION_ROWS + 1) break;
      const cells = baRow(key, `Jobcenter ${j + 1}`, m, base, COLS, (v) => v + (j % 13)).map((v, i) =>
        v === null ? "" : typeof v === "string" ? str(`${colName(i)}${row}`, v) : `<c r="${colName(i)}${row}"><v>${v}</v></c>`,
      );
      chunks.push(`<row r="${row}">${cells.join("")}</row>`);
      row++;
    }
  }
  chunks.push("</sheetData></worksheet>");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Kennzahlen t-0" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file("xl/worksheets/sheet1.xml", chunks.join(""));
  writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } }));
}

export async function run(): Promise<BenchRow[]> {
  const path = join(tempDir("zm-bench-million-"), "eine-million-zeilen.xlsx");
  await writeMillionRows(path);
  const r = await runCliProcess(["evaluate", path, "--json"], 120_000);
  const outcome = r.timedOut
    ? "abgebrochen nach 120 s"
    : r.code === 0
      ? `ausgewertet, ${Math.round(r.stdoutBytes / 1024 / 1024)} MB JSON`
      : `Exit ${r.code}: ${r.stderr.trim().split("\n").slice(-1)[0]?.slice(0, 90) ?? ""}`;
  const rss = r.maxRssMb ?? 0;
  recordResults("million", { rows: MILLION_ROWS, ms: Math.round(r.ms), exitCode: r.code, outcome, maxRssMb: Math.round(rss), budgets: { ms: 30000, maxRssMb: 2048 } });
  return [
    {
      name: "1.000.000 Zeilen: CLI evaluate --json",
      unit: "27.778 JC × 36 Monate, 11 Spalten",
      iterations: 1,
      totalMs: r.ms,
      budget: "< 30.000 ms",
      ok: !r.timedOut && r.ms < 30_000 && (r.code === 0 || r.code === 1) && !/Interner Fehler|at .*\(/.test(r.stderr),
      note: outcome,
    },
    {
      name: "1.000.000 Zeilen: Spitzenspeicher",
      unit: "MB (maxRSS)",
      iterations: 0,
      totalMs: 0,
      figure: `${Math.round(rss)} MB`,
      budget: "< 2.048 MB",
      ok: rss > 0 && rss < 2048,
    },
  ];
}

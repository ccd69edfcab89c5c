/**
 * `npm run corpus [-- dir]`: writes the bad-input corpus (issue 9) into test/fixtures/bad/ (git keeps
 * only its README) or `dir`, and lists the cases. The corpus test (test/corpus/corpus.test.ts) calls
 * makeCorpus() itself into a temporary folder, so big files (zip bomb, 200,000 rows, 16,384 columns)
 * are never committed.
 *
 * Every workbook case is the Düren sample's data (samples/kreis-dueren-2021-2023.xlsx), rewritten as
 * raw XML with one defect, so the control case "ok" proves the base itself evaluates.
 */
import { linkSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { cellXml, colName, xlsxParts, zip, type RawCell, type RawSheet } from "./corpus/zip";

export const SAMPLE = resolve(__dirname, "..", "samples", "kreis-dueren-2021-2023.xlsx");

export type Klass = "control" | "workbook" | "package" | "targets" | "mapping" | "arguments" | "agreement";

export interface CorpusCase {
  id: string;
  klass: Klass;
  /** What is wrong, in a few words. */
  what: string;
  /** Arguments after `zielmonitor`; paths are inside the corpus folder. */
  argv: string[];
  /**
   * 0 only for valid data in an odd shape; 1 a problem with the input, 2 bad arguments; "warn" a defect in
   * single data cells: those months count as missing, the rest is evaluated (exit 0), and a warning names
   * file, sheet and cell.
   */
  code: 0 | 1 | 2 | "warn";
  /** Substrings standard error must contain (file, sheet, cell …). */
  mentions: string[];
  lang: "de" | "en";
}

/** The sample's sheets as raw rows (row 1 first, column A first); dates as "MM/JJJJ" text. */
export async function sampleSheets(): Promise<RawSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return wb.worksheets.map((ws) => {
    const rows: RawCell[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const values = (ws.getRow(r).values as unknown[]).slice(1);
      rows.push(
        values.map((v) => {
          if (v === undefined || v === null || v === "") return null;
          if (v instanceof Date) return `${String(v.getUTCMonth() + 1).padStart(2, "0")}/${v.getUTCFullYear()}`;
          if (typeof v === "number" || typeof v === "string") return v;
          return String(v);
        }),
      );
    }
    return { name: ws.name, rows };
  });
}

const clone = (sheets: RawSheet[]): RawSheet[] => sheets.map((s) => ({ ...s, rows: s.rows?.map((r) => [...r]) }));

/** Rows of the sample's integration sheet: 1-based row → index. Row 6 is Jan 2021, row 40 Nov 2023, row 41 Dec 2023. */
const INT = 0;
const STOCK = 2;
const set = (s: RawSheet, ref: string, v: RawCell) => {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(m[2]);
  while (s.rows!.length < row) s.rows!.push([]);
  const r = s.rows![row - 1];
  while (r.length < col) r.push(null);
  r[col - 1] = v;
};

const OLE2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 0)]);

function pseudoRandom(n: number, seed = 7): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x >>> 16;
  }
  return b;
}

/** Writes the corpus into `dir` and returns its cases. `big: false` leaves out the multi-megabyte ones. */
export async function makeCorpus(dir: string, { big = true }: { big?: boolean } = {}): Promise<CorpusCase[]> {
  mkdirSync(dir, { recursive: true });
  const base = await sampleSheets();
  const cases: CorpusCase[] = [];
  const p = (name: string) => join(dir, name);
  const write = (name: string, data: Buffer | string) => writeFileSync(p(name), data);
  const book = (name: string, sheets: RawSheet[], opts?: Parameters<typeof xlsxParts>[1]) => write(name, zip(xlsxParts(sheets, opts)));
  const add = (c: Omit<CorpusCase, "lang" | "mentions"> & { mentions?: string[]; lang?: "de" | "en" }) =>
    cases.push({ lang: "de", mentions: [], ...c, argv: c.lang === "en" ? [...c.argv, "--lang", "en"] : c.argv });
  /** A workbook case: the sample with `change` applied. */
  const wbCase = (id: string, what: string, code: CorpusCase["code"], mentions: string[], change: (s: RawSheet[]) => RawSheet[] | void, opts?: Parameters<typeof xlsxParts>[1], lang?: "de" | "en") => {
    const sheets = clone(base);
    const changed = change(sheets) ?? sheets;
    const file = `${id}.xlsx`;
    book(file, changed, opts);
    add({ id, klass: id === "ok" ? "control" : "workbook", what, argv: ["evaluate", p(file)], code, mentions: [file, ...mentions], lang });
  };

  // --- control: the base evaluates ---------------------------------------------------------------
  wbCase("ok", "the sample as raw XML (control)", 0, [], () => {});

  // --- cell contents -------------------------------------------------------------------------------
  wbCase("text-in-number", "text in a data cell", "warn", ["Integrationen t-0", "B40"], (s) => set(s[INT], "B40", "zwölf"));
  wbCase("text-in-number-en", "text in a data cell, English", "warn", ["Integrationen t-0", "B40"], (s) => set(s[INT], "B40", "zwölf"), undefined, "en");
  wbCase("excel-error", "#DIV/0! in a data cell", "warn", ["Integrationen t-0", "B40"], (s) => set(s[INT], "B40", { e: "#DIV/0!" }));
  wbCase("excel-error-na", "#N/A in a stock cell", "warn", ["Bestände", "B41"], (s) => set(s[STOCK], "B41", { e: "#N/A" }));
  wbCase("formula-no-cache", "formula without cached value in a data cell", "warn", ["Integrationen t-0", "B40"], (s) => set(s[INT], "B40", { f: "B39+1" }));
  wbCase("negative-count", "negative count", "warn", ["Integrationen t-0", "B40"], (s) => set(s[INT], "B40", -174));
  wbCase("huge-number", "1e308 in a data cell", "warn", ["Integrationen t-0", "B40"], (s) => set(s[INT], "B40", 1e308));
  wbCase("zero-stock", "eLb stock zero in every month (zero denominators)", "warn", ["Bestände"], (s) => {
    for (let r = 6; r <= 41; r++) set(s[STOCK], `B${r}`, 0);
  });

  // --- months --------------------------------------------------------------------------------------
  wbCase("duplicate-month", "a month twice", "warn", ["Integrationen t-0", "B40", "Oktober 2023"], (s) => set(s[INT], "A40", "Okt 2023"));
  wbCase("missing-month", "a month missing in the middle of 2023", "warn", ["Integrationen t-0"], (s) => {
    s[INT].rows!.splice(34, 1); // row 35 = Jun 2023
  });
  wbCase("unordered-months", "two labelled months swapped (complete data)", "warn", ["Integrationen t-0", "B21"], (s) => {
    const rows = s[INT].rows!;
    [rows[19], rows[20]] = [rows[20], rows[19]];
  });

  // --- merged cells --------------------------------------------------------------------------------
  const merge = (refs: string[]) => `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;
  wbCase("merged-title", "title merged across the table", 0, [], (s) => {
    s[INT].after = merge(["A1:F1"]);
  });
  wbCase("merged-header", "header merged across three columns (blank under the merge)", 0, [], (s) => {
    set(s[INT], "C4", null);
    set(s[INT], "D4", null);
    s[INT].after = merge(["B4:D4"]);
  });
  wbCase("merged-data", "one value merged over three months", "warn", ["Integrationen t-0", "B10:B12"], (s) => {
    set(s[INT], "B11", null);
    set(s[INT], "B12", null);
    s[INT].after = merge(["B10:B12"]);
  });
  wbCase("merged-months", "one month label merged over two rows", "warn", ["Integrationen t-0", "A11"], (s) => {
    set(s[INT], "A11", null);
    s[INT].after = merge(["A10:A11"]);
  });
  wbCase("merged-whole-column", "a merge over a whole column", 0, [], (s) => {
    s[INT].after = merge(["I1:I1048576"]);
  });

  // --- sheet shape ---------------------------------------------------------------------------------
  wbCase("stray-last-row", "a stray cell in the last row", 0, [], (s) => set(s[INT], "A1048576", "x"));
  wbCase("used-range-xfd", "used range up to XFD1048576", 0, [], (s) => {
    s[INT].sheetData = undefined;
    s[INT].rows!.push([]);
    s[INT].dimension = "A1:XFD1048576";
    const last = `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`;
    s[INT].sheetData =
      s[INT].rows!.map((row, r) => `<row r="${r + 1}">${row.map((v, c) => (v === null ? "" : cellXmlFor(c, r, v))).join("")}</row>`).join("") + last;
  });
  wbCase("odd-sheet-names", "sheet names with quotes, apostrophes, umlauts, emoji", 0, [], (s) => {
    s[INT].name = `Int'egr. "t-0" Ü€ 😀 #1`;
    s[1].name = "=SUMME(A1)";
  });
  wbCase("odd-sheet-name-error", "an error on a sheet with an odd name", "warn", [`Int'egr. "t-0" Ü€ 😀 #1`, "B40"], (s) => {
    s[INT].name = `Int'egr. "t-0" Ü€ 😀 #1`;
    set(s[INT], "B40", "zwölf");
  });
  wbCase("protected-sheet", "sheet protected with a password", 0, [], (s) => {
    s[INT].after = `<sheetProtection sheet="1" objects="1" scenarios="1" password="CC3D"/>`;
  });
  wbCase("protected-workbook", "workbook structure protected", 0, [], () => {}, { workbookExtra: `<workbookProtection lockStructure="1" workbookPassword="CC3D"/>` });
  wbCase("chart-sheet", "a chart sheet beside the data", 0, [], () => {}, { chartSheet: "Diagramm" });
  {
    const sheets = clone(base);
    book("makro.xlsm", sheets, { macro: true });
    add({ id: "xlsm", klass: "workbook", what: "macro-enabled workbook (.xlsm)", argv: ["evaluate", p("makro.xlsm")], code: 0, mentions: [] });
  }
  book("leer.xlsx", [{ name: "Tabelle1", rows: [] }]);
  add({ id: "empty-workbook", klass: "workbook", what: "one empty sheet", argv: ["evaluate", p("leer.xlsx")], code: 1, mentions: ["leer.xlsx"] });
  book("ohne-kopf.xlsx", [{ name: "Tabelle1", rows: base[INT].rows!.slice(5).map((r) => r.slice(2)) }]);
  add({ id: "headerless", klass: "workbook", what: "numbers without labels or months", argv: ["evaluate", p("ohne-kopf.xlsx")], code: 1, mentions: ["ohne-kopf.xlsx"] });
  book("nur-diagramm.xlsx", [{ name: "Tabelle1", rows: [] }], { chartSheet: "Diagramm" });
  add({ id: "only-chart-sheet", klass: "workbook", what: "an empty sheet and a chart sheet", argv: ["evaluate", p("nur-diagramm.xlsx")], code: 1, mentions: ["nur-diagramm.xlsx"] });

  // --- not an .xlsx --------------------------------------------------------------------------------
  const pkg = (id: string, what: string, file: string, data: Buffer | string, lang?: "de" | "en") => {
    write(file, data);
    add({ id, klass: "package", what, argv: ["evaluate", p(file)], code: 1, mentions: [file], lang });
  };
  pkg("xls", "old .xls (OLE2) file", "alt.xls", OLE2);
  pkg("xls-renamed", "old .xls renamed to .xlsx", "alt-umbenannt.xlsx", OLE2);
  pkg("csv-renamed", "CSV renamed to .xlsx", "csv.xlsx", "Monat;Integrationen\nJan 2023;154\nFeb 2023;174\n");
  pkg("text-renamed", "text renamed to .xlsx", "text.xlsx", "Dies ist keine Arbeitsmappe.\n");
  pkg("empty-file", "a file of 0 bytes", "null-bytes.xlsx", "");
  pkg("non-zip", "random bytes", "zufall.xlsx", pseudoRandom(20000));
  const okBytes = zip(xlsxParts(base));
  pkg("truncated", "the sample cut in half", "abgeschnitten.xlsx", okBytes.subarray(0, Math.floor(okBytes.length / 2)));
  pkg("truncated-end", "the sample without its last 100 bytes", "ende-fehlt.xlsx", okBytes.subarray(0, okBytes.length - 100));
  pkg("zip-not-xlsx", "a zip without a workbook", "fremd.xlsx", zip([{ name: "hallo.txt", data: "hallo" }]));
  pkg("missing-file", "a workbook that does not exist", "gibt-es-nicht.xlsx", "");
  rmSync(p("gibt-es-nicht.xlsx"));
  cases[cases.length - 1].mentions = ["gibt-es-nicht.xlsx"];
  pkg("missing-file-en", "a workbook that does not exist, English", "fehlt-auch.xlsx", "", "en");
  rmSync(p("fehlt-auch.xlsx"));

  if (big) {
    // 200 MB of whitespace inside <sheetData> packs into a few hundred kilobytes.
    const bomb = xlsxParts([{ name: "Daten", sheetData: "" }]);
    const sheet = bomb.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    sheet.data = String(sheet.data).replace("<sheetData></sheetData>", `<sheetData>${" ".repeat(200 * 1024 * 1024)}</sheetData>`);
    pkg("zip-bomb", "200 MB of XML packed into a few hundred KB", "bombe.xlsx", zip(bomb));

    const long = clone(base);
    const rows: string[] = [];
    for (let r = 1; r <= 200_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r % 97}</v></c></row>`);
    long.push({ name: "Lang", sheetData: rows.join("") });
    book("lang.xlsx", long);
    add({ id: "long-sheet", klass: "workbook", what: "an extra sheet of 200,000 rows", argv: ["evaluate", p("lang.xlsx")], code: 0, mentions: [] });

    const wide = clone(base);
    const cells = (r: number) => Array.from({ length: 16384 }, (_, c) => c + r);
    wide.push({ name: "Breit", rows: [cells(1), cells(2), cells(3)] });
    book("breit.xlsx", wide);
    add({ id: "wide-sheet", klass: "workbook", what: "an extra sheet 16,384 columns wide", argv: ["evaluate", p("breit.xlsx")], code: 0, mentions: [] });
  }

  // --- targets files -------------------------------------------------------------------------------
  const okFile = p("ok.xlsx");
  const targets = (id: string, what: string, content: string | Buffer, mentions: string[] = [], lang?: "de" | "en") => {
    const file = `ziele-${id}.json`;
    write(file, content);
    add({ id: `targets-${id}`, klass: "targets", what, argv: ["evaluate", okFile, "--targets", p(file)], code: 1, mentions: [file, ...mentions], lang });
  };
  const target = (t: Record<string, unknown>) => JSON.stringify({ year: 2023, targets: [{ id: "II.1", indicator: "INT", unit: "percent", direction: ">=", value: 0.019, ...t }] });
  targets("not-json", "not JSON", "{ year: 2023, targets: [");
  targets("empty", "an empty file", "");
  targets("null", "the JSON value null", "null");
  targets("array", "a JSON array", "[]");
  targets("null-entry", "a null entry among the targets", JSON.stringify({ year: 2023, targets: [null] }));
  targets("no-targets", "an empty list of targets", JSON.stringify({ year: 2023, targets: [] }));
  targets("unit", "an unknown unit", target({ unit: "Prozentpunkte" }), ["unit"]);
  targets("direction", "an unknown direction", target({ direction: "=>" }), ["direction"]);
  targets("value-text", "a value as text", target({ value: "1,9 %" }));
  targets("value-infinite", "a value beyond any number (1e999)", `{"year":2023,"targets":[{"id":"II.1","indicator":"INT","unit":"percent","direction":">=","value":1e999}]}`);
  targets("indicator", "an unknown indicator", target({ indicator: "XYZ" }), ["XYZ"]);
  targets("year", "a year that is no year", target({}).replace('"year":2023', '"year":"2023/24"'));
  targets("binary", "binary bytes", pseudoRandom(2000, 3));
  targets("en", "not JSON, English", "{", [], "en");

  // --- mapping files -------------------------------------------------------------------------------
  /** `names: "workbook"` for a mapping that is well-formed but does not fit the workbook: the message names the workbook. */
  const mapping = (id: string, what: string, content: string, mentions: string[] = [], lang?: "de" | "en", names: "mapping" | "workbook" = "mapping") => {
    const file = `zuordnung-${id}.json`;
    write(file, content);
    add({ id: `mapping-${id}`, klass: "mapping", what, argv: ["evaluate", okFile, "--mapping", p(file)], code: 1, mentions: [names === "mapping" ? file : "ok.xlsx", ...mentions], lang });
  };
  const series = (s: Record<string, unknown>) => JSON.stringify({ version: 1, series: [{ code: "INT", sheet: "Integrationen t-0", months: "A6:A41", values: "B6:B41", vintage: "t-0", ...s }] });
  mapping("not-json", "not JSON", "{ version: 1");
  mapping("null", "the JSON value null", "null");
  mapping("null-entry", "a null entry among the series", JSON.stringify({ version: 1, series: [null] }));
  mapping("version", "an unknown version", JSON.stringify({ version: 2, series: [] }));
  mapping("sheet", "a sheet the workbook does not have", series({ sheet: "Gibt es nicht" }), ["Gibt es nicht"], "de", "workbook");
  mapping("range", "a malformed range", series({ values: "B6:" }), ["B6:"]);
  mapping("lengths", "months and values of different length", series({ values: "B6:B30" }));
  mapping("code", "an unknown indicator code", series({ code: "XYZ" }), ["XYZ"]);
  mapping("vintage-mixed", "a series mapped onto the t-3 sheet while t-0 is evaluated", series({ sheet: "Integrationen t-3", vintage: "t-3" }), ["Wartezeiten gemischt", "t-3"], "de", "workbook");
  mapping("vintage-unknown", "a vintage that does not exist", series({ vintage: "t-5" }), ["t-5"]);
  mapping("en", "a null entry, English", JSON.stringify({ version: 1, series: [null] }), [], "en");

  // --- arguments -----------------------------------------------------------------------------------
  const args = (id: string, what: string, argv: string[], mentions: string[] = [], lang?: "de" | "en") =>
    add({ id: `args-${id}`, klass: "arguments", what, argv, code: 2, mentions, lang });
  args("no-command", "no command", []);
  args("unknown-command", "an unknown command", ["auswerten", okFile], ["auswerten"]);
  args("unknown-flag", "an unknown option", ["evaluate", okFile, "--foo"], ["--foo"]);
  args("missing-value", "--month without its value", ["evaluate", okFile, "--month"], ["--month"]);
  args("month-slash", "--month 13/2023", ["evaluate", okFile, "--month", "13/2023"], ["13/2023"]);
  args("month-13", "--month 2023-13", ["evaluate", okFile, "--month", "2023-13"], ["2023-13"]);
  args("vintage", "--vintage t-9", ["evaluate", okFile, "--vintage", "t-9"], ["t-9"]);
  args("lang", "--lang fr", ["evaluate", okFile, "--lang", "fr"], ["fr"]);
  args("flag-value", "--json=1", ["evaluate", okFile, "--json=1"], ["--json"]);
  args("two-workbooks", "two workbooks", ["evaluate", okFile, okFile]);
  args("no-workbook", "no workbook", ["evaluate"]);
  args("out-is-input", "--out the input itself", ["evaluate", okFile, "--out", okFile], ["ok.xlsx"]);
  mkdirSync(p("ordner"), { recursive: true });
  args("out-directory", "--out a directory", ["evaluate", okFile, "--out", p("ordner")], ["ordner"]);
  write("datei.txt", "eine Datei");
  args("out-below-file", "--out below a file", ["evaluate", okFile, "--out", p("datei.txt/ergebnis.xlsx")], ["datei.txt"]);
  symlinkSync(okFile, p("verweis.xlsx"));
  args("out-symlink", "--out a symbolic link to the input", ["evaluate", okFile, "--out", p("verweis.xlsx")], ["verweis.xlsx"]);
  linkSync(okFile, p("harter-link.xlsx"));
  args("out-hardlink", "--out a hard link to the input", ["evaluate", okFile, "--out", p("harter-link.xlsx")], ["harter-link.xlsx"]);
  args("month-en", "--month 2023-13, English", ["evaluate", okFile, "--month", "2023-13"], ["2023-13"], "en");
  args("targets-no-file", "targets without a file", ["targets"]);
  args("targets-flag", "targets with an unknown option", ["targets", p("ok.xlsx"), "--bogus"], ["--bogus"]);

  add({ id: "month-no-data-past", klass: "arguments", what: "--month 1999-01 (no data then)", argv: ["evaluate", okFile, "--month", "1999-01"], code: 1, mentions: ["1999"] });
  add({ id: "month-no-data-future", klass: "arguments", what: "--month 2031-01 (no data then)", argv: ["evaluate", okFile, "--month", "2031-01"], code: 1, mentions: ["2031"] });

  // --- agreement texts -----------------------------------------------------------------------------
  const agreement = (id: string, what: string, file: string, content: string | Buffer, lang?: "de" | "en") => {
    write(file, content);
    add({ id: `agreement-${id}`, klass: "agreement", what, argv: ["targets", p(file), "--year", "2023"], code: 1, mentions: [file], lang });
  };
  agreement("empty", "an empty text", "leer.txt", "");
  agreement("binary", "binary bytes as .txt", "binaer.txt", pseudoRandom(50_000, 11));
  agreement("binary-md", "binary bytes as .md", "binaer.md", OLE2);
  agreement("numbers-only", "numbers without targets", "zahlen.txt", "Im Jahr 2022 gab es 1.234 Integrationen, 56,7 % mehr als 2021, und 89 Beratungen.\n".repeat(200));
  agreement("spaces", "a long run of spaces in a target sentence", "leerzeichen.txt", `Das Ziel ist erreicht, wenn sich die Zahl${" ".repeat(200_000)}x`);
  agreement("directions", "direction words without numbers", "richtungen.txt", "erhöht verringert mindestens höchstens ".repeat(50_000));
  agreement("parties", "the parties clause repeated", "parteien.txt", "Zielvereinbarung zwischen dem Jobcenter und dem Kreis und ".repeat(50_000));
  agreement("no-year", "a text without a year and no --year", "ohne-jahr.txt", "Das Ziel ist erreicht, wenn sich die Zahl der Integrationen um 2 Prozent erhöht.\n");
  cases[cases.length - 1].argv.splice(-2);
  cases[cases.length - 1].code = 2;
  agreement("past", "last year's figures under a goal heading", "vorjahr.txt", "II. Verbesserung der Integration\n\nIm Jahr 2022 stieg die Zahl der Integrationen um 3,1 Prozent.\n");
  agreement("docx-not-zip", "a .docx that is no zip", "kaputt.docx", "kein zip");
  agreement("docx-empty-zip", "a .docx without a document", "leer.docx", zip([{ name: "hallo.txt", data: "hallo" }]));
  agreement("en", "numbers without targets, English", "zahlen-en.txt", "Im Jahr 2022 gab es 1.234 Integrationen.\n", "en");
  if (big) agreement("huge", "5 MB of text without targets", "riesig.txt", "Die Beteiligten beraten sich regelmäßig über die Entwicklung der Zahlen im Jahr 2023.  \n".repeat(60_000));

  return cases;
}

function cellXmlFor(c: number, r: number, v: RawCell): string {
  return cellXml(`${colName(c + 1)}${r + 1}`, v);
}

if (process.argv[1] && /make-bad-corpus\.[cm]?[jt]s$/.test(process.argv[1])) {
  const named = process.argv.slice(2).find((a) => !a.startsWith("--"));
  const dir = resolve(named ?? join(__dirname, "..", "test", "fixtures", "bad"));
  makeCorpus(dir, { big: process.argv.includes("--big") }).then((cases) => {
    for (const c of cases) console.log(`${c.id.padEnd(28)} ${c.klass.padEnd(10)} exit ${c.code}  ${c.what}`);
    console.log(`${cases.length} Fälle in ${dir}`);
  });
}


/**
 * The scanner (src/xlsx/xmlScanner.ts) against saxes, the reference: random sheets written in every
 * way XML allows (entities and character references, CDATA, comments, attributes in any order with
 * either quote, prefixed names, xml:space, \r\n) and streamed in random chunks and text windows (cut
 * inside tags, entities and multi-byte characters) give identical workbooks through both; damaged sheets give the
 * same error through both (the scanner hands anything doubtful to saxes).
 */
import fc from "fast-check";
import JSZip from "jszip";
import { inflateRawSync } from "node:zlib";
import { readXlsx } from "../../src/xlsx/readXlsx";
import type { XmlReader } from "../../src/xlsx/partReader";
import type { RawInflater } from "../../src/xlsx/zipPackage";
import { decodeXml, ScanFallback } from "../../src/xlsx/xmlScanner";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A cell as the generator describes it, before it is written as XML. */
type Cell =
  | { kind: "n"; value: number }
  | { kind: "s"; index: number }
  | { kind: "inline"; runs: string[]; phonetic?: string }
  | { kind: "b"; value: boolean }
  | { kind: "e"; text: string }
  | { kind: "str"; text: string }
  | { kind: "formulaOnly" }
  | { kind: "date"; value: number };

/** References beyond what the scanner's fast path reads itself (beyond Excel's limits, lower case, $). */
const ODD_REFS = ["XFE1", "XFD1", "A0", "a5", "$B$3", "A1048577", "A1048576", "AAAA1", "B01", "C12345678", "7"];

const ALPHABET = ["a", "Z", " ", "&", "<", ">", '"', "'", "€", "ä", "ß", "\u00a0", "😀", "\n", "\t", "]", "]]>", ";", "#", "1", "-"];
const textArb = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 8 }).map((a) => a.join(""));

const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.record({ kind: fc.constant("n" as const), value: fc.oneof(fc.integer({ min: -1e6, max: 1e7 }), fc.double({ noNaN: true, noDefaultInfinity: true })) }),
  fc.record({ kind: fc.constant("s" as const), index: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant("inline" as const), runs: fc.array(textArb, { minLength: 1, maxLength: 3 }), phonetic: fc.option(textArb, { nil: undefined }) }),
  fc.record({ kind: fc.constant("b" as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant("e" as const), text: fc.constantFrom("#DIV/0!", "#NV", "#WERT!") }),
  fc.record({ kind: fc.constant("str" as const), text: textArb }),
  fc.record({ kind: fc.constant("formulaOnly" as const) }),
  fc.record({ kind: fc.constant("date" as const), value: fc.integer({ min: 36000, max: 50000 }) }),
);

const rowArb: fc.Arbitrary<Row> = fc.record({
  gap: fc.integer({ min: 1, max: 3 }),
  hidden: fc.boolean(),
  cells: fc.array(
    fc.record({ gap: fc.integer({ min: 1, max: 30 }), cell: cellArb, withRef: fc.boolean(), odd: fc.oneof({ arbitrary: fc.constant(undefined), weight: 12 }, { arbitrary: fc.constantFrom(...ODD_REFS), weight: 1 }) }),
    { maxLength: 6 },
  ),
});

type Row = { gap: number; hidden: boolean; cells: { gap: number; cell: Cell; withRef: boolean; odd?: string }[] };


/** How the XML is spelled: a seed per choice, so one sheet can be written many ways. */
const styleArb = fc.record({ seed: fc.integer({ min: 0, max: 2 ** 30 }), prefix: fc.boolean(), crlf: fc.boolean() });

function colName(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Writes sheets, strings and styles; every choice of spelling is drawn from `seed`. */
function writer(seed: number, prefix: boolean, crlf: boolean) {
  let x = seed || 1;
  const pick = (n: number) => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x % n;
  };
  const el = (name: string) => (prefix ? `x:${name}` : name);
  const ws = () => [" ", "  ", "\n", "\t", crlf ? "\r\n" : " "][pick(5)];
  const esc = (ch: string, attribute: boolean): string => {
    const code = ch.codePointAt(0)!;
    const ref = [`&#${code};`, `&#x${code.toString(16).toUpperCase()};`, `&#x${code.toString(16)};`][pick(3)];
    if (ch === "&") return ["&amp;", ref][pick(2)];
    if (ch === "<") return ["&lt;", ref][pick(2)];
    if (ch === ">") return [">", "&gt;", ref][pick(3)];
    if (ch === '"') return attribute ? ["&quot;", ref][pick(2)] : ['"', "&quot;", ref][pick(3)];
    if (ch === "'") return attribute ? ["&apos;", ref][pick(2)] : ["'", "&apos;", ref][pick(3)];
    // A literal tab or line end in an attribute is read as a space: escape it to keep it.
    if (ch === "\n" || ch === "\t") return attribute ? ref : crlf && ch === "\n" ? ["\n", "\r\n", ref][pick(3)] : [ch, ref][pick(2)];
    if (code > 127) return [ch, ref][pick(2)];
    return ch;
  };
  const text = (t: string): string => {
    if (t !== "" && !t.includes("]]>") && pick(4) === 0) return `<![CDATA[${t}]]>`;
    let out = "";
    for (const ch of t.replace(/]]>/g, "]]\u0000")) out += ch === "\u0000" ? "&gt;" : esc(ch, false);
    return out;
  };
  const attrs = (list: [string, string][]): string => {
    const order = [...list];
    for (let i = order.length - 1; i > 0; i--) {
      const j = pick(i + 1);
      [order[i], order[j]] = [order[j], order[i]];
    }
    return order
      .map(([k, v]) => {
        const q = pick(2) ? '"' : "'";
        const value = Array.from(v, (ch) => esc(ch, true)).join("");
        return `${ws()}${k}${pick(3) === 0 ? " = " : "="}${q}${value}${q}`;
      })
      .join("");
  };
  const comment = () => (pick(8) === 0 ? `<!-- ${["note", "a > b", "x"][pick(3)]} -->` : "");
  const t = (s: string) => `<${el("t")}${pick(2) ? attrs([["xml:space", "preserve"]]) : ""}>${text(s)}</${el("t")}>`;
  const cell = (c: Cell, ref: string | null): string => {
    const a: [string, string][] = ref ? [["r", ref]] : [];
    const open = (type?: string, style?: string) => {
      if (type) a.push(["t", type]);
      if (style) a.push(["s", style]);
      return `<${el("c")}${attrs(a)}${ws().trim() === "" && pick(2) ? " " : ""}>`;
    };
    const v = (s: string) => `<${el("v")}>${text(s)}</${el("v")}>`;
    const end = `</${el("c")}>`;
    switch (c.kind) {
      case "n":
        return open(pick(2) ? "n" : undefined) + v(String(c.value)) + end;
      case "s":
        return open("s") + v(String(c.index)) + end;
      case "inline": {
        const runs = c.runs.length === 1 && pick(2) ? t(c.runs[0]) : c.runs.map((r) => `<${el("r")}>${pick(2) ? `<${el("rPr")}><${el("b")}/></${el("rPr")}>` : ""}${t(r)}</${el("r")}>`).join("");
        const ph = c.phonetic !== undefined ? `<${el("rPh")} sb="0" eb="1">${t(c.phonetic)}</${el("rPh")}>` : "";
        return open("inlineStr") + `<${el("is")}>${runs}${ph}</${el("is")}>` + end;
      }
      case "b":
        return open("b") + v(c.value ? "1" : "0") + end;
      case "e":
        return open("e") + v(c.text) + end;
      case "str":
        return open("str") + `<${el("f")}>${text('"x"&"y"')}</${el("f")}>` + v(c.text) + end;
      case "formulaOnly":
        return open(undefined, "0") + `<${el("f")}>${text("A1+1")}</${el("f")}>` + end;
      case "date":
        return open(undefined, "1") + v(String(c.value)) + end;
    }
  };
  const ns = prefix ? `xmlns:x="${MAIN}"` : `xmlns="${MAIN}"`;
  const decl = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', "<?xml version='1.0'?>", ""][pick(3)];
  return {
    sheet(rows: Row[]): string {
      let r = 0;
      const body = rows
        .map((row) => {
          r += row.gap;
          let c = -1;
          const cells = row.cells.map(({ gap, cell: cl, withRef, odd }) => {
            c += withRef ? gap : 1;
            return comment() + cell(cl, odd ?? (withRef ? `${colName(c)}${r}` : null));
          });
          const ra: [string, string][] = [["r", String(r)], ["spans", "1:5"]];
          if (row.hidden) ra.push(["hidden", pick(2) ? "1" : "true"]);
          return `<${el("row")}${attrs(ra)}>${cells.join("")}</${el("row")}>`;
        })
        .join(ws());
      const merges = pick(2) ? `<${el("mergeCells")} count="1"><${el("mergeCell")}${attrs([["ref", "A1:B2"]])}/></${el("mergeCells")}>` : "";
      return `${decl}<${el("worksheet")} ${ns}>${comment()}<${el("sheetData")}>${body}</${el("sheetData")}>${merges}</${el("worksheet")}>${pick(2) ? "\n" : ""}`;
    },
    strings(list: string[]): string {
      return `${decl}<${el("sst")} ${ns} count="${list.length}">${list.map((s, i) => `<${el("si")}>${i % 2 ? t(s) : `<${el("r")}>${t(Array.from(s).slice(0, 2).join(""))}</${el("r")}><${el("r")}>${t(Array.from(s).slice(2).join(""))}</${el("r")}>`}</${el("si")}>`).join("")}</${el("sst")}>`;
    },
  };
}

const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="mmm yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;

async function pack(sheet: string, strings: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  zip.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Daten" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file("xl/worksheets/sheet1.xml", sheet);
  zip.file("xl/sharedStrings.xml", strings);
  zip.file("xl/styles.xml", STYLES);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** zlib, with the inflated bytes handed on in chunks of the given sizes (cut anywhere, even inside a character). */
function chunkedInflater(sizes: number[]): RawInflater {
  return async (compressed, onChunk) => {
    const all = inflateRawSync(compressed);
    let at = 0;
    for (let k = 0; at < all.length; k++) {
      const size = sizes[k % sizes.length];
      onChunk(all.subarray(at, at + size));
      at += size;
    }
  };
}

/** The workbook read with inflated chunks of `sizes` and text windows of the first size (cut anywhere). */
async function outcome(bytes: Uint8Array, reader: XmlReader, sizes: number[]): Promise<unknown> {
  try {
    return await readXlsx(bytes, "mappe.xlsx", chunkedInflater(sizes), reader, sizes[0]);
  } catch (e) {
    return { error: (e as Error).message };
  }
}

const sizesArb = fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 5 });

describe("the XML scanner against saxes", () => {
  it("gives identical workbooks for random sheets, however written and chunked", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { maxLength: 8 }), fc.array(textArb, { minLength: 4, maxLength: 4 }), styleArb, sizesArb, async (rows, strings, style, sizes) => {
        const w = writer(style.seed, style.prefix, style.crlf);
        const bytes = await pack(w.sheet(rows), w.strings(strings));
        const saxes = await outcome(bytes, "saxes", [1 << 20]);
        expect(saxes).not.toHaveProperty("error");
        // read by the scanner itself (no fallback to saxes), and the same
        expect(await outcome(bytes, "scanOnly", sizes)).toEqual(saxes);
      }),
      { numRuns: 200 },
    );
  }, 180_000);

  it("gives the same result or the same error for damaged sheets", async () => {
    const damage = fc.record({ at: fc.nat(), what: fc.constantFrom("delete", "<", ">", "&", "/", '"', "'", "=", ";", "]]>", "<!DOCTYPE x>", "\u0001", "é", "<?pi?>", "</c>", "<c>") });
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { minLength: 1, maxLength: 5 }), styleArb, damage, sizesArb, async (rows, style, d, sizes) => {
        const w = writer(style.seed, style.prefix, style.crlf);
        const sheet = w.sheet(rows);
        const at = d.at % sheet.length;
        const damaged = d.what === "delete" ? sheet.slice(0, at) + sheet.slice(at + 1) : sheet.slice(0, at) + d.what + sheet.slice(at);
        const bytes = await pack(damaged, w.strings(["a", "b", "c", "d"]));
        expect(await outcome(bytes, "scan", sizes)).toEqual(await outcome(bytes, "saxes", [1 << 20]));
      }),
      { numRuns: 200 },
    );
  }, 180_000);

  it("reads values on its fast path as Number does, and leaves what it does not read to the general reader", async () => {
    // one value per cell of row 1 (t="n" or none), and shared-string indices in row 2
    const numbers = ["0.1", "-0.5", "1e3", "123456789012345678", ".5", "5.", "-", "0012", "-0", "2.50", "999999999999999", "0.1234567890123456", " 7"];
    const indices = ["", "1", "01", "1 ", "3", "9", "1.0"];
    const cells = (texts: string[], t: string) => texts.map((v, i) => `<c r="${String.fromCharCode(65 + i)}${t ? 2 : 1}"${t}><v>${v}</v></c>`).join("");
    const rows = `<row r="1" spans="1:13" x14ac:dyDescent="0.25">${cells(numbers, "")}</row><row r="2">${cells(indices, ' t="s"')}</row>`;
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
    const bytes = await pack(sheet, `<sst xmlns="${MAIN}"><si><t>null</t></si><si><t>eins</t></si><si><t>zwei</t></si><si><t>drei</t></si></sst>`);
    const wb = (await outcome(bytes, "scanOnly", [1 << 20])) as { sheets: { values: unknown[][] }[] };
    expect(wb.sheets[0].values).toEqual([
      [0.1, -0.5, 1000, 123456789012345680, 0.5, 5, "-", 12, -0, 2.5, 999999999999999, 0.1234567890123456, 7],
      ["null", "eins", "eins", "eins", "drei", null, "eins"],
    ]);
    expect(Object.is(wb.sheets[0].values[0][8], -0)).toBe(true);
    expect(await outcome(bytes, "saxes", [1 << 20])).toEqual(wb);
  });

  it("gives rows' odd or repeated attributes to the general reader, and the same result or error as saxes", async () => {
    const row = (attrs: string) => `<worksheet xmlns="${MAIN}"><sheetData><row r="2"><c r="A2"><v>1</v></c></row><row${attrs}><c><v>2</v></c></row></sheetData></worksheet>`;
    const strings = `<sst xmlns="${MAIN}"/>`;
    const read = async (attrs: string, reader: XmlReader) => outcome(await pack(row(attrs), strings), reader, [1 << 20]);
    // r="" and no r: the row after the last; r="0" and r="2.5": no row number, the row after all read
    const expected: Record<string, unknown[][]> = {
      ' r=""': [[], [1], [2]],
      "": [[], [1], [2]],
      ' r="0"': [[], [1], [2]],
      ' r="2.5"': [[], [1], [2]],
      ' r="5" hidden="true"': [[], [1], [], [], [2]],
      " r='07' spans=\"1:1\"": [[], [1], [], [], [], [], [2]],
    };
    for (const [attrs, values] of Object.entries(expected)) {
      const wb = (await read(attrs, "scanOnly")) as { sheets: { values: unknown[][]; hiddenRows: number[] }[] };
      expect([attrs, wb.sheets[0].values]).toEqual([attrs, values]);
      expect(await read(attrs, "saxes")).toEqual(wb);
    }
    for (const attrs of [' r="3" r="4"', ' spans="1:1" spans="1:1"', ' r="3"x="1"', " r=\"3'", ' r="3" hidden="1" hidden="1"']) {
      const scanned = (await read(attrs, "scan")) as { error?: string };
      expect([attrs, scanned.error]).toEqual([attrs, expect.stringContaining("kein gültiges XML")]);
      expect(scanned).toEqual(await read(attrs, "saxes"));
    }
  });

  it("checks the bytes it reads as XML does: U+FFFE and U+FFFF refused, a byte order mark only at the start", async () => {
    // the cells in the second row, where the fast path reads them
    const sheet = (cells: string, rowAttrs = "") => `\uFEFF<worksheet xmlns="${MAIN}"><sheetData><row r="1"/><row r="2"${rowAttrs}>${cells}</row></sheetData></worksheet>`;
    const strings = `<sst xmlns="${MAIN}"/>`;
    const read = async (xml: string, reader: XmlReader, sizes = [1 << 20]) => outcome(await pack(xml, strings), reader, sizes);
    // U+FEFF inside a value is a character like any other; the mark before the root is not read
    const kept = (await read(sheet('<c r="A2" t="str"><f>B1&amp;"\uFEFF"</f><v>\uFEFFä€</v></c>'), "scanOnly")) as { sheets: { values: unknown[][] }[] };
    expect(kept.sheets[0].values).toEqual([[], ["\uFEFFä€"]]);
    // cut into windows anywhere (inside the mark and inside characters), the same
    expect(await read(sheet('<c r="A2" t="str"><f>B1&amp;"\uFEFF"</f><v>\uFEFFä€</v></c>'), "scanOnly", [2, 1, 3])).toEqual(kept);
    for (const bad of [
      sheet('<c r="A1" t="str"><v>a\uFFFEb</v></c>'),
      sheet('<c r="A1"><f>A2\uFFFF</f><v>1</v></c>'),
      sheet('<c r="A1"><v>1</v></c>', ' x="\uFFFE"'),
      sheet('<c r="A1"><f>A2]]>B</f><v>1</v></c>'),
    ]) {
      const scanned = (await read(bad, "scan")) as { error?: string };
      expect(scanned.error).toContain("kein gültiges XML");
      expect(scanned).toEqual(await read(bad, "saxes"));
    }
  });

  it("names file, sheet, part and the last cell read when a sheet is not well-formed", async () => {
    const w = writer(1, false, false);
    const sheet = w.sheet([{ gap: 3, hidden: false, cells: [{ gap: 2, withRef: true, cell: { kind: "n", value: 7 } }] }]).replace("</row>", "</rows>");
    const result = await outcome(await pack(sheet, w.strings(["a", "b", "c", "d"])), "scan", [64]);
    expect(result).toEqual({ error: expect.stringContaining('Arbeitsmappe "mappe.xlsx", Blatt "Daten": Teil "xl/worksheets/sheet1.xml" ist kein gültiges XML') });
    expect((result as { error: string }).error).toContain("Fehler nach Zelle B3");
  });

  it("decodes entities and character references, normalises line ends, and refuses what XML forbids", () => {
    expect(decodeXml("a &amp; b &lt; &gt; &quot; &apos; &#8364; &#x20AC; &#x1F600;", false)).toBe("a & b < > \" ' € € 😀");
    expect(decodeXml("a\r\nb\rc", false)).toBe("a\nb\nc");
    expect(decodeXml("a\tb\r\nc&#10;", true)).toBe("a b c\n");
    for (const bad of ["&nbsp;", "&#0;", "&#xD800;", "&amp", "&#x;", "&constructor;"]) expect(() => decodeXml(bad, false)).toThrow(ScanFallback);
  });
});

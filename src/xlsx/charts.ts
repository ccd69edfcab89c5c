/**
 * Native Excel line charts in an .xlsx written by ExcelJS, which cannot write charts itself: the chart,
 * drawing and relationship parts are added to the package afterwards (DrawingML, ECMA-376 part 1 §21.2).
 * Only sheets without drawings of their own are supported (the report sheet the CLI creates).
 */
import JSZip from "jszip";

export interface ChartSeriesSpec {
  /** Series name shown in the legend. */
  name: string;
  /** Absolute reference of the values, e.g. `'Bericht'!$C$5:$C$16`. */
  ref: string;
  /** Hex colour without #, e.g. "0F6CBD". */
  color: string;
  dashed?: boolean;
}

export interface ChartSpec {
  sheet: string;
  title: string;
  /** Absolute reference of the category labels (months). */
  categoriesRef: string;
  series: ChartSeriesSpec[];
  /** 0-based cell anchor: the chart spans from (fromCol, fromRow) to (toCol, toRow). */
  anchor: { fromCol: number; fromRow: number; toCol: number; toRow: number };
  /** Number format of the value axis, e.g. "0.0%". */
  valueFormat?: string;
}

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = `${NS_REL}/drawing`;
const REL_CHART = `${NS_REL}/chart`;

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function chartXml(spec: ChartSpec): string {
  const series = spec.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>` +
        `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill>${s.dashed ? '<a:prstDash val="dash"/>' : ""}<a:round/></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="${s.dashed ? "none" : "circle"}"/><c:size val="5"/></c:marker>` +
        `<c:cat><c:strRef><c:f>${esc(spec.categoriesRef)}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${esc(s.ref)}</c:f></c:numRef></c:val><c:smooth val="0"/></c:ser>`,
    )
    .join("");
  const fmt = spec.valueFormat ? `<c:numFmt formatCode="${esc(spec.valueFormat)}" sourceLinked="0"/>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100" b="1"/></a:pPr><a:r><a:rPr lang="de-DE" sz="1100" b="1"/><a:t>${esc(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="5001"/><c:axId val="5002"/></c:lineChart>` +
    `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="low"/><c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>${fmt}<c:tickLblPos val="nextTo"/><c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function anchorXml(spec: ChartSpec, relId: string, index: number): string {
  const { fromCol, fromRow, toCol, toRow } = spec.anchor;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from><xdr:col>${fromCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${fromRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${esc(spec.title.slice(0, 60))}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** Resolves a sheet name to its part path ("xl/worksheets/sheet3.xml") through workbook.xml and its rels. */
async function sheetPart(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheetRe = /<sheet\b[^>]*>/g;
  for (const tag of workbook.match(sheetRe) ?? []) {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const rid = /r:id="([^"]*)"/.exec(tag)?.[1];
    if (name === undefined || rid === undefined) continue;
    if (
      name
        .replace(/&amp;/g, "&")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">") !== sheetName
    )
      continue;
    const rel = (rels.match(/<Relationship\b[^>]*>/g) ?? []).find((r) => r.includes(`Id="${rid}"`));
    const target = rel && /Target="([^"]*)"/.exec(rel)?.[1];
    if (!target) break;
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  }
  throw new Error(`Blatt "${sheetName}" nicht in der Mappe gefunden`);
}

function nextFreeIndex(zip: JSZip, folder: string, prefix: string): number {
  let i = 1;
  while (zip.file(`${folder}/${prefix}${i}.xml`)) i++;
  return i;
}

/** Adds the charts to the package and returns the new .xlsx bytes. */
export async function addLineCharts(xlsx: Uint8Array | ArrayBuffer, charts: ChartSpec[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  if (charts.length === 0) return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  let contentTypes = await zip.file("[Content_Types].xml")!.async("string");
  const overrides: string[] = [];
  const bySheet = new Map<string, ChartSpec[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);

  for (const [sheetName, specs] of bySheet) {
    const part = await sheetPart(zip, sheetName);
    const dir = part.slice(0, part.lastIndexOf("/"));
    const base = part.slice(part.lastIndexOf("/") + 1);
    let sheetXml = await zip.file(part)!.async("string");
    if (sheetXml.includes("<drawing ")) throw new Error(`Blatt "${sheetName}" hat bereits Zeichnungen`);

    const drawingIndex = nextFreeIndex(zip, "xl/drawings", "drawing");
    const drawingPath = `xl/drawings/drawing${drawingIndex}.xml`;
    const drawingRels: string[] = [];
    const anchors: string[] = [];
    specs.forEach((spec, i) => {
      const chartIndex = nextFreeIndex(zip, "xl/charts", "chart");
      zip.file(`xl/charts/chart${chartIndex}.xml`, chartXml(spec));
      overrides.push(
        `<Override PartName="/xl/charts/chart${chartIndex}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
      drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${chartIndex}.xml"/>`);
      anchors.push(anchorXml(spec, `rId${i + 1}`, i));
    });
    zip.file(
      drawingPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">${anchors.join("")}</xdr:wsDr>`,
    );
    zip.file(
      `xl/drawings/_rels/drawing${drawingIndex}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRels.join("")}</Relationships>`,
    );
    overrides.push(`<Override PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);

    // Link the drawing from the sheet: a relationship, and <drawing> at its schema position.
    const relsPath = `${dir}/_rels/${base}.rels`;
    let rels = zip.file(relsPath)
      ? await zip.file(relsPath)!.async("string")
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    let rid = 1;
    while (rels.includes(`Id="rId${rid}"`)) rid++;
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="rId${rid}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingIndex}.xml"/></Relationships>`,
    );
    zip.file(relsPath, rels);
    if (!/xmlns:r="/.test(sheetXml.slice(0, sheetXml.indexOf(">", sheetXml.indexOf("<worksheet")))))
      sheetXml = sheetXml.replace("<worksheet", `<worksheet xmlns:r="${NS_REL}"`);
    const drawingTag = `<drawing r:id="rId${rid}"/>`;
    const before = [
      "<legacyDrawing",
      "<legacyDrawingHF",
      "<drawingHF",
      "<picture",
      "<oleObjects",
      "<controls",
      "<webPublishItems",
      "<tableParts",
      "<extLst",
      "</worksheet>",
    ];
    const at = before
      .map((t) => sheetXml.indexOf(t))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0];
    sheetXml = sheetXml.slice(0, at) + drawingTag + sheetXml.slice(at);
    zip.file(part, sheetXml);
  }
  contentTypes = contentTypes.replace("</Types>", `${overrides.join("")}</Types>`);
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Reads back the chart parts of a package: for tests and for checking a written report. */
export async function listCharts(xlsx: Uint8Array | ArrayBuffer): Promise<{ path: string; title: string; refs: string[] }[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const out: { path: string; title: string; refs: string[] }[] = [];
  for (const path of Object.keys(zip.files)
    .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
    .sort()) {
    const xml = await zip.file(path)!.async("string");
    const title = /<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1] ?? "";
    const refs = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
    out.push({ path, title, refs });
  }
  return out;
}

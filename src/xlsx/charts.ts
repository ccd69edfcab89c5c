/**
 * Native Excel line charts as DrawingML parts (ECMA-376 part 1 §21.2), built with @xmldom/xmldom, with
 * an optional fixed value axis, data labels and the labels' text size (9 pt by default):
 * a chart part per chart and one drawing part anchoring them on a sheet. `listCharts` reads them back.
 */
import { DOMImplementation, type Document, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import { descendants, NS, parseXml, serializeXml } from "./xml";

export interface ChartSeriesSpec {
  /** Series name shown in the legend. */
  name: string;
  /** Absolute reference of the values, e.g. `'Bericht'!$C$5:$C$16`. */
  ref: string;
  /** Hex colour without #, e.g. "0F6CBD". */
  color: string;
  dashed?: boolean;
  /** Each point labelled with its value (in the chart's valueFormat), above the line. */
  dataLabels?: boolean;
}

export interface ChartSpec {
  title: string;
  /** Absolute reference of the category labels (months). */
  categoriesRef: string;
  series: ChartSeriesSpec[];
  /** 0-based cell anchor: the chart spans from (fromCol, fromRow) to (toCol, toRow). */
  anchor: { fromCol: number; fromRow: number; toCol: number; toRow: number };
  /** Number format of the value axis, e.g. "0.0%". */
  valueFormat?: string;
  /** Fixed value axis instead of the automatic one. */
  axis?: { min: number; max: number; majorUnit: number };
  /** Points of axis labels, legend and data labels (default 9; the title is 11). */
  textSize?: number;
}

type Builder = (parent: Element, name: string, attrs?: Record<string, string>, text?: string) => Element;

function builder(doc: Document, prefixes: Record<string, string>): Builder {
  return (parent, name, attrs = {}, text) => {
    const prefix = name.slice(0, name.indexOf(":"));
    const e = doc.createElementNS(prefixes[prefix], name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.appendChild(doc.createTextNode(text));
    parent.appendChild(e);
    return e;
  };
}

function declare(root: Element, prefixes: Record<string, string>): void {
  for (const [p, ns] of Object.entries(prefixes)) root.setAttributeNS("http://www.w3.org/2000/xmlns/", `xmlns:${p}`, ns);
}

export function chartPartXml(spec: ChartSpec): string {
  const prefixes = { c: NS.chart, a: NS.drawingMain, r: NS.rel };
  const doc = new DOMImplementation().createDocument(NS.chart, "c:chartSpace", null);
  const root = doc.documentElement!;
  declare(root, prefixes);
  const el = builder(doc, prefixes);
  const val = (parent: Element, name: string, v: string) => el(parent, name, { val: v });
  const size = String(Math.round((spec.textSize ?? 9) * 100));
  /** Text properties: every label of the element in the chart's text size. */
  const txPr = (parent: Element) => {
    const tx = el(parent, "c:txPr");
    el(tx, "a:bodyPr");
    el(tx, "a:lstStyle");
    const para = el(tx, "a:p");
    el(el(para, "a:pPr"), "a:defRPr", { sz: size });
    el(para, "a:endParaRPr", { lang: "de-DE" });
  };
  val(root, "c:roundedCorners", "0");
  const chart = el(root, "c:chart");
  const title = el(chart, "c:title");
  const p = el(el(el(title, "c:tx"), "c:rich"), "a:bodyPr").parentNode as Element;
  el(p, "a:lstStyle");
  const para = el(p, "a:p");
  el(el(para, "a:pPr"), "a:defRPr", { sz: "1100", b: "1" });
  const run = el(para, "a:r");
  el(run, "a:rPr", { lang: "de-DE", sz: "1100", b: "1" });
  el(run, "a:t", {}, spec.title);
  val(title, "c:overlay", "0");
  val(chart, "c:autoTitleDeleted", "0");
  const plot = el(chart, "c:plotArea");
  el(plot, "c:layout");
  const line = el(plot, "c:lineChart");
  val(line, "c:grouping", "standard");
  val(line, "c:varyColors", "0");
  spec.series.forEach((s, i) => {
    const ser = el(line, "c:ser");
    val(ser, "c:idx", String(i));
    val(ser, "c:order", String(i));
    el(el(ser, "c:tx"), "c:v", {}, s.name);
    const ln = el(el(ser, "c:spPr"), "a:ln", { w: "28575", cap: "rnd" });
    val(el(ln, "a:solidFill"), "a:srgbClr", s.color);
    if (s.dashed) val(ln, "a:prstDash", "dash");
    el(ln, "a:round");
    const marker = el(ser, "c:marker");
    val(marker, "c:symbol", s.dashed ? "none" : "circle");
    val(marker, "c:size", "5");
    if (s.dataLabels) {
      const labels = el(ser, "c:dLbls");
      el(labels, "c:numFmt", { formatCode: spec.valueFormat ?? "General", sourceLinked: spec.valueFormat ? "0" : "1" });
      el(el(labels, "c:spPr"), "a:noFill");
      txPr(labels);
      val(labels, "c:dLblPos", "t");
      for (const [name, on] of [
        ["showLegendKey", "0"],
        ["showVal", "1"],
        ["showCatName", "0"],
        ["showSerName", "0"],
        ["showPercent", "0"],
        ["showBubbleSize", "0"],
      ])
        val(labels, `c:${name}`, on);
    }
    el(el(el(ser, "c:cat"), "c:strRef"), "c:f", {}, spec.categoriesRef);
    el(el(el(ser, "c:val"), "c:numRef"), "c:f", {}, s.ref);
    val(ser, "c:smooth", "0");
  });
  val(line, "c:marker", "1");
  val(line, "c:axId", "5001");
  val(line, "c:axId", "5002");
  const cat = el(plot, "c:catAx");
  val(cat, "c:axId", "5001");
  val(el(cat, "c:scaling"), "c:orientation", "minMax");
  val(cat, "c:delete", "0");
  val(cat, "c:axPos", "b");
  el(cat, "c:numFmt", { formatCode: "General", sourceLinked: "1" });
  val(cat, "c:tickLblPos", "low");
  txPr(cat);
  val(cat, "c:crossAx", "5002");
  val(cat, "c:crosses", "autoZero");
  val(cat, "c:auto", "1");
  val(cat, "c:lblAlgn", "ctr");
  val(cat, "c:lblOffset", "100");
  val(cat, "c:noMultiLvlLbl", "0");
  const ax = el(plot, "c:valAx");
  val(ax, "c:axId", "5002");
  const scaling = el(ax, "c:scaling");
  val(scaling, "c:orientation", "minMax");
  if (spec.axis) {
    val(scaling, "c:max", String(spec.axis.max));
    val(scaling, "c:min", String(spec.axis.min));
  }
  val(ax, "c:delete", "0");
  val(ax, "c:axPos", "l");
  el(ax, "c:majorGridlines");
  if (spec.valueFormat) el(ax, "c:numFmt", { formatCode: spec.valueFormat, sourceLinked: "0" });
  val(ax, "c:tickLblPos", "nextTo");
  txPr(ax);
  val(ax, "c:crossAx", "5001");
  val(ax, "c:crosses", "autoZero");
  val(ax, "c:crossBetween", "between");
  if (spec.axis) val(ax, "c:majorUnit", String(spec.axis.majorUnit));
  const legend = el(chart, "c:legend");
  val(legend, "c:legendPos", "b");
  val(legend, "c:overlay", "0");
  txPr(legend);
  // The report keeps the charts' data in hidden columns: plot them anyway.
  val(chart, "c:plotVisOnly", "0");
  val(chart, "c:dispBlanksAs", "gap");
  return serializeXml(doc);
}

/** The drawing part placing each chart (relationship ids in the same order) at its anchor. */
export function drawingPartXml(specs: ChartSpec[], relIds: string[]): string {
  const prefixes = { xdr: NS.spreadsheetDrawing, a: NS.drawingMain, r: NS.rel, c: NS.chart };
  const doc = new DOMImplementation().createDocument(NS.spreadsheetDrawing, "xdr:wsDr", null);
  const root = doc.documentElement!;
  declare(root, { xdr: NS.spreadsheetDrawing, a: NS.drawingMain, r: NS.rel });
  const el = builder(doc, prefixes);
  specs.forEach((spec, i) => {
    const anchor = el(root, "xdr:twoCellAnchor", { editAs: "oneCell" });
    const corner = (name: string, col: number, row: number) => {
      const c = el(anchor, name);
      el(c, "xdr:col", {}, String(col));
      el(c, "xdr:colOff", {}, "0");
      el(c, "xdr:row", {}, String(row));
      el(c, "xdr:rowOff", {}, "0");
    };
    corner("xdr:from", spec.anchor.fromCol, spec.anchor.fromRow);
    corner("xdr:to", spec.anchor.toCol, spec.anchor.toRow);
    const frame = el(anchor, "xdr:graphicFrame", { macro: "" });
    const nv = el(frame, "xdr:nvGraphicFramePr");
    el(nv, "xdr:cNvPr", { id: String(i + 2), name: spec.title.slice(0, 60) });
    el(nv, "xdr:cNvGraphicFramePr");
    const xfrm = el(frame, "xdr:xfrm");
    el(xfrm, "a:off", { x: "0", y: "0" });
    el(xfrm, "a:ext", { cx: "0", cy: "0" });
    const data = el(el(frame, "a:graphic"), "a:graphicData", { uri: NS.chart });
    const ref = el(data, "c:chart");
    ref.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:c", NS.chart);
    ref.setAttributeNS(NS.rel, "r:id", relIds[i]);
    el(anchor, "xdr:clientData");
  });
  return serializeXml(doc);
}

/** A chart as read back: its title, every reference it plots, and per series its legend name and values. */
export interface ChartSummary {
  path: string;
  title: string;
  refs: string[];
  series: { name: string; values: string }[];
}

/** Reads back the chart parts of a package: for tests and for checking a written report. */
export async function listCharts(xlsx: Uint8Array | ArrayBuffer): Promise<ChartSummary[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const out: ChartSummary[] = [];
  const paths = Object.keys(zip.files).filter((p) => p.startsWith("xl/charts/chart") && p.endsWith(".xml") && !p.includes("/_rels/"));
  paths.sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  for (const path of paths) {
    const doc = parseXml(await zip.file(path)!.async("string"), "xlsx", path);
    const title = descendants(doc, "t")[0]?.textContent ?? "";
    const refs = descendants(doc, "f").map((f) => f.textContent ?? "");
    const series = descendants(doc, "ser").map((ser) => ({
      name: descendants(ser, "v")[0]?.textContent ?? "",
      values: descendants(descendants(ser, "val")[0] ?? ser, "f")[0]?.textContent ?? "",
    }));
    out.push({ path, title, refs, series });
  }
  return out;
}

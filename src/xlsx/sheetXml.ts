/**
 * One of Zielmonitor's output sheets (a SheetLayout from src/workbook/outputs) as a worksheet part:
 * inline strings (the user's shared-string table stays as it is), numbers, booleans, formulas with the
 * engine's result cached, styles from the copy's StyleBook, widths, hidden columns, heights, merges and,
 * for every layout with a pageSetup, page setup, header/footer and page breaks, and the drawing that
 * holds the report's charts. A number that
 * is not finite (NaN, ±Infinity) is never written: the cell stays blank and a note names it.
 */
import { DOMImplementation, type Document, type Element } from "@xmldom/xmldom";
import { cellAddress } from "../workbook/areas";
import type { LayoutCell, SheetLayout } from "../workbook/outputs";
import type { StyleBook } from "./stylesEdit";
import { NS, serializeXml } from "./xml";

/**
 * Custom functions are stored in the file format as `_xldudf_<NAMESPACE>_<NAME>` (what Excel itself
 * writes for add-in functions); Excel maps them back to `SGBII.NAME` once the add-in is loaded.
 */
export function toFileFormula(formula: string): string {
  return formula.replace(/^=/, "").replace(/\bSGBII\.([A-Z0-9_.]+)\(/g, (_, name: string) => `_xldudf_SGBII_${name.replace(/\./g, "_")}(`);
}

export interface SheetXmlResult {
  xml: string;
  /** Cells left blank because their number was not finite, e.g. "Zielerreichung!D7". */
  blanked: string[];
}

/** Width Excel gives a column without one of its own (characters). */
const DEFAULT_WIDTH = 9.140625;

export function sheetXml(layout: SheetLayout, styles: StyleBook, drawingRelId?: string): SheetXmlResult {
  const doc: Document = new DOMImplementation().createDocument(NS.main, "worksheet", null);
  const root = doc.documentElement!;
  root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:r", NS.rel);
  const el = (parent: Element, name: string, attrs: Record<string, string> = {}): Element => {
    const e = doc.createElementNS(NS.main, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    parent.appendChild(e);
    return e;
  };
  const blanked: string[] = [];
  const page = layout.pageSetup;
  if (page) el(el(root, "sheetPr"), "pageSetUpPr", { fitToPage: "1" });
  const hidden = new Set(layout.hiddenColumns ?? []);
  const colCount = Math.max(layout.columnWidths.length, ...[...hidden].map((c) => c + 1));
  if (colCount > 0) {
    const cols = el(root, "cols");
    for (let i = 0; i < colCount; i++) {
      const w = layout.columnWidths[i];
      if (w === undefined && !hidden.has(i)) continue;
      const attrs: Record<string, string> = { min: String(i + 1), max: String(i + 1), width: String(w ?? DEFAULT_WIDTH), customWidth: "1" };
      if (hidden.has(i)) attrs.hidden = "1";
      el(cols, "col", attrs);
    }
  }
  const sheetData = el(root, "sheetData");
  const heights = new Map((layout.rowHeights ?? []).map((h) => [h.row, h.height]));
  const byRow = new Map<number, LayoutCell[]>();
  for (const c of layout.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  const rows = [...new Set([...byRow.keys(), ...heights.keys()])].sort((a, b) => a - b);
  for (const r of rows) {
    const attrs: Record<string, string> = { r: String(r + 1) };
    const h = heights.get(r);
    if (h !== undefined) Object.assign(attrs, { ht: String(h), customHeight: "1" });
    const row = el(sheetData, "row", attrs);
    for (const c of (byRow.get(r) ?? []).sort((a, b) => a.col - b.col)) {
      const ref = cellAddress(c.row, c.col);
      const cell = el(row, "c", { r: ref, s: String(styles.cellStyle({ numberFormat: c.numberFormat, bold: c.bold, fill: c.fill, wrap: c.wrap })) });
      let v = c.value ?? null;
      if (typeof v === "number" && !Number.isFinite(v)) {
        blanked.push(`${layout.name}!${ref}`);
        v = null;
      }
      if (c.formula) el(cell, "f").appendChild(doc.createTextNode(toFileFormula(c.formula)));
      if (v === null) continue;
      if (typeof v === "number") el(cell, "v").appendChild(doc.createTextNode(String(v)));
      else if (typeof v === "boolean") {
        cell.setAttribute("t", "b");
        el(cell, "v").appendChild(doc.createTextNode(v ? "1" : "0"));
      } else if (c.formula) {
        cell.setAttribute("t", "str");
        el(cell, "v").appendChild(doc.createTextNode(v));
      } else {
        cell.setAttribute("t", "inlineStr");
        const t = el(el(cell, "is"), "t");
        if (v.trim() !== v) t.setAttribute("xml:space", "preserve");
        t.appendChild(doc.createTextNode(v));
      }
    }
  }
  if (layout.merges.length > 0) {
    const merges = el(root, "mergeCells", { count: String(layout.merges.length) });
    for (const m of layout.merges) el(merges, "mergeCell", { ref: `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}` });
  }
  if (page) {
    el(root, "pageMargins", { left: "0.6", right: "0.6", top: "0.8", bottom: "0.8", header: "0.3", footer: "0.3" });
    el(root, "pageSetup", { paperSize: "9", orientation: page.orientation, fitToWidth: String(page.fitToWidth ?? 1), fitToHeight: "0" });
    const hf = el(root, "headerFooter");
    if (layout.header) el(hf, "oddHeader").appendChild(doc.createTextNode(layout.header));
    if (layout.footer) el(hf, "oddFooter").appendChild(doc.createTextNode(layout.footer));
    const breaks = (layout.rowBreaks ?? []).filter((r) => r > 0);
    if (breaks.length > 0) {
      const rb = el(root, "rowBreaks", { count: String(breaks.length), manualBreakCount: String(breaks.length) });
      // A break with id n comes after the n-th row (1-based), i.e. before the 0-based row n.
      for (const r of breaks) el(rb, "brk", { id: String(r), max: "16383", man: "1" });
    }
  }
  if (drawingRelId) el(root, "drawing").setAttributeNS(NS.rel, "r:id", drawingRelId);
  return { xml: serializeXml(doc), blanked };
}

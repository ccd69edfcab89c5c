/**
 * Adds the styles of Zielmonitor's sheets and highlights to a copy's styles part: number formats, one
 * bold font, solid fills, cell formats and differential formats (for conditional formats) are appended
 * after the user's, so every index the user's cells and rules refer to keeps its meaning.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { child, children, NS } from "./xml";

/** Children of <styleSheet> in schema order (ECMA-376 part 1 §18.8.39). */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

export interface CellStyle {
  numberFormat?: string;
  bold?: boolean;
  /** Hex without "#". */
  fill?: string;
  wrap?: boolean;
}

export class StyleBook {
  private readonly root: Element;
  private readonly xfCache = new Map<string, number>();
  private readonly dxfCache = new Map<string, number>();
  private readonly fillCache = new Map<string, number>();
  private readonly fmtCache = new Map<string, number>();
  private boldFont: number | null = null;

  constructor(private readonly doc: Document) {
    this.root = doc.documentElement!;
  }

  /** The list element, created at its schema position if missing. */
  private list(name: string): Element {
    const found = child(this.root, name);
    if (found) return found;
    const el = this.doc.createElementNS(NS.main, name);
    const later = ORDER.slice(ORDER.indexOf(name) + 1);
    let before: Element | null = null;
    for (let n = this.root.firstChild; n && !before; n = n.nextSibling) if (n.nodeType === 1 && later.includes((n as Element).localName!)) before = n as Element;
    this.root.insertBefore(el, before);
    return el;
  }

  private append(listName: string, itemName: string, item: Element): number {
    const list = this.list(listName);
    const index = children(list, itemName).length;
    list.appendChild(item);
    list.setAttribute("count", String(index + 1));
    return index;
  }

  private el(name: string, attrs: Record<string, string> = {}, ...kids: Element[]): Element {
    const e = this.doc.createElementNS(NS.main, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    for (const k of kids) e.appendChild(k);
    return e;
  }

  private numFmt(code: string): number {
    const known = this.fmtCache.get(code);
    if (known !== undefined) return known;
    const list = this.list("numFmts");
    const existing = children(list, "numFmt");
    const same = existing.find((f) => f.getAttribute("formatCode") === code);
    let id = same ? Number(same.getAttribute("numFmtId")) : Math.max(163, ...existing.map((f) => Number(f.getAttribute("numFmtId")) || 0)) + 1;
    if (!same) {
      list.appendChild(this.el("numFmt", { numFmtId: String(id), formatCode: code }));
      list.setAttribute("count", String(existing.length + 1));
    }
    if (!Number.isFinite(id)) id = 0;
    this.fmtCache.set(code, id);
    return id;
  }

  private font(): number {
    if (this.boldFont !== null) return this.boldFont;
    const base = children(this.list("fonts"), "font")[0];
    const font = base ? (base.cloneNode(true) as Element) : this.el("font", {}, this.el("sz", { val: "11" }), this.el("name", { val: "Calibri" }));
    for (const b of children(font, "b")) font.removeChild(b);
    font.insertBefore(this.el("b"), font.firstChild);
    this.boldFont = this.append("fonts", "font", font);
    return this.boldFont;
  }

  private fill(hex: string): number {
    const known = this.fillCache.get(hex);
    if (known !== undefined) return known;
    const rgb = `FF${hex.toUpperCase()}`;
    const index = this.append(
      "fills",
      "fill",
      this.el("fill", {}, this.el("patternFill", { patternType: "solid" }, this.el("fgColor", { rgb }), this.el("bgColor", { indexed: "64" }))),
    );
    this.fillCache.set(hex, index);
    return index;
  }

  /** Index into cellXfs of a cell format for Zielmonitor's own cells (always top-aligned). */
  cellStyle(style: CellStyle): number {
    const key = JSON.stringify([style.numberFormat ?? "", !!style.bold, style.fill ?? "", !!style.wrap]);
    const known = this.xfCache.get(key);
    if (known !== undefined) return known;
    const attrs: Record<string, string> = {
      numFmtId: String(style.numberFormat ? this.numFmt(style.numberFormat) : 0),
      fontId: String(style.bold ? this.font() : 0),
      fillId: String(style.fill ? this.fill(style.fill) : 0),
      borderId: "0",
      xfId: "0",
      applyAlignment: "1",
    };
    if (style.numberFormat) attrs.applyNumberFormat = "1";
    if (style.bold) attrs.applyFont = "1";
    if (style.fill) attrs.applyFill = "1";
    const alignment = this.el("alignment", style.wrap ? { vertical: "top", wrapText: "1" } : { vertical: "top" });
    const index = this.append("cellXfs", "xf", this.el("xf", attrs, alignment));
    this.xfCache.set(key, index);
    return index;
  }

  /** Index into dxfs of a solid background for a conditional format. */
  highlight(hex: string): number {
    const known = this.dxfCache.get(hex);
    if (known !== undefined) return known;
    const index = this.append(
      "dxfs",
      "dxf",
      this.el("dxf", {}, this.el("fill", {}, this.el("patternFill", { patternType: "solid" }, this.el("bgColor", { rgb: `FF${hex.toUpperCase()}` })))),
    );
    this.dxfCache.set(hex, index);
    return index;
  }
}

/** A styles part for a package that has none (rare: hand-made files). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/**
 * Edits of a package copy: parts added (sheets, drawings, charts) with their content types and
 * relationships, and the few existing parts that must name them (workbook, its relationships,
 * [Content_Types].xml), each changed by appending elements through @xmldom/xmldom. All other parts are
 * carried over as they are.
 */
import type { Document, Element } from "@xmldom/xmldom";
import type JSZip from "jszip";
import { message } from "../domain/messages";
import { xlsxErrors } from "./errors";
import { child, children, NS, parseXml, relsPathOf, serializeXml } from "./xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
} as const;

/** An XML part loaded for editing; written back only when changed. */
export class XmlPart {
  changed = false;
  constructor(
    readonly path: string,
    readonly doc: Document,
  ) {}
  get root(): Element {
    return this.doc.documentElement!;
  }
}

export class PackageEditor {
  private readonly parts = new Map<string, XmlPart>();

  constructor(
    readonly zip: JSZip,
    readonly fileName: string,
  ) {}

  async part(path: string, fallback?: string): Promise<XmlPart> {
    const known = this.parts.get(path);
    if (known) return known;
    const file = this.zip.file(path);
    const text = file ? await file.async("string") : fallback;
    if (text === undefined) throw xlsxErrors.notWorkbook(this.fileName, message("xlsx.detail.partMissing", { part: path }));
    const part = new XmlPart(path, parseXml(text, this.fileName, path));
    if (!file) part.changed = true;
    this.parts.set(path, part);
    return part;
  }

  /** A free part name "folder/prefixN.xml". */
  freeName(folder: string, prefix: string): string {
    for (let i = 1; ; i++) {
      const path = `${folder}/${prefix}${i}.xml`;
      if (!this.zip.file(path) && !this.parts.has(path)) return path;
    }
  }

  add(path: string, xml: string, contentType: string): Promise<void> {
    this.zip.file(path, xml);
    return this.override(path, contentType);
  }

  private async override(path: string, contentType: string): Promise<void> {
    const types = await this.part("[Content_Types].xml");
    const o = types.doc.createElementNS(NS.contentTypes, "Override");
    o.setAttribute("PartName", `/${path}`);
    o.setAttribute("ContentType", contentType);
    types.root.appendChild(o);
    types.changed = true;
  }

  /** Adds a relationship from `owner` to `target` (relative to the owner's folder); returns its id. */
  async relate(owner: string, type: string, target: string): Promise<string> {
    const rels = await this.part(
      relsPathOf(owner),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`,
    );
    const ids = new Set(children(rels.root, "Relationship").map((r) => r.getAttribute("Id")));
    let n = 1;
    while (ids.has(`rId${n}`)) n++;
    const r = rels.doc.createElementNS(NS.pkgRel, "Relationship");
    r.setAttribute("Id", `rId${n}`);
    r.setAttribute("Type", type);
    r.setAttribute("Target", target);
    rels.root.appendChild(r);
    rels.changed = true;
    return `rId${n}`;
  }

  /** Adds a worksheet part named `name` at the end of the workbook's sheets. */
  async addSheet(workbookPart: string, name: string, path: string, xml: string): Promise<void> {
    await this.add(path, xml, CONTENT_TYPE.worksheet);
    const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
    const rid = await this.relate(workbookPart, `${NS.rel}/worksheet`, path.startsWith(folder) ? path.slice(folder.length) : `/${path}`);
    const wb = await this.part(workbookPart);
    const sheets = child(wb.root, "sheets")!;
    const ids = children(sheets, "sheet").map((s) => Number(s.getAttribute("sheetId")) || 0);
    const s = wb.doc.createElementNS(wb.root.namespaceURI, "sheet");
    s.setAttribute("name", name);
    s.setAttribute("sheetId", String(Math.max(0, ...ids) + 1));
    s.setAttributeNS(NS.rel, "r:id", rid);
    sheets.appendChild(s);
    wb.changed = true;
  }

  /** Writes the changed parts back into the zip. */
  flush(): void {
    for (const part of this.parts.values()) if (part.changed) this.zip.file(part.path, serializeXml(part.doc));
  }
}

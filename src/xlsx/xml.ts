/**
 * XML of package parts through @xmldom/xmldom (parsing, namespaces, escaping, serialising): never by
 * regular expressions. Also the namespaces and relationship types of SpreadsheetML used here.
 */
import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import { xlsxErrors } from "./errors";
import { message } from "../domain/messages";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawingMain: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
} as const;

export const REL = {
  officeDocument: `${NS.rel}/officeDocument`,
  worksheet: `${NS.rel}/worksheet`,
  chartsheet: `${NS.rel}/chartsheet`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  styles: `${NS.rel}/styles`,
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
} as const;

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Parses a part; a fatal or ordinary XML error becomes a message naming file and part. */
export function parseXml(text: string, fileName: string, part: string): Document {
  let problem: string | null = null;
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      if (level !== "warning" && problem === null) problem = message.split("\n")[0];
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(text, "application/xml");
  } catch (e) {
    throw xlsxErrors.damagedPart(fileName, part, (e as Error).message.split("\n")[0]);
  }
  if (problem !== null || !doc.documentElement) throw xlsxErrors.damagedPart(fileName, part, problem ?? message("xlsx.detail.empty"));
  return doc;
}

export function serializeXml(doc: Document): string {
  const text = new XMLSerializer().serializeToString(doc);
  return text.startsWith("<?xml") ? text : XML_DECL + text;
}

/** Child elements of `parent` with the given local name (any namespace), in document order. */
export function children(parent: Element | Document, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === localName) out.push(n as Element);
  return out;
}

export function child(parent: Element | Document, localName: string): Element | undefined {
  return children(parent, localName)[0];
}

/** All descendants with the local name, in document order. */
export function descendants(parent: Element | Document, localName: string): Element[] {
  const out: Element[] = [];
  const all = parent.getElementsByTagNameNS("*", localName);
  for (let i = 0; i < all.length; i++) out.push(all.item(i)!);
  return out;
}

/** Resolves a relationship target against the directory of the part that owns the relationship. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ownerPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relationships(doc: Document): Relationship[] {
  return children(doc.documentElement!, "Relationship").map((r) => ({
    id: r.getAttribute("Id") ?? "",
    type: r.getAttribute("Type") ?? "",
    target: r.getAttribute("Target") ?? "",
    external: r.getAttribute("TargetMode") === "External",
  }));
}

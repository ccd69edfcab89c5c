/** The text of an agreement file: .txt / .md as UTF-8, .docx as the paragraphs of word/document.xml. */
import { readFile } from "node:fs/promises";
import JSZip from "jszip";

function decodeXmlText(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

/** Paragraphs of a .docx, one per line, with blank lines between them (as Markdown paragraphs). */
export async function docxText(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = zip.file("word/document.xml");
  if (!doc) throw new Error("keine Word-Datei (word/document.xml fehlt)");
  const xml = await doc.async("string");
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((p) =>
      (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:tab\/>|<w:br\/>/g) ?? [])
        .map((t) => (t.startsWith("<w:tab") ? "\t" : t.startsWith("<w:br") ? "\n" : decodeXmlText(t.replace(/<[^>]+>/g, ""))))
        .join(""),
    )
    .join("\n\n");
}

export async function readAgreementFile(path: string): Promise<string> {
  const bytes = await readFile(path);
  if (/\.docx$/i.test(path)) return docxText(bytes);
  return bytes.toString("utf8").replace(/^\uFEFF/, "");
}

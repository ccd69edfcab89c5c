/**
 * The attainment highlighted on the user's data cells as conditional formats with a constant criterion
 * (TRUE), appended to the sheet after the user's own rules and with lower priority, so the user's cell
 * values, formats and rules stay exactly as they were.
 */
import type { Element } from "@xmldom/xmldom";
import { formatArea } from "../workbook/areas";
import type { HighlightCell } from "../workbook/outputs";
import type { XmlPart } from "./packageEdit";
import type { StyleBook } from "./stylesEdit";
import { descendants } from "./xml";

/** Children of <worksheet> that come after <conditionalFormatting> (ECMA-376 part 1 §18.3.1.99). */
const AFTER = new Set([
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

export function addHighlights(sheet: XmlPart, cells: HighlightCell[], styles: StyleBook): void {
  if (cells.length === 0) return;
  const root = sheet.root;
  const ns = root.namespaceURI;
  // reduce, not a spread: a user's sheet may hold any number of rules.
  let priority = descendants(root, "cfRule").reduce((p, r) => Math.max(p, Number(r.getAttribute("priority")) || 0), 0);
  let before: Element | null = null;
  for (let n = root.firstChild; n && !before; n = n.nextSibling) if (n.nodeType === 1 && AFTER.has((n as Element).localName!)) before = n as Element;
  for (const h of cells) {
    const cf = sheet.doc.createElementNS(ns, "conditionalFormatting");
    cf.setAttribute("sqref", formatArea(h.area));
    const rule = sheet.doc.createElementNS(ns, "cfRule");
    rule.setAttribute("type", "expression");
    rule.setAttribute("dxfId", String(styles.highlight(h.color.replace(/^#/, ""))));
    rule.setAttribute("priority", String(++priority));
    const f = sheet.doc.createElementNS(ns, "formula");
    f.appendChild(sheet.doc.createTextNode("TRUE"));
    rule.appendChild(f);
    cf.appendChild(rule);
    root.insertBefore(cf, before);
  }
  sheet.changed = true;
}

/**
 * Where things are in an .xlsx package: the workbook part, its sheets in order (name, state, part, kind),
 * the shared strings and the styles. Read from `_rels/.rels`, the workbook and its relationships.
 */
import { xlsxErrors } from "./errors";
import { child, children, parseXml, REL, relationships, relsPathOf, resolveTarget, type Relationship } from "./xml";
import { hasPart, readPartText, type XlsxPackage } from "./zipPackage";
import { message } from "../domain/messages";

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "other";

export interface SheetEntry {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  kind: SheetKind;
  /** Part path, e.g. "xl/worksheets/sheet1.xml" ("" when the relationship is missing). */
  part: string;
  relId: string;
}

export interface PackageStructure {
  workbookPart: string;
  sheets: SheetEntry[];
  workbookRels: Relationship[];
  sharedStringsPart?: string;
  stylesPart?: string;
  /** Whether the workbook uses the 1904 date system (serials then count from 1904-01-01). */
  date1904: boolean;
}

function kindOf(type: string): SheetKind {
  const last = type.slice(type.lastIndexOf("/") + 1).toLowerCase();
  if (last === "worksheet") return "worksheet";
  if (last === "chartsheet") return "chartsheet";
  if (last === "dialogsheet") return "dialogsheet";
  if (last === "xlmacrosheet" || last === "xlintlmacrosheet") return "macrosheet";
  return "other";
}

export async function readStructure(pkg: XlsxPackage): Promise<PackageStructure> {
  const file = pkg.fileName;
  if (!hasPart(pkg, "_rels/.rels")) throw xlsxErrors.notWorkbook(file, message("xlsx.detail.relsMissing"));
  const root = relationships(parseXml(await readPartText(pkg, "_rels/.rels"), file, "_rels/.rels"));
  const office = root.find((r) => r.type === REL.officeDocument || r.type.endsWith("/officeDocument"));
  const workbookPart = office ? resolveTarget("", office.target) : "";
  if (!workbookPart || !hasPart(pkg, workbookPart)) throw xlsxErrors.notWorkbook(file, message("xlsx.detail.noWorkbookPart"));
  const doc = parseXml(await readPartText(pkg, workbookPart), file, workbookPart);
  const wb = doc.documentElement!;
  if (wb.localName !== "workbook") throw xlsxErrors.notWorkbook(file, `${workbookPart}: <${wb.localName}>`);
  const relsPart = relsPathOf(workbookPart);
  const rels = hasPart(pkg, relsPart) ? relationships(parseXml(await readPartText(pkg, relsPart), file, relsPart)) : [];
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheetsEl = child(wb, "sheets");
  const sheets: SheetEntry[] = (sheetsEl ? children(sheetsEl, "sheet") : []).map((s) => {
    const relId = s.getAttributeNS(REL.officeDocument.slice(0, REL.officeDocument.lastIndexOf("/")), "id") || s.getAttribute("r:id") || "";
    const rel = byId.get(relId);
    const state = s.getAttribute("state");
    return {
      name: s.getAttribute("name") ?? "",
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      kind: rel ? kindOf(rel.type) : "other",
      part: rel && !rel.external ? resolveTarget(workbookPart, rel.target) : "",
      relId,
    };
  });
  const partOf = (type: string) => {
    const r = rels.find((x) => x.type === type);
    return r ? resolveTarget(workbookPart, r.target) : undefined;
  };
  const pr = child(wb, "workbookPr");
  const d1904 = pr?.getAttribute("date1904");
  return {
    workbookPart,
    sheets,
    workbookRels: rels,
    sharedStringsPart: partOf(REL.sharedStrings),
    stylesPart: partOf(REL.styles),
    date1904: d1904 === "1" || d1904 === "true",
  };
}

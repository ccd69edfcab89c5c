/**
 * The message catalogue read as source (src/domain/messages/*.de.ts, *.en.ts): every code has a German and an
 * English text; every parameter a text uses is declared by the German text's parameter type, and each
 * language uses every declared parameter (nothing said in one language is dropped in the other); no German
 * is left in the English texts (umlauts, ß, common German words), with a short allow-list.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { CATALOGUES } from "../../src/domain/messages";
import { INDICATORS } from "../../src/domain/indicators";

const DIR = resolve(__dirname, "../../src/domain/messages");
const PANE_EN = resolve(__dirname, "../../src/taskpane/i18nEn.ts");

type Entry = { file: string; node: ts.Expression };

function langOfFile(name: string): "de" | "en" | null {
  return /(^|\.)de\.ts$/.test(name) ? "de" : /(^|\.)en\.ts$/.test(name) ? "en" : null;
}

const program = ts.createProgram(
  readdirSync(DIR).map((f) => join(DIR, f)),
  { strict: true, target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Node10, noEmit: true },
);
const checker = program.getTypeChecker();

/** Every `"code": text` of the catalogue's part files, by language. */
const entries: Record<"de" | "en", Map<string, Entry>> = { de: new Map(), en: new Map() };
for (const name of readdirSync(DIR)) {
  const lang = langOfFile(name);
  if (!lang) continue;
  const source = program.getSourceFile(join(DIR, name))!;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name) && /^[a-z][A-Za-z]*\.[A-Za-z0-9.]+$/.test(node.name.text))
      entries[lang].set(node.name.text, { file: name, node: node.initializer });
    ts.forEachChild(node, visit);
  };
  visit(source);
}

/** The names a text reads from its parameter (`p.name`). */
function used(node: ts.Expression): Set<string> {
  const names = new Set<string>();
  if (!ts.isArrowFunction(node) || node.parameters.length === 0) return names;
  const param = node.parameters[0].name.getText();
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === param) names.add(n.name.text);
    ts.forEachChild(n, visit);
  };
  visit(node.body);
  return names;
}

/** The parameters the German text declares (its parameter's type). */
function declared(node: ts.Expression): Set<string> {
  if (!ts.isArrowFunction(node) || node.parameters.length === 0) return new Set();
  return new Set(checker.getTypeAtLocation(node.parameters[0]).getProperties().map((p) => p.name));
}

/** Literal text pieces of a file (strings and the fixed parts of templates), with their line. */
function literals(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2020, true);
  const out: { text: string; line: number }[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      // a property name or an import path is not text for users
      const parent = n.parent;
      const isKey = parent && ts.isPropertyAssignment(parent) && parent.name === n;
      if (!isKey && !ts.isImportDeclaration(parent) && !ts.isLiteralTypeNode(parent)) out.push({ text: n.text, line: source.getLineAndCharacterOfPosition(n.getStart()).line + 1 });
    }
    ts.forEachChild(n, visit);
  };
  visit(source);
  return out;
}

/** German in an English text: umlauts or ß, or a common German word. */
const GERMAN_LETTERS = /[äöüÄÖÜß]/;
const GERMAN_WORDS = /\b(und|oder|der|die|das|den|dem|des|nicht|ist|sind|bitte|für|mit|ein|eine|einen|wird|werden|keine|kein|fehlt|Blatt|Zelle|Arbeitsmappe|Wert|Ziel|Jahr|Monat|gefunden|erlaubt|Datei|von|bis|zum|zur|auf|aus)\b/;
/** Names and fixed terms that stay German in English text. */
const ALLOWED = [
  "Kreis Düren", // the name of a Jobcenter in examples
  "Deutsch", // the pane's switch names the other language in itself
  "Zielmonitor",
  "SGB II",
];

function germanIn(s: string): string | null {
  let rest = s;
  for (const a of ALLOWED) rest = rest.split(a).join("");
  const m = GERMAN_LETTERS.exec(rest) ?? GERMAN_WORDS.exec(rest);
  return m ? m[0] : null;
}

describe("the message catalogue, read as source", () => {
  it("finds the codes of every part file (the reader sees what the catalogue holds)", () => {
    expect([...entries.de.keys()].sort()).toEqual(Object.keys(CATALOGUES.de).sort());
    expect([...entries.en.keys()].sort()).toEqual(Object.keys(CATALOGUES.en).sort());
  });

  it("has a German and an English text for every code, none empty", () => {
    for (const code of new Set([...entries.de.keys(), ...entries.en.keys()])) {
      expect(`${code}: de ${entries.de.has(code)}, en ${entries.en.has(code)}`).toBe(`${code}: de true, en true`);
      for (const lang of ["de", "en"] as const) {
        const entry = CATALOGUES[lang][code as keyof (typeof CATALOGUES)["de"]];
        if (typeof entry === "string") expect(`${lang} ${code}: ${entry.trim()}`).not.toBe(`${lang} ${code}: `);
      }
    }
  });

  it("uses in each text only the parameters its code declares, and every declared one in both languages", () => {
    const wrong: string[] = [];
    for (const [code, de] of entries.de) {
      const params = declared(de.node);
      for (const lang of ["de", "en"] as const) {
        const entry = entries[lang].get(code);
        if (!entry) continue;
        const names = used(entry.node);
        for (const n of names) if (!params.has(n)) wrong.push(`${lang} ${code}: uses p.${n}, not declared`);
        for (const n of params) if (!names.has(n)) wrong.push(`${lang} ${code}: declares ${n}, never says it`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("leaves no German in the English texts (catalogue and pane dictionary)", () => {
    const files = [...readdirSync(DIR).filter((f) => langOfFile(f) === "en").map((f) => join(DIR, f)), PANE_EN];
    const found = files.flatMap((f) =>
      literals(f)
        .map(({ text, line }) => ({ where: `${f.slice(f.lastIndexOf("/src/") + 1)}:${line}`, text, word: germanIn(text) }))
        .filter((x) => x.word !== null)
        .map((x) => `${x.where} "${x.word}" in "${x.text}"`),
    );
    const names = Object.values(INDICATORS)
      .filter((d) => germanIn(d.nameEn) !== null)
      .map((d) => `${d.code}: ${d.nameEn}`);
    expect([...found, ...names]).toEqual([]);
  });

  it("catches German in English text (the heuristic is not blind)", () => {
    expect(germanIn("Blatt nicht gefunden")).toBe("Blatt");
    expect(germanIn("Zelle B3")).toBe("Zelle");
    expect(germanIn("größer")).toBe("ö");
    expect(germanIn("the sheet of Kreis Düren")).toBeNull();
    expect(germanIn("Sheet not found; not highlighted there.")).toBeNull();
  });
});

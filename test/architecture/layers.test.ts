/**
 * The layering rules of docs and PROTOCOL, checked on the source: no file in src/ over 300 lines,
 * src/domain imports only from src/domain (pure), and no import cycle between files of src/.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { importsOf, SRC } from "./importGraph";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const ALL = files(SRC);

describe("architecture", () => {
  it("has no file in src/ over 300 lines", () => {
    const long = ALL.map((f) => [relative(SRC, f), readFileSync(f, "utf8").split("\n").length] as const).filter(([, n]) => n > 300);
    expect(long).toEqual([]);
  });

  it("keeps src/domain pure: it imports only from src/domain", () => {
    const domain = join(SRC, "domain");
    const outside = ALL.filter((f) => f.startsWith(domain))
      .flatMap((f) => importsOf(f).map((to) => [relative(SRC, f), relative(SRC, to)] as const))
      .filter(([, to]) => !to.startsWith("domain"));
    expect(outside).toEqual([]);
    // and no package either (pure TypeScript)
    const packages = ALL.filter((f) => f.startsWith(domain)).filter((f) => /(?:^|\n)\s*import[^;]*from\s+["'][^."'][^"']*["']/.test(readFileSync(f, "utf8")));
    expect(packages.map((f) => relative(SRC, f))).toEqual([]);
  });

  it("has no import cycle between files of src/", () => {
    const graph = new Map(ALL.map((f) => [f, importsOf(f)]));
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      state.set(f, "open");
      for (const to of graph.get(f) ?? []) {
        if (state.get(to) === "open") cycles.push([...path.slice(path.indexOf(to)), to].map((p) => relative(SRC, p)).join(" → "));
        else if (!state.has(to)) visit(to, [...path, to]);
      }
      state.set(f, "done");
    };
    for (const f of ALL) if (!state.has(f)) visit(f, [f]);
    expect(cycles).toEqual([]);
  });

  it("finds the imports it checks (the checker itself works)", () => {
    expect(importsOf(join(SRC, "domain/messages/index.ts")).map((f) => relative(SRC, f))).toEqual(expect.arrayContaining(["domain/messages/de.ts", "domain/messages/languages.ts"]));
  });
});

/**
 * The relative imports between files of src/, read from the source as text: one reader for the
 * architecture tests (layers, first paint) and the catalogue-loading test.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

export const SRC = resolve(__dirname, "../../src");

export interface ImportOptions {
  /** Count `import type … from` too (a cycle of types is still a cycle); default true. */
  types?: boolean;
}

/** The file an import specifier names: as written, with .ts/.tsx, or its folder's index. */
function resolveSpecifier(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find((p) => existsSync(p) && statSync(p).isFile());
}

/** Relative static imports of a file (`import`/`export … from` and `import "./x"`; never `import()`), resolved to files. */
export function importsOf(file: string, options: ImportOptions = {}): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(type\s)?[^;]*?from\s+["'](\.[^"']+)["']/g)) {
    if (m[1] && options.types === false) continue;
    const found = resolveSpecifier(file, m[2]);
    if (found) out.push(found);
  }
  for (const m of text.matchAll(/(?:^|\n)\s*import\s+["'](\.[^"']+)["']/g)) {
    const found = resolveSpecifier(file, m[1]);
    if (found) out.push(found);
  }
  return out;
}

/**
 * Every file of src/ that `entry` (relative to src/) reaches through static imports, type-only ones
 * left out (they vanish in the build), relative to src/. `skip`: files neither counted nor followed.
 */
export function closure(entry: string, skip: (file: string) => boolean = () => false): Set<string> {
  const seen = new Set<string>();
  const todo = [resolve(SRC, entry)];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f) || skip(relative(SRC, f))) continue;
    seen.add(f);
    todo.push(...importsOf(f, { types: false }));
  }
  return new Set([...seen].map((f) => relative(SRC, f)));
}

/** Builders for monthly test data (not a test file itself). */
import type { Figure } from "../../src/domain/jfw";
import { ym } from "../../src/domain/yearMonth";
import { text } from "../../src/domain/messages";

/** A series from a function of (year, month) for 2021-01 … 2023-12; undefined leaves the month blank. */
export function series(f: (year: number, month: number) => number | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (let y = 2021; y <= 2023; y++)
    for (let m = 1; m <= 12; m++) {
      const v = f(y, m);
      if (v !== undefined) out.set(ym(y, m), v);
    }
  return out;
}

export const constant = (v: number) => series(() => v);

/** The value of a figure that must have been computed; fails the test with the figure's error otherwise. */
export function valueOf(f: Figure): number {
  if (!f.ok) throw new Error(`expected a value, got ${f.error.kind}: ${text(f.error.message)}`);
  return f.value;
}

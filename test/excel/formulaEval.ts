/**
 * Calculates the formulas Zielmonitor writes, on the strict double's workbook, the way Excel hands
 * arguments to custom functions (rule 5 of ./strictExcel.ts): a blank cell reaches a custom function as
 * `null` on the web and as `0` on desktop (office-js #4702, #5262); an argument holding an error is not
 * passed on – the call gives that error. Enough grammar for those formulas: numbers, strings, TRUE/FALSE,
 * references ('Sheet'!A1:B2), + - * /, comparisons, IF, COUNTBLANK, NA and the SGBII functions.
 */
import * as functions from "../../src/functions/functions";
import { parseCell as parseA1 } from "../../src/workbook/areas";
import { corners } from "./fakeExcel";
import "../functions/customFunctionsShim";
import type { FakeBook, FakeSheet } from "./fakeExcel";

export interface XlError {
  error: string;
}
type Value = number | string | boolean | null | XlError | Value[][];

const isError = (v: unknown): v is XlError => typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;

export function evaluateCell(book: FakeBook, sheet: FakeSheet, row: number, col: number, seen = new Set<string>()): Value {
  const cell = sheet.peek(row, col);
  if (!cell) return null;
  if (!cell.formula) return cell.value === "" || cell.value === undefined ? null : (cell.value as Value);
  const key = `${sheet.name}!${row},${col}`;
  if (seen.has(key)) return { error: "#CIRC" };
  seen.add(key);
  const v = new Parser(book, sheet, cell.formula.slice(1), seen).parse();
  seen.delete(key);
  return v;
}

class Parser {
  private i = 0;
  constructor(
    private readonly book: FakeBook,
    private readonly sheet: FakeSheet,
    private readonly text: string,
    private readonly seen: Set<string>,
  ) {}
  parse(): Value {
    const v = this.comparison();
    if (this.i < this.text.length) throw new Error(`formulaEval: unexpected "${this.text.slice(this.i)}" in ${this.text}`);
    return v;
  }
  private peek(s: string): boolean {
    return this.text.startsWith(s, this.i);
  }
  private eat(s: string): boolean {
    if (!this.peek(s)) return false;
    this.i += s.length;
    return true;
  }
  private comparison(): Value {
    const left = this.additive();
    for (const op of ["<=", ">=", "<>", "=", "<", ">"])
      if (this.eat(op)) {
        const right = this.additive();
        const a = scalar(left);
        const b = scalar(right);
        if (isError(a)) return a;
        if (isError(b)) return b;
        const x = a ?? 0;
        const y = b ?? 0;
        return op === "<=" ? x <= y : op === ">=" ? x >= y : op === "<>" ? x !== y : op === "=" ? x === y : op === "<" ? x < y : x > y;
      }
    return left;
  }
  private additive(): Value {
    let v = this.term();
    for (;;) {
      if (this.eat("+")) v = arith(v, this.term(), (a, b) => a + b);
      else if (this.peek("-")) {
        this.i++;
        v = arith(v, this.term(), (a, b) => a - b);
      } else return v;
    }
  }
  private term(): Value {
    let v = this.unary();
    for (;;) {
      if (this.eat("*")) v = arith(v, this.unary(), (a, b) => a * b);
      else if (this.eat("/")) v = arith(v, this.unary(), (a, b) => (b === 0 ? NaN : a / b));
      else return v;
    }
  }
  private unary(): Value {
    if (this.eat("-")) return arith(0, this.unary(), (a, b) => a - b);
    return this.primary();
  }
  private primary(): Value {
    const rest = this.text.slice(this.i);
    if (this.eat("(")) {
      const v = this.comparison();
      this.eat(")");
      return v;
    }
    const num = /^\d+(\.\d+)?/.exec(rest);
    if (num) {
      this.i += num[0].length;
      return Number(num[0]);
    }
    if (rest.startsWith('"')) {
      const end = this.text.indexOf('"', this.i + 1);
      const s = this.text.slice(this.i + 1, end);
      this.i = end + 1;
      return s;
    }
    const ref = /^(?:('(?:[^']|'')+'|[A-Za-z0-9_]+)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![A-Za-z0-9_.(])/.exec(rest);
    if (ref) {
      this.i += ref[0].length;
      const sheetName = ref[1] ? ref[1].replace(/^'(.*)'$/, "$1").replace(/''/g, "'") : this.sheet.name;
      const target = this.book.sheet(sheetName);
      const a = corners(ref[2])!;
      const out: Value[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: Value[] = [];
        for (let c = a.left; c <= a.right; c++) row.push(evaluateCell(this.book, target, r, c, this.seen));
        out.push(row);
      }
      return out;
    }
    const fn = /^([A-Z][A-Z0-9.]*)\(/.exec(rest);
    if (fn) {
      this.i += fn[0].length;
      const args: Value[] = [];
      if (!this.eat(")")) {
        do args.push(this.comparison());
        while (this.eat(","));
        this.eat(")");
      }
      return this.call(fn[1], args);
    }
    if (this.eat("TRUE")) return true;
    if (this.eat("FALSE")) return false;
    throw new Error(`formulaEval: cannot read "${rest}"`);
  }
  private call(name: string, args: Value[]): Value {
    if (name === "NA") return { error: "#N/A" };
    if (name === "COUNTBLANK") return (args[0] as Value[][]).flat().filter((v) => v === null || v === "").length;
    if (name === "IF") {
      const c = scalar(args[0]);
      if (isError(c)) return c;
      return c ? args[1] : (args[2] ?? false);
    }
    if (!name.startsWith("SGBII.")) throw new Error(`formulaEval: function ${name} not modelled`);
    const id = name.slice(6);
    const f = Object.entries(functions).find(([k]) => k.toUpperCase() === id)?.[1] as ((...a: unknown[]) => unknown) | undefined;
    if (!f) return { error: "#NAME?" };
    // Excel does not call a custom function with an error argument (without allowErrorForDataTypeAny).
    for (const a of args) {
      const e = Array.isArray(a) ? a.flat().find(isError) : isError(a) ? a : undefined;
      if (e) return e;
    }
    const blank = this.book.platform === "desktop" ? 0 : null;
    const passed = args.map((a) => (Array.isArray(a) ? a.map((row) => row.map((v) => (v === null ? blank : v))) : a));
    try {
      return f(...passed) as Value;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code) return { error: code };
      throw e;
    }
  }
}

function scalar(v: Value): Exclude<Value, Value[][]> {
  if (Array.isArray(v)) return v.length === 1 && v[0].length === 1 ? (v[0][0] as Exclude<Value, Value[][]>) : { error: "#VALUE!" };
  return v;
}

function arith(a: Value, b: Value, f: (x: number, y: number) => number): Value {
  const x = scalar(a);
  const y = scalar(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  const r = f(Number(x ?? 0), Number(y ?? 0));
  return Number.isNaN(r) ? { error: "#DIV/0!" } : r;
}

export { parseA1 };

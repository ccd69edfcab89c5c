/**
 * Finds the monthly series of every indicator in a workbook, whatever its shape:
 * - months down the rows (a month column; one column per indicator, or per year with month names only),
 *   with header blocks of several lines and merged header cells; BA-style exports with a Jobcenter key,
 *   a name and a "Berichtsmonat" column (several Jobcenters in one table);
 * - months across the columns (a header row of months, one row per indicator, a block per year);
 * - vintages (t-0 / t-3) named in a column header, a block title or the sheet name.
 * Notes above and below a table are ignored; hidden rows are read like visible ones (they hold the
 * user's data) and reported as info. A series found twice keeps its first place (sheet order, then
 * top-to-bottom, left-to-right) and the second is reported as ambiguous.
 */
import type { DataCode } from "../domain/indicators";
import type { IndicatorData, Vintage } from "../domain/evaluation";
import { ym, type YearMonth } from "../domain/yearMonth";
import { a1, a1Range, jobcenterKey, normalizeLabel, parseDataCell, parseMonthLabel, parseVintage, parseYearLabel, type MonthLabel } from "./cells";
import { codeForLabel, genderOnly, isKeyHeader, isMonthHeader, isNameHeader, withGender } from "./labels";
import { rangeCells, type Mapping } from "./mapping";
import type { CellValue, DetectedSeries, Detection, Jobcenter, Problem, SheetData, WorkbookData } from "./types";

/** A sheet addressed by absolute 0-based coordinates, with merged cells resolved for headers. */
class Grid {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly mergeOwner = new Map<string, { row: number; col: number }>();
  readonly hidden: Set<number>;

  constructor(readonly sheet: SheetData) {
    this.top = sheet.origin.row;
    this.left = sheet.origin.col;
    this.bottom = this.top + sheet.values.length - 1;
    this.right = this.left + Math.max(0, ...sheet.values.map((r) => r.length)) - 1;
    this.hidden = new Set(sheet.hiddenRows ?? []);
    for (const m of sheet.merges ?? []) {
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 2000) continue;
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) this.mergeOwner.set(`${r},${c}`, { row: m.top, col: m.left });
    }
  }

  get(row: number, col: number): CellValue {
    const v = this.sheet.values[row - this.top]?.[col - this.left];
    return v === undefined ? null : v;
  }

  format(row: number, col: number): string | undefined {
    return this.sheet.numberFormats?.[row - this.top]?.[col - this.left];
  }

  /** The value shown in a cell, taking a merged area's top-left value. */
  shown(row: number, col: number): CellValue {
    const owner = this.mergeOwner.get(`${row},${col}`);
    return owner ? this.get(owner.row, owner.col) : this.get(row, col);
  }

  text(row: number, col: number): string {
    const v = this.shown(row, col);
    return v === null ? "" : String(v).trim();
  }

  rowBlank(row: number, from = this.left, to = this.right): boolean {
    for (let c = from; c <= to; c++) if (this.text(row, c) !== "") return false;
    return true;
  }
}

interface Found {
  code: DataCode;
  jobcenter: string;
  vintage: Vintage | null;
  sheet: string;
  label: string;
  labelCell: { row: number; col: number };
  values: Map<YearMonth, number>;
  cells: Map<YearMonth, { row: number; col: number; sheet?: string }>;
}

class Collector {
  readonly found: Found[] = [];
  readonly problems: Problem[] = [];
  readonly jobcenters = new Map<string, string>();
  private readonly invalidSeen = new Set<string>();

  invalid(sheet: string, row: number, col: number, text: string): void {
    const key = `${sheet}!${row},${col}`;
    if (this.invalidSeen.has(key)) return;
    this.invalidSeen.add(key);
    this.problems.push({
      severity: "warning",
      sheet,
      cell: a1(row, col),
      message: `Blatt "${sheet}", Zelle ${a1(row, col)}: „${text}“ ist keine Zahl – der Monat gilt als fehlend.`,
      messageEn: `Sheet "${sheet}", cell ${a1(row, col)}: "${text}" is not a number – the month counts as missing.`,
    });
  }

  /** Adds a series, merging it with an earlier one of the same code, Jobcenter and vintage on the same sheet when their months don't clash. */
  private readonly byKey = new Map<string, Found>();

  add(f: Found): void {
    if (f.cells.size === 0) return;
    const key = `${f.code}|${f.jobcenter}|${f.vintage}`;
    const same = this.byKey.get(key);
    if (!same) {
      this.found.push(f);
      this.byKey.set(key, f);
      return;
    }
    const clash =
      [...f.values].some(([m, v]) => same.values.has(m) && same.values.get(m) !== v) ||
      (same.sheet !== f.sheet && [...f.cells.keys()].some((m) => same.cells.has(m)));
    if (!clash) {
      // The same series continued: another block of the sheet, or another sheet (one sheet per year).
      for (const [m, c] of f.cells) if (!same.cells.has(m)) same.cells.set(m, f.sheet === same.sheet ? c : { ...c, sheet: f.sheet });
      for (const [m, v] of f.values) if (!same.values.has(m)) same.values.set(m, v);
      return;
    }
    const first = `Blatt "${same.sheet}", ${a1(same.labelCell.row, same.labelCell.col)}`;
    const second = `Blatt "${f.sheet}", ${a1(f.labelCell.row, f.labelCell.col)}`;
    this.problems.push({
      severity: "warning",
      sheet: f.sheet,
      cell: a1(f.labelCell.row, f.labelCell.col),
      message: `${f.code}${f.vintage ? ` (${f.vintage})` : ""}${f.jobcenter ? ` für ${f.jobcenter}` : ""} steht zweimal: ${first} („${same.label}“) und ${second} („${f.label}“). Verwendet wird die erste Fundstelle; eine Zuordnung kann das ändern.`,
      messageEn: `${f.code}${f.vintage ? ` (${f.vintage})` : ""} appears twice: ${first} and ${second}. The first is used; a mapping can change that.`,
    });
  }
}

const GENERIC = /^(wert|werte|anzahl|insgesamt|gesamt|summe|value|values|total|count|ist|ist wert|t 0|t 3|betrag|euro|eur)$/;

/** The indicator of a column or row label, with the sheet name or a block title as context for generic labels. */
function resolveCode(lines: string[], context: string[]): { code: DataCode | null; label: string } {
  const label = lines.filter(Boolean).join(" ").trim();
  const direct = codeForLabel(label);
  if (direct) return { code: direct, label };
  const last = lines.filter(Boolean).pop() ?? "";
  const g = genderOnly(last);
  if (g) {
    const base = codeForLabel(lines.slice(0, -1).join(" ")) ?? context.map(codeForLabel).find((c) => c !== null) ?? null;
    const code = base ? withGender(base === "INT_F" || base === "INT_M" ? "INT" : base === "ELB_F" || base === "ELB_M" ? "ELB" : base, g) : null;
    return { code, label };
  }
  const norm = normalizeLabel(label)
    .replace(/\b(19|20)\d{2}\b/g, "")
    .replace(/\bt [03]\b/g, "")
    .trim();
  if (norm === "" || GENERIC.test(norm)) {
    for (const c of context) {
      const code = codeForLabel(c);
      if (code) return { code, label: label || c };
    }
  }
  return { code: null, label };
}

function yearOf(label: MonthLabel, ...fallbacks: (number | null)[]): number | null {
  return label.year ?? fallbacks.find((y) => y !== null) ?? null;
}

/** Text of the few rows above a block (titles, notes), for vintage and context. */
function blockTitle(grid: Grid, headerTop: number, left: number, right: number): string[] {
  const out: string[] = [];
  for (let r = headerTop - 1; r >= Math.max(grid.top, headerTop - 3); r--) {
    const texts: string[] = [];
    for (let c = Math.max(grid.left, left - 1); c <= right; c++) {
      const t = grid.text(r, c);
      if (t && typeof grid.shown(r, c) === "string") texts.push(t);
    }
    if (texts.length > 0) out.push(texts.join(" "));
  }
  return out;
}

/** A vintage the sheet names for all its blocks: in its name or in the title rows at its top. */
function sheetVintage(grid: Grid): Vintage | null {
  const fromName = parseVintage(grid.sheet.name);
  if (fromName) return fromName;
  for (let r = grid.top; r <= Math.min(grid.bottom, grid.top + 2); r++)
    for (let c = grid.left; c <= Math.min(grid.right, grid.left + 3); c++) {
      const v = grid.get(r, c);
      if (typeof v === "string") {
        const found = parseVintage(v);
        if (found) return found;
      }
    }
  return null;
}

// ── months down the rows ────────────────────────────────────────────────────────────────────────────

function monthColumns(grid: Grid, headerRows: Set<number>): Map<number, Map<number, MonthLabel>> {
  const axes = new Map<number, Map<number, MonthLabel>>();
  for (let c = grid.left; c <= grid.right; c++) {
    let allowYyyymm = false;
    for (let r = grid.top; r <= Math.min(grid.bottom, grid.top + 12); r++) {
      const v = grid.get(r, c);
      if (typeof v === "string" && isMonthHeader(v)) allowYyyymm = true;
    }
    const months = new Map<number, MonthLabel>();
    for (let r = grid.top; r <= grid.bottom; r++) {
      if (headerRows.has(r)) continue;
      const m = parseMonthLabel(grid.get(r, c), grid.format(r, c), allowYyyymm);
      if (m) months.set(r, m);
    }
    if (months.size >= 3) axes.set(c, months);
  }
  return axes;
}

/** Runs of month rows not interrupted by a title or header row in the month column. */
function segments(grid: Grid, col: number, rows: number[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  for (const r of rows) {
    const prev = current[current.length - 1];
    if (prev !== undefined) {
      let interrupted = false;
      for (let k = prev + 1; k < r; k++) if (grid.text(k, col) !== "") interrupted = true;
      if (interrupted) {
        out.push(current);
        current = [];
      }
    }
    current.push(r);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function headerLines(grid: Grid, firstRow: number, col: number, left: number, right: number): { lines: string[]; top: number } {
  const lines: string[] = [];
  let top = firstRow;
  // An empty spacer row between the header and the first month is common; skip up to two.
  let start = firstRow - 1;
  while (start > firstRow - 3 && start >= grid.top && grid.rowBlank(start, left, right)) start--;
  for (let r = start; r >= Math.max(grid.top, start - 3); r--) {
    if (grid.rowBlank(r, left, right)) break;
    lines.unshift(grid.text(r, col));
    top = r;
  }
  return { lines, top };
}

function detectMonthsDown(grid: Grid, axes: Map<number, Map<number, MonthLabel>>, out: Collector): void {
  const name = grid.sheet.name;
  const axisCols = [...axes.keys()].sort((a, b) => a - b);
  axisCols.forEach((axisCol, i) => {
    const nextAxis = axisCols[i + 1] ?? grid.right + 1;
    const prevAxis = i === 0 ? grid.left - 1 : axisCols[i - 1];
    // Columns left of the first month column (keys, names) belong to it; otherwise to the month column on their left.
    const left = i === 0 ? grid.left : axisCol;
    const right = nextAxis - 1;
    const months = axes.get(axisCol)!;
    for (const seg of segments(
      grid,
      axisCol,
      [...months.keys()].sort((a, b) => a - b),
    )) {
      const { top: headerTop } = headerLines(grid, seg[0], axisCol, Math.max(left, prevAxis + 1), right);
      const title = blockTitle(grid, headerTop, left, right);
      const monthHeader = headerLines(grid, seg[0], axisCol, left, right).lines.join(" ");
      const context = [...title, name];
      const blockVintage = parseVintage(monthHeader) ?? title.map(parseVintage).find((v) => v !== null) ?? sheetVintage(grid);
      const blockYear = [monthHeader, ...title, name].map(parseYearLabel).find((y) => y !== null) ?? null;

      let keyCol: number | null = null;
      let nameCol: number | null = null;
      const dataCols: { col: number; lines: string[] }[] = [];
      for (let c = left; c <= right; c++) {
        if (c === axisCol) continue;
        const { lines } = headerLines(grid, seg[0], c, left, right);
        const label = lines.join(" ");
        if (keyCol === null && isKeyHeader(label)) keyCol = c;
        else if (nameCol === null && isNameHeader(label)) nameCol = c;
        else dataCols.push({ col: c, lines });
      }
      for (const { col, lines } of dataCols) {
        const columnYear =
          lines
            .map((l) => (/^\s*(19|20)\d{2}\s*(\(.*\))?\s*$/.test(l) || /^(jahr|year)\s+\d{4}$/i.test(l.trim()) ? parseYearLabel(l) : null))
            .find((y) => y !== null) ?? null;
        const { code, label } = resolveCode(columnYear !== null ? lines.filter((l) => parseYearLabel(l) === null) : lines, context);
        if (!code) continue;
        // A column of notes next to the months is not a series: require numbers in at least a third of the rows.
        const numeric = seg.filter((r) => parseDataCell(grid.get(r, col)).kind === "number").length;
        if (numeric * 3 < seg.length) continue;
        const vintage = parseVintage(lines.join(" ")) ?? blockVintage;
        const labelRow = seg[0] - 1 >= grid.top ? seg[0] - 1 : seg[0];
        const perJobcenter = new Map<string, Found>();
        for (const r of seg) {
          const m = months.get(r)!;
          const year = yearOf(m, columnYear, blockYear);
          if (year === null) continue;
          let jc = "";
          if (keyCol !== null) {
            const key = jobcenterKey(grid.get(r, keyCol));
            if (key === null) continue;
            jc = key;
            if (!out.jobcenters.has(key)) out.jobcenters.set(key, nameCol !== null ? grid.text(r, nameCol) : "");
          }
          let f = perJobcenter.get(jc);
          if (!f) {
            f = {
              code,
              jobcenter: jc,
              vintage,
              sheet: name,
              label,
              labelCell: { row: labelRow, col },
              values: new Map(),
              cells: new Map(),
            };
            perJobcenter.set(jc, f);
          }
          const month = ym(year, m.month);
          if (f.cells.has(month)) continue;
          f.cells.set(month, { row: r, col });
          const parsed = parseDataCell(grid.get(r, col));
          if (parsed.kind === "number") f.values.set(month, parsed.value);
          else if (parsed.kind === "invalid") out.invalid(name, r, col, parsed.text);
        }
        for (const f of perJobcenter.values()) out.add(f);
      }
    }
  });
}

// ── months across the columns ───────────────────────────────────────────────────────────────────────

function monthHeaderRows(grid: Grid): Map<number, Map<number, MonthLabel>> {
  const rows = new Map<number, Map<number, MonthLabel>>();
  for (let r = grid.top; r <= grid.bottom; r++) {
    const months = new Map<number, MonthLabel>();
    for (let c = grid.left; c <= grid.right; c++) {
      const v = grid.get(r, c);
      if (typeof v === "number" && !/[a-z]/i.test(grid.format(r, c) ?? "")) continue;
      const m = parseMonthLabel(v, grid.format(r, c));
      if (m) months.set(c, m);
    }
    if (months.size >= 3) rows.set(r, months);
  }
  return rows;
}

function detectMonthsAcross(grid: Grid, headers: Map<number, Map<number, MonthLabel>>, out: Collector): void {
  const name = grid.sheet.name;
  const headerRows = [...headers.keys()].sort((a, b) => a - b);
  headerRows.forEach((hr, i) => {
    const months = headers.get(hr)!;
    const monthCols = [...months.keys()].sort((a, b) => a - b);
    const firstMonthCol = monthCols[0];
    const end = (headerRows[i + 1] ?? grid.bottom + 1) - 1;
    // The year of month names without one: above the months, left of them, or in a title.
    const title = blockTitle(grid, hr, grid.left, grid.right);
    const yearAbove = (col: number): number | null => {
      for (let r = hr - 1; r >= Math.max(grid.top, hr - 3); r--) {
        const y = parseYearLabel(grid.shown(r, col));
        if (y !== null) return y;
      }
      return null;
    };
    let headerYear: number | null = null;
    for (let c = grid.left; c < firstMonthCol; c++) headerYear ??= parseYearLabel(grid.get(hr, c));
    headerYear ??= [...title, name].map(parseYearLabel).find((y) => y !== null) ?? null;
    const blockVintage = [grid.text(hr, grid.left), ...title].map(parseVintage).find((v) => v !== null) ?? sheetVintage(grid);

    let lastBase: string[] = [];
    for (let r = hr + 1; r <= end; r++) {
      if (grid.rowBlank(r)) {
        if (r > hr + 1) break;
        continue;
      }
      const lines: string[] = [];
      for (let c = grid.left; c < firstMonthCol; c++) {
        const t = grid.text(r, c);
        if (t && typeof grid.get(r, c) !== "number") lines.push(t);
      }
      if (lines.length === 0) continue;
      const g = genderOnly(lines[lines.length - 1]);
      const { code, label } = g ? resolveCode([...lastBase, lines[lines.length - 1]], [name]) : resolveCode(lines, [...title, name]);
      if (!g) lastBase = lines;
      if (!code) continue;
      const vintage = parseVintage(lines.join(" ")) ?? blockVintage;
      const f: Found = {
        code,
        jobcenter: "",
        vintage,
        sheet: name,
        label,
        labelCell: { row: r, col: grid.left },
        values: new Map(),
        cells: new Map(),
      };
      for (const c of monthCols) {
        const m = months.get(c)!;
        const year = yearOf(m, yearAbove(c), headerYear);
        if (year === null) continue;
        const month = ym(year, m.month);
        if (f.cells.has(month)) continue;
        f.cells.set(month, { row: r, col: c });
        const parsed = parseDataCell(grid.get(r, c));
        if (parsed.kind === "number") f.values.set(month, parsed.value);
        else if (parsed.kind === "invalid") out.invalid(name, r, c, parsed.text);
      }
      if (f.values.size > 0) out.add(f);
    }
  });
}

// ── mapping, result ─────────────────────────────────────────────────────────────────────────────────

function applyMapping(wb: WorkbookData, mapping: Mapping, out: Collector): Set<DataCode> {
  const mapped = new Set<DataCode>();
  for (const m of mapping.series) {
    const sheet = wb.sheets.find((s) => s.name === m.sheet);
    if (!sheet) {
      out.problems.push({
        severity: "error",
        sheet: m.sheet,
        message: `Zuordnung für ${m.code}: Blatt "${m.sheet}" gibt es nicht.`,
        messageEn: `Mapping for ${m.code}: there is no sheet "${m.sheet}".`,
      });
      continue;
    }
    const grid = new Grid(sheet);
    const monthCells = rangeCells(m.months);
    const valueCells = rangeCells(m.values);
    const f: Found = {
      code: m.code,
      jobcenter: m.jobcenter ?? "",
      vintage: m.vintage ?? null,
      sheet: sheet.name,
      label: `Zuordnung ${m.values}`,
      labelCell: valueCells[0],
      values: new Map(),
      cells: new Map(),
    };
    monthCells.forEach((mc, i) => {
      const label = parseMonthLabel(grid.get(mc.row, mc.col), grid.format(mc.row, mc.col), true);
      if (!label || label.year === null) {
        if (grid.text(mc.row, mc.col) !== "")
          out.problems.push({
            severity: "warning",
            sheet: sheet.name,
            cell: a1(mc.row, mc.col),
            message: `Blatt "${sheet.name}", Zelle ${a1(mc.row, mc.col)}: „${grid.text(mc.row, mc.col)}“ ist kein Monat mit Jahr.`,
            messageEn: `Sheet "${sheet.name}", cell ${a1(mc.row, mc.col)}: "${grid.text(mc.row, mc.col)}" is not a month with a year.`,
          });
        return;
      }
      const month = ym(label.year, label.month);
      const vc = valueCells[i];
      f.cells.set(month, vc);
      const parsed = parseDataCell(grid.get(vc.row, vc.col));
      if (parsed.kind === "number") f.values.set(month, parsed.value);
      else if (parsed.kind === "invalid") out.invalid(sheet.name, vc.row, vc.col, parsed.text);
    });
    mapped.add(m.code);
    out.add(f);
  }
  return mapped;
}

function toSeries(f: Found): DetectedSeries {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const { row, col, sheet } of f.cells.values()) {
    if (sheet !== undefined) continue; // the range names the first sheet's cells
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  const cells = new Map([...f.cells].sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    code: f.code,
    jobcenter: f.jobcenter,
    vintage: f.vintage,
    values: new Map([...f.values].sort(([a], [b]) => (a < b ? -1 : 1))),
    source: {
      sheet: f.sheet,
      range: a1Range(top, left, bottom, right),
      labelCell: a1(f.labelCell.row, f.labelCell.col),
      label: f.label,
      cells,
    },
  };
}

export function detectIndicators(wb: WorkbookData, options?: { mapping?: Mapping }): Detection {
  const out = new Collector();
  const mapped = options?.mapping ? applyMapping(wb, options.mapping, out) : new Set<DataCode>();
  const detected = new Collector();
  for (const sheet of wb.sheets) {
    if (sheet.values.length === 0) continue;
    const grid = new Grid(sheet);
    const across = monthHeaderRows(grid);
    const down = monthColumns(grid, new Set(across.keys()));
    const downCells = [...down.values()].reduce((n, m) => n + m.size, 0);
    const acrossCells = [...across.values()].reduce((n, m) => n + m.size, 0);
    if (downCells >= acrossCells) detectMonthsDown(grid, down, detected);
    else detectMonthsAcross(grid, across, detected);
    if (grid.hidden.size > 0) {
      const used = detected.found.some((f) => f.sheet === sheet.name && [...f.cells.values()].some((c) => grid.hidden.has(c.row)));
      if (used)
        out.problems.push({
          severity: "info",
          sheet: sheet.name,
          message: `Blatt "${sheet.name}": ausgeblendete Zeilen enthalten Monatswerte; sie werden mitgezählt.`,
          messageEn: `Sheet "${sheet.name}": hidden rows hold monthly values; they are included.`,
        });
    }
  }
  for (const f of detected.found) if (!mapped.has(f.code)) out.add(f);
  out.problems.push(...detected.problems);
  for (const [k, v] of detected.jobcenters) if (!out.jobcenters.has(k)) out.jobcenters.set(k, v);

  const jobcenters: Jobcenter[] = [...out.jobcenters].map(([key, name]) => ({
    key,
    name,
  }));
  if (jobcenters.length === 0 && out.found.length > 0) jobcenters.push({ key: "", name: guessName(wb) });
  if (out.found.length === 0)
    out.problems.push({
      severity: "error",
      message: "In der Mappe wurden keine Monatswerte erkannt (keine Spalte oder Zeile mit Monaten wie „Jan 2023“ oder „01/2023“ neben einer Kennzahl).",
      messageEn: "No monthly figures were recognised in the workbook (no column or row of months such as 'Jan 2023' next to an indicator).",
    });
  return {
    jobcenters,
    series: out.found.map(toSeries),
    problems: out.problems,
  };
}

/** The Jobcenter a single-Jobcenter workbook names in its first rows ("Kreis Düren", "Jobcenter Musterstadt"). */
function guessName(wb: WorkbookData): string {
  for (const sheet of wb.sheets)
    for (const row of sheet.values.slice(0, 4))
      for (const v of row) {
        if (typeof v !== "string") continue;
        const m = /\b((?:Jobcenter|Kreis|Landkreis|Stadt|Region|Städteregion)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)/.exec(v);
        if (m) return m[1];
      }
  return "";
}

/** The monthly data of one Jobcenter in one vintage; a series without a vintage serves every vintage. */
export function toIndicatorData(detection: Detection, jobcenterKey: string, vintage: Vintage): IndicatorData {
  const data: IndicatorData = {};
  // Exact vintage first, so it wins over an unlabelled series of the same code.
  const ordered = [...detection.series].sort((a, b) => Number(b.vintage === vintage) - Number(a.vintage === vintage));
  for (const s of ordered) {
    if (s.jobcenter !== jobcenterKey || (s.vintage !== null && s.vintage !== vintage)) continue;
    if (!data[s.code]) data[s.code] = s.values;
  }
  return data;
}

/** Vintages the workbook distinguishes; empty when none is named. */
export function vintagesOf(detection: Detection): Vintage[] {
  const found = new Set(detection.series.map((s) => s.vintage).filter((v): v is Vintage => v !== null));
  return (["t-0", "t-3"] as const).filter((v) => found.has(v));
}

/** Every month that has a value somewhere, oldest first. */
export function availableMonths(detection: Detection): YearMonth[] {
  const months = new Set<YearMonth>();
  for (const s of detection.series) for (const m of s.values.keys()) months.add(m);
  return [...months].sort();
}

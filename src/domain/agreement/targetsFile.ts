/**
 * The targets file of the CLI (`--targets`, and what `zielmonitor targets` writes):
 * `{ "year", "targets": [ { "id", "indicator", "unit", "direction", "value", "wording" } ] }` plus the
 * optional extras the agreement parser finds (goal, absolute, vintage, parties, monitoring items) – or one
 * such set per Jobcenter: `{ "jobcenters": { "05358": <targets file>, … } }`.
 * Every error names the JSON path of the bad entry (and the file, where given), in German and English;
 * a malformed file never throws.
 */
import { findIndicator, INDICATORS, type IndicatorCode } from "../indicators";
import { fail, ok, type Result } from "../result";
import type { Goal, MonitoringItem, Target, TargetSet } from "../targets";
import type { ParsedAgreement } from "./parseAgreement";

export interface TargetsFile {
  year: number;
  jobcenter?: string;
  ministry?: string;
  vintage?: "t-0" | "t-3";
  targets: (Pick<Target, "id" | "indicator" | "unit" | "direction" | "value" | "wording"> & { goal?: Goal; absolute?: number; gapMode?: "signed" | "abs" })[];
  monitoring?: MonitoringItem[];
  notUnderstood?: { sentence: string; reason: string }[];
  checks?: { targetId: string; ok: boolean; message: string }[];
}

/** Target sets by Jobcenter key ("05358" → the agreement of Kreis Düren). A key without a set has no agreement. */
export type TargetSetsByJobcenter = Readonly<Record<string, TargetSet>>;

/** What a targets file holds: one set for the workbook, or one per Jobcenter. */
export type TargetsFileContent = { kind: "single"; set: TargetSet } | { kind: "byJobcenter"; sets: TargetSetsByJobcenter };

/** The targets file of a parsed agreement; `year` where the text names none (the CLI's `--year`). */
export function targetsFileJson(set: TargetSet | ParsedAgreement, year?: number): TargetsFile {
  const parsed = set as Partial<ParsedAgreement>;
  return {
    year: year ?? set.year ?? 0,
    ...(set.jobcenter ? { jobcenter: set.jobcenter } : {}),
    ...(set.ministry ? { ministry: set.ministry } : {}),
    ...(set.vintage ? { vintage: set.vintage } : {}),
    targets: set.targets.map((t) => ({
      id: t.id,
      goal: t.goal,
      indicator: t.indicator,
      unit: t.unit,
      direction: t.direction,
      value: t.value,
      wording: t.wording,
      ...(t.absolute !== undefined ? { absolute: t.absolute } : {}),
      ...(t.gapMode ? { gapMode: t.gapMode } : {}),
    })),
    monitoring: set.monitoring,
    ...(parsed.notUnderstood ? { notUnderstood: parsed.notUnderstood.map(({ sentence, reason }) => ({ sentence, reason })) } : {}),
    ...(parsed.checks ? { checks: parsed.checks.map(({ targetId, ok: good, message }) => ({ targetId, ok: good, message })) } : {}),
  };
}

function goalOf(id: string, indicator: IndicatorCode): Goal {
  const m = /^(III|II|I)\b/.exec(id);
  return (m ? m[1] : INDICATORS[indicator].goal) as Goal;
}

class Invalid {
  constructor(
    readonly de: string,
    readonly en: string,
  ) {}
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const show = (x: unknown) => (typeof x === "number" && !Number.isFinite(x) ? String(x) : (JSON.stringify(x) ?? String(x)));

function readTarget(raw: unknown, path: string, ids: Set<string>): Target | Invalid {
  if (!isObject(raw)) return new Invalid(`${path}: ein Ziel muss ein Objekt sein, gefunden: ${show(raw)}`, `${path}: a target must be an object`);
  const t = raw;
  if (typeof t.id !== "string" || t.id.trim() === "") return new Invalid(`${path}.id: "id" fehlt`, `${path}.id: "id" is missing`);
  const where = `${path} („${t.id}“)`;
  if (ids.has(t.id)) return new Invalid(`${where}: die id kommt doppelt vor`, `${path}: duplicate id`);
  ids.add(t.id);
  const def = typeof t.indicator === "string" ? findIndicator(t.indicator) : undefined;
  if (!def)
    return new Invalid(
      `${where}.indicator: unbekannter Indikator ${show(t.indicator)} (z. B. INT, K2, K3, GAP, INT_LZB)`,
      `${path}.indicator: unknown indicator`,
    );
  if (t.unit !== "percent" && t.unit !== "points" && t.unit !== "count")
    return new Invalid(
      `${where}.unit: "unit" muss "percent", "points" oder "count" sein, gefunden: ${show(t.unit)}`,
      `${path}.unit: "unit" must be percent, points or count`,
    );
  if (t.direction !== ">=" && t.direction !== "<=")
    return new Invalid(
      `${where}.direction: "direction" muss ">=" oder "<=" sein, gefunden: ${show(t.direction)}`,
      `${path}.direction: "direction" must be >= or <=`,
    );
  if (typeof t.value !== "number" || !Number.isFinite(t.value))
    return new Invalid(
      `${where}.value: "value" muss eine endliche Zahl sein (Anteile als Bruch: 1,9 % = 0.019), gefunden: ${show(t.value)}`,
      `${path}.value: "value" must be a finite number (fractions: 1.9 % = 0.019)`,
    );
  if ((t.unit !== "count" || def.unit === "fraction") && Math.abs(t.value) >= 1)
    return new Invalid(
      `${where}.value: "value" ${t.value} ist als Bruch zu groß – gemeint ist wohl ${t.value / 100}`,
      `${path}.value: "value" ${t.value} is too large for a fraction`,
    );
  if (t.goal !== undefined && t.goal !== "I" && t.goal !== "II" && t.goal !== "III")
    return new Invalid(`${where}.goal: "goal" muss "I", "II" oder "III" sein, gefunden: ${show(t.goal)}`, `${path}.goal: "goal" must be I, II or III`);
  if (t.absolute !== undefined && (typeof t.absolute !== "number" || !Number.isFinite(t.absolute)))
    return new Invalid(`${where}.absolute: "absolute" muss eine Zahl sein, gefunden: ${show(t.absolute)}`, `${path}.absolute: "absolute" must be a number`);
  if (t.wording !== undefined && typeof t.wording !== "string")
    return new Invalid(`${where}.wording: "wording" muss Text sein`, `${path}.wording: "wording" must be text`);
  return {
    id: t.id,
    goal: t.goal === "I" || t.goal === "II" || t.goal === "III" ? t.goal : goalOf(t.id, def.code),
    indicator: def.code,
    unit: t.unit,
    direction: t.direction,
    value: t.value,
    wording: typeof t.wording === "string" ? t.wording : "",
    ...(typeof t.absolute === "number" ? { absolute: t.absolute } : {}),
    ...(t.gapMode === "abs" || t.gapMode === "signed" ? { gapMode: t.gapMode } : {}),
  };
}

function readSet(json: unknown, path: string): TargetSet | Invalid {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (!isObject(json))
    return new Invalid(
      `${path || "Zieldatei"}: ein JSON-Objekt mit "year" und "targets" wird erwartet, gefunden: ${show(json)}`,
      `${path || "targets file"}: a JSON object with "year" and "targets" is expected`,
    );
  const o = json;
  if (typeof o.year !== "number" || !Number.isInteger(o.year) || o.year < 2000 || o.year > 2100)
    return new Invalid(`${at("year")}: "year" muss ein Jahr sein (2000–2100), gefunden: ${show(o.year)}`, `${at("year")}: "year" must be a year`);
  if (!Array.isArray(o.targets))
    return new Invalid(`${at("targets")}: "targets" muss eine Liste sein, gefunden: ${show(o.targets)}`, `${at("targets")}: "targets" must be a list`);
  const targets: Target[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < o.targets.length; i++) {
    const t = readTarget(o.targets[i], `${at("targets")}[${i}]`, ids);
    if (t instanceof Invalid) return t;
    targets.push(t);
  }
  const monitoring: MonitoringItem[] = [];
  if (o.monitoring !== undefined && o.monitoring !== null && !Array.isArray(o.monitoring))
    return new Invalid(`${at("monitoring")}: "monitoring" muss eine Liste sein`, `${at("monitoring")}: "monitoring" must be a list`);
  for (const [i, raw] of (Array.isArray(o.monitoring) ? o.monitoring : []).entries()) {
    const m = isObject(raw) ? raw : {};
    const def = typeof m.indicator === "string" ? findIndicator(m.indicator) : undefined;
    if (!def)
      return new Invalid(
        `${at("monitoring")}[${i}].indicator: unbekannter Indikator ${show(m.indicator)}`,
        `${at("monitoring")}[${i}].indicator: unknown indicator`,
      );
    monitoring.push({
      id: typeof m.id === "string" ? m.id : `I.${i + 1}`,
      indicator: def.code,
      wording: typeof m.wording === "string" ? m.wording : def.nameDe,
    });
  }
  if (o.vintage !== undefined && o.vintage !== "t-0" && o.vintage !== "t-3")
    return new Invalid(
      `${at("vintage")}: "vintage" muss "t-0" oder "t-3" sein, gefunden: ${show(o.vintage)}`,
      `${at("vintage")}: "vintage" must be t-0 or t-3`,
    );
  return {
    year: o.year,
    targets,
    monitoring,
    ...(typeof o.jobcenter === "string" ? { jobcenter: o.jobcenter } : {}),
    ...(typeof o.ministry === "string" ? { ministry: o.ministry } : {}),
    ...(o.vintage === "t-0" || o.vintage === "t-3" ? { vintage: o.vintage } : {}),
  };
}

function failure<T>(e: Invalid, file?: string): Result<T> {
  return file ? fail<T>("VALUE", `Zieldatei "${file}", ${e.de}`, `targets file "${file}", ${e.en}`) : fail<T>("VALUE", e.de, e.en);
}

/** Reads a targets file of either form; errors name the file (where given) and the JSON path. */
export function parseTargetsFileContent(json: unknown, file?: string): Result<TargetsFileContent> {
  if (isObject(json) && "jobcenters" in json) {
    if ("targets" in json)
      return failure(
        new Invalid(
          '"targets" und "jobcenters" zugleich – entweder ein Zielsatz für alle oder einer je Jobcenter',
          '"targets" and "jobcenters" together – either one set for all or one per Jobcenter',
        ),
        file,
      );
    const jc = json.jobcenters;
    if (!isObject(jc))
      return failure(
        new Invalid(
          `jobcenters: ein Objekt { "Schlüssel": Zielsatz } wird erwartet, gefunden: ${show(jc)}`,
          "jobcenters: an object { key: target set } is expected",
        ),
        file,
      );
    const sets: Record<string, TargetSet> = {};
    for (const key of Object.keys(jc)) {
      const path = `jobcenters[${JSON.stringify(key)}]`;
      if (key.trim() === "") return failure(new Invalid(`${path}: leerer Jobcenter-Schlüssel`, `${path}: empty Jobcenter key`), file);
      const set = readSet(jc[key], path);
      if (set instanceof Invalid) return failure(set, file);
      sets[key.trim()] = set;
    }
    if (Object.keys(sets).length === 0) return failure(new Invalid("jobcenters: kein Jobcenter eingetragen", "jobcenters: no Jobcenter listed"), file);
    return ok({ kind: "byJobcenter", sets });
  }
  const set = readSet(json, "");
  return set instanceof Invalid ? failure(set, file) : ok({ kind: "single", set });
}

/** Validates a targets file holding one set (the form with "year" and "targets"). */
export function parseTargetsFile(json: unknown, file?: string): Result<TargetSet> {
  const r = parseTargetsFileContent(json, file);
  if (!r.ok) return r;
  if (r.value.kind === "single") return ok(r.value.set);
  const msg = 'die Datei enthält Zielsätze je Jobcenter ("jobcenters") – hier wird ein einzelner Zielsatz erwartet';
  return fail(
    "VALUE",
    file ? `Zieldatei "${file}": ${msg}` : msg,
    'the file holds target sets per Jobcenter ("jobcenters") – a single target set is expected here',
  );
}

/**
 * The targets file of the CLI (`--targets`, and what `zielmonitor targets` writes):
 * `{ "year", "targets": [ { "id", "indicator", "unit", "direction", "value", "wording" } ] }` plus the
 * optional extras the agreement parser finds (goal, absolute, vintage, parties, monitoring items) – or one
 * such set per Jobcenter: `{ "jobcenters": { "05358": <targets file>, … } }`.
 * Every error names the JSON path of the bad entry (and the file, where given), in German and English;
 * a malformed file never throws.
 */
import { findIndicator, INDICATORS, type IndicatorCode } from "../indicators";
import { message, text, type Lang, type Message, type MessageCode, type ParamsIn, type ParamsOf } from "../messages";
import type { ReasonCode } from "./reasons";
import { fail, ok, type Result } from "../result";
import type { GapMode, Goal, MonitoringItem, Target, TargetSet } from "../targets";
import type { ParsedAgreement } from "./parseAgreement";

export interface TargetsFile {
  year: number;
  jobcenter?: string;
  ministry?: string;
  vintage?: "t-0" | "t-3";
  targets: (Pick<Target, "id" | "indicator" | "unit" | "direction" | "value" | "wording"> & { goal?: Goal; absolute?: number; gapMode?: GapMode })[];
  monitoring?: MonitoringItem[];
  notUnderstood?: { sentence: string; code: ReasonCode; reason: string }[];
  checks?: { targetId: string; ok: boolean; message: string }[];
}

/** Target sets by Jobcenter key ("05358" → the agreement of Kreis Düren). A key without a set has no agreement. */
export type TargetSetsByJobcenter = Readonly<Record<string, TargetSet>>;

/** What a targets file holds: one set for the workbook, or one per Jobcenter. */
export type TargetsFileContent = { kind: "single"; set: TargetSet } | { kind: "byJobcenter"; sets: TargetSetsByJobcenter };

/**
 * The targets file of a parsed agreement; `year` where the text names none (the CLI's `--year`). Reasons and
 * checks carry their text in `lang` (German unless told), a reason also its code.
 */
export function targetsFileJson(set: TargetSet | ParsedAgreement, year?: number, lang: Lang = "de"): TargetsFile {
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
    ...(parsed.notUnderstood ? { notUnderstood: parsed.notUnderstood.map(({ sentence, code, reason }) => ({ sentence, code, reason: text(reason, lang) })) } : {}),
    ...(parsed.checks ? { checks: parsed.checks.map(({ targetId, ok: good, message: m }) => ({ targetId, ok: good, message: text(m, lang) })) } : {}),
  };
}

function goalOf(id: string, indicator: IndicatorCode): Goal {
  const m = /^(III|II|I)\b/.exec(id);
  return (m ? m[1] : INDICATORS[indicator].goal) as Goal;
}

/** A reason the file is refused, as a code of the message catalogue (`targets.*`). */
class Invalid {
  constructor(readonly message: Message) {}
}

function invalid<K extends MessageCode>(code: K, ...params: ParamsOf<K> extends undefined ? [] : [ParamsIn<K>]): Invalid {
  return new Invalid(message(code, ...params));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const show = (x: unknown) => (typeof x === "number" && !Number.isFinite(x) ? String(x) : (JSON.stringify(x) ?? String(x)));

function readTarget(raw: unknown, path: string, ids: Set<string>): Target | Invalid {
  if (!isObject(raw)) return invalid("targets.notATarget", { path, found: show(raw) });
  const t = raw;
  if (typeof t.id !== "string" || t.id.trim() === "") return invalid("targets.idMissing", { path });
  const id = t.id;
  if (ids.has(t.id)) return invalid("targets.idTwice", { path, id });
  ids.add(t.id);
  const def = typeof t.indicator === "string" ? findIndicator(t.indicator) : undefined;
  if (!def) return invalid("targets.indicator", { path, id, found: show(t.indicator) });
  if (t.unit !== "percent" && t.unit !== "points" && t.unit !== "count") return invalid("targets.unit", { path, id, found: show(t.unit) });
  if (t.direction !== ">=" && t.direction !== "<=") return invalid("targets.direction", { path, id, found: show(t.direction) });
  if (typeof t.value !== "number" || !Number.isFinite(t.value)) return invalid("targets.value", { path, id, found: show(t.value) });
  if ((t.unit !== "count" || def.unit === "fraction") && Math.abs(t.value) >= 1) return invalid("targets.valueTooLarge", { path, id, value: t.value });
  if (t.goal !== undefined && t.goal !== "I" && t.goal !== "II" && t.goal !== "III") return invalid("targets.goal", { path, id, found: show(t.goal) });
  if (t.absolute !== undefined && (typeof t.absolute !== "number" || !Number.isFinite(t.absolute)))
    return invalid("targets.absolute", { path, id, found: show(t.absolute) });
  if (t.wording !== undefined && typeof t.wording !== "string") return invalid("targets.wording", { path, id });
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
    return invalid("targets.notAnObject", { path: path || message("cli.targetsFile"), found: show(json) });
  const o = json;
  if (typeof o.year !== "number" || !Number.isInteger(o.year) || o.year < 2000 || o.year > 2100)
    return invalid("targets.year", { path: at("year"), found: show(o.year) });
  if (!Array.isArray(o.targets)) return invalid("targets.notAList", { path: at("targets"), found: show(o.targets) });
  const targets: Target[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < o.targets.length; i++) {
    const t = readTarget(o.targets[i], `${at("targets")}[${i}]`, ids);
    if (t instanceof Invalid) return t;
    targets.push(t);
  }
  const monitoring: MonitoringItem[] = [];
  if (o.monitoring !== undefined && o.monitoring !== null && !Array.isArray(o.monitoring))
    return invalid("targets.monitoringList", { path: at("monitoring") });
  for (const [i, raw] of (Array.isArray(o.monitoring) ? o.monitoring : []).entries()) {
    const m = isObject(raw) ? raw : {};
    const def = typeof m.indicator === "string" ? findIndicator(m.indicator) : undefined;
    if (!def) return invalid("targets.monitoringIndicator", { path: `${at("monitoring")}[${i}]`, found: show(m.indicator) });
    monitoring.push({ id: typeof m.id === "string" ? m.id : `I.${i + 1}`, indicator: def.code, wording: typeof m.wording === "string" ? m.wording : def.nameDe });
  }
  if (o.vintage !== undefined && o.vintage !== "t-0" && o.vintage !== "t-3")
    return invalid("targets.vintage", { path: at("vintage"), found: show(o.vintage) });
  // A file without a single target or monitoring item would evaluate nothing and still exit 0.
  if (targets.length === 0 && monitoring.length === 0) return invalid("targets.empty", { path: at("targets") });
  return {
    year: o.year,
    targets,
    monitoring,
    ...(typeof o.jobcenter === "string" ? { jobcenter: o.jobcenter } : {}),
    ...(typeof o.ministry === "string" ? { ministry: o.ministry } : {}),
    ...(o.vintage === "t-0" || o.vintage === "t-3" ? { vintage: o.vintage } : {}),
  };
}

function failure(e: Invalid, file?: string): Result<never> {
  return file ? fail("VALUE", "targets.inFile", { file, why: e.message }) : { ok: false, error: { kind: "VALUE", message: e.message } };
}

/** Reads a targets file of either form; errors name the file (where given) and the JSON path. */
export function parseTargetsFileContent(json: unknown, file?: string): Result<TargetsFileContent> {
  if (isObject(json) && "jobcenters" in json) {
    if ("targets" in json)
      return failure(invalid("targets.both"), file);
    const jc = json.jobcenters;
    if (!isObject(jc)) return failure(invalid("targets.jobcentersObject", { found: show(jc) }), file);
    const sets: Record<string, TargetSet> = {};
    for (const key of Object.keys(jc)) {
      const path = `jobcenters[${JSON.stringify(key)}]`;
      if (key.trim() === "") return failure(invalid("targets.emptyKey", { path }), file);
      const set = readSet(jc[key], path);
      if (set instanceof Invalid) return failure(set, file);
      sets[key.trim()] = set;
    }
    if (Object.keys(sets).length === 0) return failure(invalid("targets.noJobcenter"), file);
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
  const perJobcenter = message("targets.perJobcenter");
  return file ? fail("VALUE", "targets.inFile", { file, why: perJobcenter }) : { ok: false, error: { kind: "VALUE", message: perJobcenter } };
}

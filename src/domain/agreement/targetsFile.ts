/**
 * The targets file of the CLI (`--targets`, and what `zielmonitor targets` writes):
 * `{ "year", "targets": [ { "id", "indicator", "unit", "direction", "value", "wording" } ] }` plus the
 * optional extras the agreement parser finds (goal, absolute, vintage, parties, monitoring items).
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

export function targetsFileJson(set: TargetSet | ParsedAgreement): TargetsFile {
  const parsed = set as Partial<ParsedAgreement>;
  return {
    year: set.year,
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
    ...(parsed.notUnderstood
      ? {
          notUnderstood: parsed.notUnderstood.map(({ sentence, reason }) => ({
            sentence,
            reason,
          })),
        }
      : {}),
    ...(parsed.checks
      ? {
          checks: parsed.checks.map(({ targetId, ok: good, message }) => ({
            targetId,
            ok: good,
            message,
          })),
        }
      : {}),
  };
}

function goalOf(id: string, indicator: IndicatorCode): Goal {
  const m = /^(III|II|I)\b/.exec(id);
  return (m ? m[1] : INDICATORS[indicator].goal) as Goal;
}

/** Validates a targets file; German errors name the entry and the field. */
export function parseTargetsFile(json: unknown): Result<TargetSet> {
  const bad = (de: string, en: string) => fail<TargetSet>("VALUE", de, en);
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return bad('ein JSON-Objekt mit "year" und "targets" wird erwartet', 'a JSON object with "year" and "targets" is expected');
  const o = json as Record<string, unknown>;
  if (typeof o.year !== "number" || !Number.isInteger(o.year) || o.year < 2000 || o.year > 2100)
    return bad(`"year" muss ein Jahr sein, gefunden: ${JSON.stringify(o.year)}`, `"year" must be a year`);
  if (!Array.isArray(o.targets)) return bad('"targets" muss eine Liste sein', '"targets" must be a list');
  const targets: Target[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of o.targets.entries()) {
    const t = (raw ?? {}) as Record<string, unknown>;
    const where = `Ziel ${i + 1}${typeof t.id === "string" ? ` („${t.id}“)` : ""}`;
    const whereEn = `target ${i + 1}`;
    if (typeof t.id !== "string" || t.id.trim() === "") return bad(`${where}: "id" fehlt`, `${whereEn}: "id" is missing`);
    if (ids.has(t.id)) return bad(`${where}: die id kommt doppelt vor`, `${whereEn}: duplicate id`);
    ids.add(t.id);
    const def = typeof t.indicator === "string" ? findIndicator(t.indicator) : undefined;
    if (!def) return bad(`${where}: unbekannter Indikator ${JSON.stringify(t.indicator)} (z. B. INT, K2, K3, GAP, INT_LZB)`, `${whereEn}: unknown indicator`);
    if (t.unit !== "percent" && t.unit !== "points" && t.unit !== "count")
      return bad(`${where}: "unit" muss "percent", "points" oder "count" sein`, `${whereEn}: "unit" must be percent, points or count`);
    if (t.direction !== ">=" && t.direction !== "<=") return bad(`${where}: "direction" muss ">=" oder "<=" sein`, `${whereEn}: "direction" must be >= or <=`);
    if (typeof t.value !== "number" || !Number.isFinite(t.value))
      return bad(`${where}: "value" muss eine Zahl sein (Anteile als Bruch: 1,9 % = 0.019)`, `${whereEn}: "value" must be a number (fractions: 1.9 % = 0.019)`);
    if (t.unit !== "count" && Math.abs(t.value) >= 1)
      return bad(
        `${where}: "value" ${t.value} ist als Bruch zu groß – gemeint ist wohl ${t.value / 100}`,
        `${whereEn}: "value" ${t.value} is too large for a fraction`,
      );
    targets.push({
      id: t.id,
      goal: t.goal === "I" || t.goal === "II" || t.goal === "III" ? t.goal : goalOf(t.id, def.code),
      indicator: def.code,
      unit: t.unit,
      direction: t.direction,
      value: t.value,
      wording: typeof t.wording === "string" ? t.wording : "",
      ...(typeof t.absolute === "number" ? { absolute: t.absolute } : {}),
      ...(t.gapMode === "abs" || t.gapMode === "signed" ? { gapMode: t.gapMode } : {}),
    });
  }
  const monitoring: MonitoringItem[] = [];
  if (Array.isArray(o.monitoring)) {
    for (const [i, raw] of o.monitoring.entries()) {
      const m = (raw ?? {}) as Record<string, unknown>;
      const def = typeof m.indicator === "string" ? findIndicator(m.indicator) : undefined;
      if (!def) return bad(`Monitoring ${i + 1}: unbekannter Indikator ${JSON.stringify(m.indicator)}`, `monitoring ${i + 1}: unknown indicator`);
      monitoring.push({
        id: typeof m.id === "string" ? m.id : `I.${i + 1}`,
        indicator: def.code,
        wording: typeof m.wording === "string" ? m.wording : def.nameDe,
      });
    }
  }
  return ok({
    year: o.year,
    targets,
    monitoring,
    ...(typeof o.jobcenter === "string" ? { jobcenter: o.jobcenter } : {}),
    ...(typeof o.ministry === "string" ? { ministry: o.ministry } : {}),
    ...(o.vintage === "t-0" || o.vintage === "t-3" ? { vintage: o.vintage } : {}),
  });
}

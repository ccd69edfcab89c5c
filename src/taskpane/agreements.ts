/**
 * One agreement per Jobcenter, as the pane keeps them in the workbook's settings ("zielmonitor.targets"):
 * either one target set for every Jobcenter (the single-Jobcenter case, and what older workbooks hold)
 * or `{ jobcenters: { "05358": <set>, … } }` like the CLI's targets file. A Jobcenter without a set has
 * no agreement: its figures are shown, it is never judged against another's targets. Pure.
 */
import { DUEREN_2023, type TargetSet } from "../domain/targets";
import type { TargetsChoice } from "../workbook/reportPlan";

export type StoredTargets = { all: TargetSet } | { jobcenters: Record<string, TargetSet> };

function isSet(x: unknown): x is TargetSet {
  return typeof x === "object" && x !== null && Array.isArray((x as TargetSet).targets) && typeof (x as TargetSet).year === "number";
}

function normalised(set: TargetSet): TargetSet {
  return { ...set, monitoring: set.monitoring ?? [] };
}

/** Reads the setting; nothing saved means the Düren preset for every Jobcenter (as before). */
export function storedTargetsFrom(raw: unknown): StoredTargets {
  if (isSet(raw)) return { all: normalised(raw) };
  const per = (raw as { jobcenters?: unknown } | null)?.jobcenters;
  if (typeof per === "object" && per !== null) {
    const jobcenters: Record<string, TargetSet> = {};
    for (const [key, set] of Object.entries(per)) if (isSet(set)) jobcenters[key] = normalised(set);
    return { jobcenters };
  }
  return { all: DUEREN_2023 };
}

/** What is written back: a single set stays a single set, per-Jobcenter sets as `{ jobcenters }`. */
export function storedTargetsToSetting(stored: StoredTargets): unknown {
  return "all" in stored ? stored.all : { jobcenters: stored.jobcenters };
}

/** The report plan's view of the stored agreements. */
export function targetsChoice(stored: StoredTargets): TargetsChoice {
  return "all" in stored ? { kind: "single", set: stored.all } : { kind: "byJobcenter", sets: stored.jobcenters };
}

/**
 * The agreements after a change: `applied` is what judges each Jobcenter now (the plan's assignment),
 * `changes` the new sets (null removes one). With one Jobcenter the set stays the single set; with
 * several every Jobcenter keeps what it had, so nobody else's targets change.
 */
export function withTargetSets(applied: Readonly<Record<string, TargetSet | null>>, changes: Readonly<Record<string, TargetSet | null>>): StoredTargets {
  const merged: Record<string, TargetSet | null> = { ...applied, ...changes };
  const keys = Object.keys(merged);
  if (keys.length === 1 && merged[keys[0]]) return { all: merged[keys[0]] as TargetSet };
  const jobcenters: Record<string, TargetSet> = {};
  for (const key of keys) {
    const set = merged[key];
    if (set) jobcenters[key] = set;
  }
  return { jobcenters };
}

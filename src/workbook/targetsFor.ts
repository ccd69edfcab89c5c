/**
 * Which agreement judges which Jobcenter. One target set per Jobcenter key (`{ "jobcenters": { "05358":
 * … } }`), or one set for the workbook. A Jobcenter without an agreement gets none – its figures are shown
 * with "keine Zielvereinbarung", never another Jobcenter's statuses. A single set that names a Jobcenter
 * of a workbook of several applies to that one only.
 */
import type { TargetSet } from "../domain/targets";
import type { Jobcenter, Problem } from "./types";
import { message } from "../domain/messages";

/** One set for the workbook, or one per Jobcenter key (the shape of the targets file reader's result). */
export type TargetsChoice = { kind: "single"; set: TargetSet } | { kind: "byJobcenter"; sets: Readonly<Record<string, TargetSet>> };

export interface Assignment {
  jobcenter: Jobcenter;
  targetSet: TargetSet | null;
  /** The key the applied set is filed under (the Jobcenter's own key for a workbook-wide set); null: none. */
  targetsFor: string | null;
}

/** "Jobcenter Kreis Düren", "Kreis Düren", "kreis düren" → "kreis düren". */
function normalName(s: string): string {
  return s
    .toLowerCase()
    .replace(/\bjobcenter\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function names(set: TargetSet, jc: Jobcenter): boolean {
  if (!set.jobcenter) return false;
  const wanted = normalName(set.jobcenter);
  return wanted !== "" && (set.jobcenter.trim() === jc.key || (jc.name !== "" && normalName(jc.name) === wanted));
}

function keyMatches(fileKey: string, jc: Jobcenter): boolean {
  // Keys are text with leading zeros; a file may have lost them ("5358").
  return fileKey === jc.key || (/^\d+$/.test(fileKey) && /^\d+$/.test(jc.key) && Number(fileKey) === Number(jc.key));
}

export function assignAgreements(targets: TargetsChoice, jobcenters: readonly Jobcenter[], problems: Problem[]): Assignment[] {
  if (targets.kind === "single") {
    const set = targets.set;
    const named = jobcenters.length > 1 ? jobcenters.filter((jc) => names(set, jc)) : [];
    if (named.length === 1) {
      const others = jobcenters.filter((jc) => jc !== named[0]);
      problems.push({
        severity: "info",
        message: message("plan.agreementFor", { jobcenter: set.jobcenter ?? "", others: others.map((j) => j.name || j.key).join(", ") }),
      });
      return jobcenters.map((jc) => (jc === named[0] ? { jobcenter: jc, targetSet: set, targetsFor: jc.key } : { jobcenter: jc, targetSet: null, targetsFor: null }));
    }
    if (jobcenters.length > 1)
      problems.push({
        severity: "warning",
        message: message("plan.oneForAll", { jobcenter: set.jobcenter ?? "", count: jobcenters.length }),
      });
    return jobcenters.map((jc) => ({ jobcenter: jc, targetSet: set, targetsFor: jc.key }));
  }
  const keys = Object.keys(targets.sets);
  const used = new Set<string>();
  const out = jobcenters.map((jc) => {
    const key = keys.find((k) => keyMatches(k, jc)) ?? (jobcenters.length === 1 && keys.length === 1 && jc.key === "" ? keys[0] : undefined);
    if (key === undefined) return { jobcenter: jc, targetSet: null, targetsFor: null };
    used.add(key);
    return { jobcenter: jc, targetSet: targets.sets[key], targetsFor: key };
  });
  const without = out.filter((a) => a.targetSet === null).map((a) => a.jobcenter.name || a.jobcenter.key);
  if (without.length > 0)
    problems.push({
      severity: "info",
      message: message("plan.noAgreement", { jobcenters: without.join(", ") }),
    });
  const unused = keys.filter((k) => !used.has(k));
  if (unused.length > 0)
    problems.push({
      severity: "warning",
      message: message("plan.unusedSets", { keys: unused.join(", ") }),
    });
  return out;
}

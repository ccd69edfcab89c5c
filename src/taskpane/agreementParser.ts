/**
 * The agreement parser as the pane sees it. Its own chunk (loaded with the agreement paste, see
 * engine.ts `loadAgreementParser`): it is not needed for the first paint.
 */
import { parseAgreement } from "../domain/agreement";
import type { ParsedAgreement } from "./parsedAgreement";

export function parseAgreementForPane(text: string): ParsedAgreement {
  const r = parseAgreement(text);
  return {
    targets: r.targets,
    monitoring: r.monitoring,
    year: r.year,
    jobcenter: r.parties.jobcenter ?? r.jobcenter ?? null,
    ministry: r.parties.ministry ?? r.ministry ?? null,
    vintage: r.vintage ?? null,
    notUnderstood: r.notUnderstood.map((n) => ({ sentence: n.sentence, reason: n.reason })),
  };
}

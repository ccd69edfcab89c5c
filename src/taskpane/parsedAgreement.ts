/** What the pane gets from the agreement parser (its own type file, so the lazily loaded parser and the
 * engine that loads it do not import each other). */
import type { Vintage } from "../domain/evaluation";
import type { Message } from "../domain/messages";
import type { TargetSet } from "../domain/targets";

export interface ParsedAgreement {
  targets: TargetSet["targets"];
  monitoring: TargetSet["monitoring"];
  year: number | null;
  jobcenter: string | null;
  ministry?: string | null;
  vintage?: Vintage | null;
  /** Sentences that look like targets but could not be read, with the reason. */
  notUnderstood: { sentence: string; reason?: Message }[];
}

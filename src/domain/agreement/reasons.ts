/**
 * Why a sentence naming an indicator and a number gave no target. The texts live in the message catalogue
 * (`agreement.reason.<code>`, German and English); this module lists the codes.
 */
import { message, type Message } from "../messages";

export const REASON_CODES = [
  "noIndicator",
  "noNumber",
  "several",
  "contradiction",
  "bothDirections",
  "noDirection",
  "comparisonOnly",
  "past",
  "negated",
  "hypothetical",
  "noUnit",
  "changeAsCount",
  "euro",
  "levelOrChange",
  "levelUnit",
  "levelNoDirection",
  "noTargetWord",
  "noGenderVariant",
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

/** The reason as a message of the catalogue (`agreement.reason.<code>`). */
export function reasonMessage(code: ReasonCode): Message {
  return message(`agreement.reason.${code}`);
}

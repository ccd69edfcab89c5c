/**
 * Why a sentence naming an indicator and a number gave no target. The texts live in the message catalogue
 * (`agreement.reason.<code>`, German and English); this module lists the codes.
 */
import { msg, type MessageCode } from "../messages";

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

/** The reason's text, German and English. */
export function reasonTexts(code: ReasonCode): [string, string] {
  const key = `agreement.reason.${code}` as MessageCode & `agreement.reason.${ReasonCode}`;
  return [msg(key, undefined, "de"), msg(key, undefined, "en")];
}

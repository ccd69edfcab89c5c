export {
  parseAgreement,
  sentencesOfText,
  type ParsedAgreement,
  type NotUnderstood,
  type AgreementCheck,
  type AgreementProblem,
  type ParseOptions,
} from "./parseAgreement";
export { indicatorOf } from "./indicator";
export { REASON_CODES, reasonMessage, type ReasonCode } from "./reasons";
export {
  parseTargetsFile,
  parseTargetsFileContent,
  targetsFileJson,
  type TargetsFile,
  type TargetsFileContent,
  type TargetSetsByJobcenter,
} from "./targetsFile";

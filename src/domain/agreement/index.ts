export {
  parseAgreement,
  plainText,
  sentences,
  blocks,
  indicatorOf,
  type ParsedAgreement,
  type NotUnderstood,
  type AgreementCheck,
  type ParseOptions,
} from "./parseAgreement";
export { parseTargetsFile, targetsFileJson, type TargetsFile } from "./targetsFile";

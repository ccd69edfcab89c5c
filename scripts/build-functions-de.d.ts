/** Types of scripts/build-functions-de.js (plain CommonJS so webpack.config.js can require it). */
export interface FunctionParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: FunctionParameterMetadata[];
  result?: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}
export interface FunctionsMetadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}
export interface TranslationEntry {
  name: string;
  description: string;
  parameters: Record<string, { name: string; description: string }>;
}
export type TranslationTable = Record<string, TranslationEntry>;

export const TABLE_PATH: string;
export const NAME_PATTERN: RegExp;
export function loadTable(file?: string): TranslationTable;
export function buildGermanMetadata(metadata: FunctionsMetadata, table?: TranslationTable): FunctionsMetadata;
export class FunctionsDePlugin {
  constructor(options?: { input?: string; output?: string; table?: string });
  apply(compiler: unknown): void;
}

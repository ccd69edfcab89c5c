/**
 * Maps the domain's typed errors to Excel errors. `CustomFunctions` is a global of the Office runtime
 * (tests install a small shim). Excel shows a custom message only for #VALUE! and #N/A; #DIV/0! and
 * #NUM! are raised without one.
 */
import { text } from "../domain/messages";
import { DomainFailure, type DomainError, type Result } from "../domain/result";

/** The text Excel shows beside #VALUE!/#N/A: German first, then English. */
export function excelMessage(error: DomainError): string {
  const de = text(error.message, "de");
  const en = text(error.message, "en");
  return en !== de ? `${de} / ${en}` : de;
}

/** The ErrorCode values, for runtimes older than CustomFunctionsRuntime 1.3 that lack the enum object. */
const FALLBACK_CODES = {
  notAvailable: "#N/A",
  invalidValue: "#VALUE!",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
} as unknown as typeof CustomFunctions.ErrorCode;

export function toExcelError(error: DomainError): CustomFunctions.Error {
  const codes = typeof CustomFunctions.ErrorCode === "object" && CustomFunctions.ErrorCode ? CustomFunctions.ErrorCode : FALLBACK_CODES;
  switch (error.kind) {
    case "NA":
      return new CustomFunctions.Error(codes.notAvailable, excelMessage(error));
    case "VALUE":
      return new CustomFunctions.Error(codes.invalidValue, excelMessage(error));
    case "DIV0":
      return new CustomFunctions.Error(codes.divisionByZero);
    case "NUM":
      return new CustomFunctions.Error(codes.invalidNumber);
  }
}

/** The value of a result, or throws the matching Excel error. */
export function valueOrThrow<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw toExcelError(result.error);
}

/** Runs a computation built from Results; a DomainFailure thrown inside becomes an Excel error too. */
export function evaluate<T>(compute: () => Result<T>): T {
  let result: Result<T>;
  try {
    result = compute();
  } catch (e) {
    if (e instanceof DomainFailure) throw toExcelError(e.error);
    throw e;
  }
  return valueOrThrow(result);
}

/**
 * A stand-in for the `CustomFunctions` global that Office's runtime provides (the @types package has
 * types only). Importing this file installs it when absent; the bench uses it too.
 */
export const SHIM_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class ShimCustomFunctionsError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export function installCustomFunctionsShim(): void {
  const g = globalThis as { CustomFunctions?: unknown };
  if (g.CustomFunctions) return;
  g.CustomFunctions = { Error: ShimCustomFunctionsError, ErrorCode: SHIM_ERROR_CODES, associate: () => undefined };
}

installCustomFunctionsShim();

/** What `fn` threw; fails the test when it returned instead. */
export function thrownBy(fn: () => unknown): CustomFunctions.Error {
  try {
    const value = fn();
    throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return e;
    throw e;
  }
}

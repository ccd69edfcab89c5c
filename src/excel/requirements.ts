/**
 * Whether the host supports ExcelApi `version`. Without Office's requirements API (tests on the
 * strict double) a current host is assumed.
 */
export function supports(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const isSetSupported = office?.context?.requirements?.isSetSupported;
  if (typeof isSetSupported !== "function") return true;
  // Passed as a string: as a number "1.13" would read as 1.13 < 1.3.
  return !!isSetSupported.call(office!.context.requirements, "ExcelApi", version as unknown as number);
}

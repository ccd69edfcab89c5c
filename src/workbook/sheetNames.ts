/**
 * Names for the sheets Zielmonitor adds, shared by the Excel writer (src/excel/ownership.ts) and the file
 * writer (src/xlsx/writeResultWorkbook.ts): the wanted name where it is free, else "Name (2)", "Name (3)" …
 * A user's sheet is never taken over.
 */

/** Excel compares sheet names without regard to case: "Zusammenfassung" and "zusammenfassung" are one name. */
export function sheetKey(name: string): string {
  return name.toLocaleLowerCase("de-DE");
}

/** The wanted name, or the first "wanted (n)", n = 2, 3 …, that `taken` does not refuse. */
export function freeSheetName(wanted: string, taken: (name: string) => boolean): string {
  let name = wanted;
  for (let i = 2; taken(name); i++) name = `${wanted} (${i})`;
  return name;
}

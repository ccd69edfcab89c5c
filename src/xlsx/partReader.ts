/**
 * One XML part streamed into a handler (./sheetBuilder for worksheets, ./sharedStrings for the string
 * table) by one of two readers:
 * - "scan" (the default): a scanner over the part's bytes (./byteScanner: ./sheetScanner for worksheets,
 *   ./sharedStrings for the string table) that reads rows and cells, or strings, straight from the
 *   bytes and hands the rest to ./xmlScanner, which jumps from tag to tag with indexOf (a part without
 *   a byte scanner goes to ./xmlScanner alone). On anything the scanner does not read itself (or any
 *   malformation) it gives up and the part is read again with saxes;
 * - "saxes": the well-kept streaming parser ExcelJS itself uses; the reference, and the one that names
 *   what is wrong with a damaged part.
 *
 * Why a scanner beside saxes (`npm run bench -- readers`: the 400-Jobcenter BA export, 15.5 MB of sheet
 * XML, read whole, CPU time, medians of 5 alternating rounds in one run on the shared 2-core machine,
 * at a load average of 8): ExcelJS's streaming WorkbookReader 2,366 ms, src/xlsx with saxes 934 ms,
 * with the scanner 175 ms (5.3× saxes), of which inflating the sheets (zlib) 42 ms. Bundled as in the
 * CLI, alternating 21 rounds with the reader before it read bytes (a scanner over decoded text,
 * 325 ms in the bench then): 359 → 105 ms (minimum 304 → 81 ms). saxes takes one state step per
 * character; the scanner reads a row's cells from the bytes in one go, numbers and string indices
 * without a string (./cellScan). htmlparser2 was measured no faster than saxes. Both readers drive
 * the same handler, and test/xlsx/xmlScanner.test.ts checks that random sheets (however written and
 * chunked) and damaged sheets give identical results through both.
 */
import { SaxesParser } from "saxes";
import { xlsxErrors } from "./errors";
import type { XmlHandler } from "./sheetBuilder";
import type { ByteScanner } from "./byteScanner";
import { ScanFallback, XmlScanner } from "./xmlScanner";
import { streamPart, streamPartBytes, type XlsxPackage } from "./zipPackage";

/** "scanOnly": the scanner without saxes behind it (tests prove with it that the scanner itself read a part). */
export type XmlReader = "scan" | "saxes" | "scanOnly";

/** Where a damaged part stopped: its sheet and the last cell read. */
type Where = { sheet: string; cell?: string } | undefined;

/** The part through saxes; a parse error becomes a message naming file and part (and where it stopped). */
async function readWithSaxes(pkg: XlsxPackage, part: string, handler: XmlHandler, where?: () => Where): Promise<void> {
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (tag) => {
    const a = tag.attributes as Record<string, string>;
    handler.open(tag.name, (name) => a[name]);
  });
  parser.on("closetag", (tag) => handler.close(tag.name));
  parser.on("text", (t) => handler.text(t));
  parser.on("cdata", (t) => handler.text(t));
  parser.on("error", (e) => {
    throw xlsxErrors.damagedPart(pkg.fileName, part, e.message, where?.());
  });
  await streamPart(pkg, part, (chunk) => parser.write(chunk));
  parser.close();
}

/**
 * Streams a part into the handler `make()` returns, by the scanner first unless `reader` is "saxes";
 * when the scanner gives up, a fresh handler gets the part from saxes. Other errors pass.
 */
export async function readPart<H extends XmlHandler>(
  pkg: XlsxPackage,
  part: string,
  make: () => H,
  reader: XmlReader = "scan",
  where?: (h: H) => Where,
  bytes?: (h: H) => ByteScanner,
): Promise<H> {
  if (reader !== "saxes") {
    const handler = make();
    try {
      if (bytes) {
        const scanner = bytes(handler);
        await streamPartBytes(pkg, part, (bytes, n, clean) => scanner.write(bytes, n, clean));
        scanner.close();
      } else {
        const scanner = new XmlScanner(handler);
        await streamPart(pkg, part, (chunk) => scanner.write(chunk));
        scanner.close();
      }
      return handler;
    } catch (e) {
      if (!(e instanceof ScanFallback) || reader === "scanOnly") throw e;
    }
  }
  const handler = make();
  await readWithSaxes(pkg, part, handler, where && (() => where(handler)));
  return handler;
}


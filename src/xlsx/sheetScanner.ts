/**
 * The fast path of a worksheet read from its bytes (./byteScanner): rows' start and end tags
 * (./tagScan) and the cells directly inside a row (./cellScan), without a string per name or value.
 */
import { scanCell, type CellSink } from "./cellScan";
import type { XmlHandler } from "./sheetBuilder";
import { scanRow } from "./tagScan";
import { ByteScanner } from "./byteScanner";

export class SheetScanner extends ByteScanner {
  constructor(private readonly handler: XmlHandler & CellSink) {
    super(handler, "row");
  }

  /**
   * The fast path for as long as it reads: rows' start and end tags, the cells directly inside a row,
   * and white space between them that the handler does not want. Returns where it stopped.
   */
  protected fast(b: Uint8Array, k: number, n: number): number {
    const { stack } = this.scanner;
    const handler = this.handler;
    let inRow = stack.length > 0 && stack[stack.length - 1] === "row";
    while (k < n) {
      let c = b[k];
      if (c !== 60) {
        if (!(c === 32 || c === 10 || c === 13 || c === 9) || stack.length === 0 || handler.wantsText) break;
        do c = b[++k];
        while (c === 32 || c === 10 || c === 13 || c === 9);
        continue;
      }
      c = b[k + 1];
      let end = -1;
      if (c === 99) {
        const d = b[k + 2];
        if (inRow && (d === 32 || d === 62 || d === 47)) end = scanCell(b, k, n, handler);
      } else if (c === 47) {
        if (inRow && b[k + 2] === 114 && b[k + 3] === 111 && b[k + 4] === 119 && b[k + 5] === 62 && k + 6 <= n) {
          stack.pop();
          handler.close("row");
          inRow = stack.length > 0 && stack[stack.length - 1] === "row";
          end = k + 6;
        }
      } else if (c === 114) {
        if (b[k + 2] === 111 && b[k + 3] === 119 && stack.length > 0) {
          end = scanRow(b, k, n, handler);
          if (end >= 0) {
            stack.push("row");
            inRow = true;
          }
        }
      }
      if (end < 0) break;
      k = end;
    }
    return k;
  }
}

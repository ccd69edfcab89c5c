/**
 * An .xlsx package (a ZIP of XML parts) opened for reading with bounds: what the bytes are when they are
 * no ZIP (old .xls, CSV/text, junk, truncated), the uncompressed size each part declares (zip bombs are
 * refused before anything is inflated: at most MAX_PART_BYTES per part, MAX_TOTAL_BYTES together), and
 * parts streamed in chunks with the inflated bytes counted, so a part that inflates beyond what it
 * declared is stopped at once. Works in Node and in the browser (JSZip, TextDecoder).
 */
import JSZip from "jszip";
import { MAX_PART_BYTES, MAX_TOTAL_BYTES, XlsxError, xlsxErrors } from "./errors";
import { message } from "../domain/messages";

/** Inflates raw DEFLATE data chunk by chunk (Node passes zlib's, several times faster than JSZip's own). */
export type RawInflater = (compressed: Uint8Array, onChunk: (chunk: Uint8Array) => void) => Promise<void>;

export interface XlsxPackage {
  fileName: string;
  zip: JSZip;
  inflateRaw?: RawInflater;
  /** Bytes of text handed on at once (tests make it small, to cut parts anywhere). */
  windowBytes?: number;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What bytes that are no ZIP package most likely are: the old binary format, text, or something else. */
function notZipError(bytes: Uint8Array, fileName: string): XlsxError {
  if (OLE.every((b, i) => bytes[i] === b)) return xlsxErrors.oldXls(fileName);
  const head = bytes.subarray(0, 4096);
  const texty = head.length > 0 && head.every((b) => b === 9 || b === 10 || b === 13 || b >= 32);
  return texty ? xlsxErrors.text(fileName) : xlsxErrors.notZip(fileName);
}

/** The uncompressed size a part declares in the ZIP's central directory (JSZip keeps it on `_data`). */
export function declaredSize(zip: JSZip, path: string): number {
  const data = (zip.files[path] as unknown as { _data?: { uncompressedSize?: number } })?._data;
  return typeof data?.uncompressedSize === "number" ? data.uncompressedSize : 0;
}

export async function openPackage(source: ArrayBuffer | Uint8Array, fileName: string, inflateRaw?: RawInflater, windowBytes?: number): Promise<XlsxPackage> {
  const bytes = source instanceof Uint8Array ? source : new Uint8Array(source);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notZipError(bytes, fileName);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw xlsxErrors.truncated(fileName, (e as Error).message);
  }
  let total = 0;
  for (const path of Object.keys(zip.files)) {
    const size = declaredSize(zip, path);
    if (size > MAX_PART_BYTES) throw xlsxErrors.tooLarge(fileName, path, MAX_PART_BYTES);
    total += size;
    if (total > MAX_TOTAL_BYTES) throw xlsxErrors.tooLarge(fileName, "*", MAX_TOTAL_BYTES);
  }
  return { fileName, zip, inflateRaw, windowBytes };
}

export function hasPart(pkg: XlsxPackage, path: string): boolean {
  const f = pkg.zip.file(path);
  return f !== null && !f.dir;
}

/** Bytes of XML handed on at once at least (a reader then restarts inside a cut token rarely). */
const WINDOW = 1024 * 1024;

/** Bytes readable after a window's end (a `<` first): a reader may look that far ahead without a check. */
export const WINDOW_PAD = 32;

/**
 * Inflated bytes handed on in windows of about `size` bytes or more, each cut before a `<` (a byte
 * that is never part of a multi-byte character, and where a tag starts): a reader then gets long
 * stretches, and a tag is cut between two only inside a comment or CDATA. A chunk of `size` bytes or
 * more (Node's zlib gives such) is handed on in place from its first `<` to a late one, without a copy;
 * smaller chunks are gathered. A window is `bytes` up to `n`; a clean one has a `<` at `n` and at least
 * WINDOW_PAD bytes after `n` (so a reader never reads past the array, which keeps its code fast); it
 * must not take anything from beyond `n`. A window without any `<` is cut anywhere and is not clean.
 * A byte order mark at the start is dropped (as TextDecoder does). Windows are views: read them at once.
 */
class ByteWindows {
  private buf = new Uint8Array(0);
  private len = 0;
  private started = false;
  constructor(
    private readonly onWindow: (bytes: Uint8Array, n: number, clean: boolean) => void,
    private readonly size: number,
  ) {}

  push(chunk: Uint8Array): void {
    if (!this.started) {
      if (this.len + chunk.length < 3) return this.append(chunk);
      if (this.len > 0) {
        this.append(chunk);
        chunk = this.buf.slice(0, this.len);
        this.len = 0;
      }
      this.started = true;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    const first = chunk.length >= this.size ? chunk.indexOf(60) : -1;
    const last = first >= 0 && chunk.length > WINDOW_PAD ? chunk.lastIndexOf(60, chunk.length - WINDOW_PAD - 1) : -1;
    if (last > first) {
      this.append(chunk.subarray(0, first));
      this.emitAll();
      // a plain Uint8Array view (not a Buffer), so the readers see one kind of array
      this.onWindow(new Uint8Array(chunk.buffer, chunk.byteOffset + first, chunk.length - first), last - first, true);
      return this.append(chunk.subarray(last));
    }
    this.append(chunk);
    while (this.len >= this.size) {
      const lt = this.buf.lastIndexOf(60, this.len - 1);
      const cut = lt > 0 ? lt : this.len;
      this.onWindow(this.buf, cut, lt > 0);
      this.buf.copyWithin(0, cut, this.len);
      this.len -= cut;
    }
  }

  end(): void {
    if (!this.started && this.len >= 3 && this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) {
      this.buf.copyWithin(0, 3, this.len);
      this.len -= 3;
    }
    this.started = true;
    this.emitAll();
  }

  /** All gathered bytes as one clean window (what follows them starts with `<`, or nothing does). */
  private emitAll(): void {
    this.append(new Uint8Array(0));
    this.buf[this.len] = 60;
    const n = this.len;
    this.len = 0;
    this.onWindow(this.buf, n, true);
  }

  /** Appends, keeping WINDOW_PAD bytes of room after the gathered ones. */
  private append(bytes: Uint8Array): void {
    if (this.len + bytes.length + WINDOW_PAD > this.buf.length) {
      const grown = new Uint8Array(Math.max(2 * this.buf.length, this.len + bytes.length + WINDOW_PAD, 4096));
      grown.set(this.buf.subarray(0, this.len));
      this.buf = grown;
    }
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }
}

/**
 * UTF-8 windows (or stretches of them that hold whole characters) as text, each decoded whole (Node's
 * fast path), which is what a streamed decoding gives as the next byte starts a character; only a
 * window that is not `clean` is decoded as a stream, and what it leaves pending comes with the next.
 */
export class Utf8Text {
  private readonly whole = new TextDecoder("utf-8", { ignoreBOM: true });
  private stream: TextDecoder | null = null;
  /** Whether the last bytes decoded may have ended inside a character (then the next bytes go on from there). */
  pending = false;

  decode(bytes: Uint8Array, clean: boolean): string {
    if (!clean) {
      this.pending = true;
      return (this.stream ??= new TextDecoder("utf-8", { ignoreBOM: true })).decode(bytes, { stream: true });
    }
    if (!this.pending) return this.whole.decode(bytes);
    this.pending = false;
    return this.stream!.decode(bytes);
  }
}

/**
 * Streams a part's bytes to `onWindow` in windows (ByteWindows). Stops with an error when the part inflates beyond
 * its declared size (a lying header) or beyond MAX_PART_BYTES, or when `onWindow` throws.
 */
export function streamPartBytes(pkg: XlsxPackage, path: string, onWindow: (bytes: Uint8Array, n: number, clean: boolean) => void): Promise<void> {
  const file = pkg.zip.file(path);
  if (!file) return Promise.reject(xlsxErrors.notWorkbook(pkg.fileName, message("xlsx.detail.partMissing", { part: path })));
  const declared = declaredSize(pkg.zip, path);
  const limit = Math.min(MAX_PART_BYTES, declared || MAX_PART_BYTES);
  const over = () =>
    declared > 0 && declared < MAX_PART_BYTES
      ? xlsxErrors.truncated(pkg.fileName, message("xlsx.detail.partInflates", { part: path }))
      : xlsxErrors.tooLarge(pkg.fileName, path, MAX_PART_BYTES);
  const windows = new ByteWindows(onWindow, pkg.windowBytes ?? WINDOW);
  const data = (file as unknown as { _data?: { compression?: { magic?: string }; compressedContent?: unknown } })._data;
  if (pkg.inflateRaw && data?.compression?.magic === "\x08\x00" && data.compressedContent instanceof Uint8Array) {
    let seen = 0;
    return pkg
      .inflateRaw(data.compressedContent, (chunk) => {
        seen += chunk.length;
        if (seen > limit) throw over();
        windows.push(chunk);
      })
      .then(
        () => windows.end(),
        (e: unknown) => {
          const zlibError = typeof (e as { code?: unknown }).code === "string" && (e as { code: string }).code.startsWith("Z_");
          throw zlibError ? xlsxErrors.truncated(pkg.fileName, `${path}: ${(e as Error).message}`) : e;
        },
      );
  }
  return new Promise((resolve, reject) => {
    let seen = 0;
    let failed = false;
    const stream = (
      file as unknown as {
        internalStream: (t: "uint8array") => JSZip.JSZipStreamHelper<Uint8Array>;
      }
    ).internalStream("uint8array");
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      stream.pause();
      reject(e);
    };
    stream
      .on("data", (chunk: Uint8Array) => {
        if (failed) return;
        seen += chunk.length;
        if (seen > limit) return fail(over());
        try {
          windows.push(chunk);
        } catch (e) {
          fail(e);
        }
      })
      .on("error", (e: Error) => fail(e instanceof XlsxError ? e : xlsxErrors.truncated(pkg.fileName, `${path}: ${e.message}`)))
      .on("end", () => {
        if (failed) return;
        try {
          windows.end();
          resolve();
        } catch (e) {
          fail(e);
        }
      })
      .resume();
  });
}

/** Streams a part's text to `onText` in windows, with the bounds of streamPartBytes. */
export function streamPart(pkg: XlsxPackage, path: string, onText: (text: string) => void): Promise<void> {
  const text = new Utf8Text();
  return streamPartBytes(pkg, path, (bytes, n, clean) => {
    const t = text.decode(bytes.subarray(0, n), clean);
    if (t) onText(t);
  });
}

/** A whole (small) part as text, with the same bounds as streamPart. */
export async function readPartText(pkg: XlsxPackage, path: string): Promise<string> {
  const parts: string[] = [];
  await streamPart(pkg, path, (t) => parts.push(t));
  return parts.join("");
}

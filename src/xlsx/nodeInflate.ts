/** Node's zlib as the raw inflater of package parts: streamed, stopped as soon as the consumer throws. */
import { createInflateRaw } from "node:zlib";
import type { RawInflater } from "./zipPackage";

export const nodeInflateRaw: RawInflater = (compressed, onChunk) =>
  new Promise((resolve, reject) => {
    const z = createInflateRaw({ chunkSize: 1024 * 1024 });
    let failed = false;
    z.on("data", (chunk: Buffer) => {
      if (failed) return;
      try {
        onChunk(chunk);
      } catch (e) {
        failed = true;
        z.destroy();
        reject(e);
      }
    });
    z.on("error", (e) => {
      if (!failed) reject(e);
      failed = true;
    });
    z.on("end", () => {
      if (!failed) resolve();
    });
    z.end(compressed);
  });

// Deterministic file contents: byte i of a download depends only on its seed and i, so a range
// always returns the same bytes as the whole file; generated in chunks, never held in memory.

const CHUNK = 64 * 1024;

/** A 32-bit mix of (seed, word index): the same word every time. */
function word(seed: number, index: number): number {
  let x = (seed ^ Math.imul(index, 0x9e3779b1)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The bytes [start, end) of a file, as a Uint8Array (for tests and small reads). */
function bytesAt(seed: number, start: number, end: number): Uint8Array {
  const out = new Uint8Array(Math.max(0, end - start));
  for (let offset = start; offset < end; offset++) {
    const w = word(seed, Math.floor(offset / 4));
    out[offset - start] = (w >>> ((offset % 4) * 8)) & 0xff;
  }
  return out;
}

/** The bytes [start, end) streamed chunk by chunk, as the client reads them. */
export function byteStream(seed: number, start: number, end: number): ReadableStream<Uint8Array> {
  let offset = start;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= end) {
          controller.close();
          return;
        }
        const next = Math.min(end, offset + CHUNK);
        controller.enqueue(bytesAt(seed, offset, next));
        offset = next;
      },
    },
    { highWaterMark: 0 },
  );
}

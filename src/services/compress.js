// Raw deflate (RFC 1951) by the browser's own compression streams, for share links: the
// browser's zlib does the work, so the app carries no compressor of its own.

/** Whether this browser has the compression streams at all. */
export function compressionStreamsExist() {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

/** Runs `bytes` through `transform`; resolves to the output, or to null past `limit` bytes. */
async function transformed(bytes, transform, limit) {
  const reader = new Blob([bytes]).stream().pipeThrough(transform).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const output = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    output.set(chunk, at);
    at += chunk.length;
  }
  return output;
}

/** Resolves to `bytes` deflated. */
export function deflateRaw(bytes) {
  return transformed(bytes, new CompressionStream('deflate-raw'), Infinity);
}

/**
 * Resolves to `bytes` inflated, or to null once they pass `limit` bytes (a decompression bomb
 * is stopped there, not inflated); rejects when `bytes` are not whole raw-deflate data.
 */
export function inflateRaw(bytes, limit) {
  return transformed(bytes, new DecompressionStream('deflate-raw'), limit);
}

// Raw deflate (RFC 1951) by the browser's own compression streams, for share links: the
// browser's zlib does the work, so the app carries no compressor of its own.

/** Whether this browser can deflate and inflate raw deflate data at all. */
export function compressionStreamsExist() {
  try {
    // Older browsers have the constructors but refuse the 'deflate-raw' format.
    new CompressionStream('deflate-raw');
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

/** How much input an inflate step takes: raw deflate expands at most ~1,000-fold, so output
 * past the limit is noticed within about a megabyte. */
const STEP = 1024;

/** `bytes` (copied now: the caller's view into wasm memory may not last) as a stream that hands
 * out one step at a time, only when the reader asks for more. */
function stepwise(bytes) {
  const input = bytes.slice();
  let at = 0;
  return new ReadableStream(
    {
      pull(controller) {
        if (at >= input.length) {
          controller.close();
        } else {
          controller.enqueue(input.subarray(at, at + STEP));
          at += STEP;
        }
      },
    },
    { highWaterMark: 0 },
  );
}

/** Reads `stream` to the end; resolves to its bytes, or to null once they pass `limit`. */
async function collect(stream, limit) {
  const reader = stream.getReader();
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

/** Resolves to `bytes` deflated; rejects if the browser cannot. */
export async function deflateRaw(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return collect(stream, Infinity);
}

/**
 * Resolves to `bytes` inflated, or to null once the output passes `limit` bytes: the input is
 * fed a kilobyte at a time, so a decompression bomb is stopped within about a megabyte of the
 * limit instead of being inflated whole. Rejects when `bytes` are not whole raw-deflate data.
 */
export async function inflateRaw(bytes, limit) {
  return collect(stepwise(bytes).pipeThrough(new DecompressionStream('deflate-raw')), limit);
}

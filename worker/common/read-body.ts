/**
 * Reads a request body (or a fetched response's) as text, giving up as soon as it passes
 * `maxBytes` so that an oversized upload costs no more than the limit. Null when too large.
 *
 * The bytes counted are the decoded ones: a fetched answer with `Content-Encoding: gzip` arrives
 * decompressed, so its `Content-Length` (the compressed size) says nothing about what the read
 * costs. Only an unencoded body with a declared length is read in one go (the runtime holds a
 * body to its declared length); every other body is counted as it streams. An aborted `signal`
 * stops the read and rejects with the signal's reason.
 */
export async function readBody(
  message: Request | Response,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<string | null> {
  const length = message.headers.get('content-length');
  const declared = Number(length);
  if (declared > maxBytes) return null;
  if (!message.body) return '';
  const encoding = message.headers.get('content-encoding');
  const plain = encoding === null || encoding.trim().toLowerCase() === 'identity';
  if (plain && length !== null && Number.isInteger(declared) && !signal) return message.text();
  const reader = message.body.getReader();
  const stop = () => void reader.cancel(signal?.reason).catch(() => {});
  signal?.throwIfAborted();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const decoder = new TextDecoder();
    let text = '';
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) return text + decoder.decode();
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return null;
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}

/** The request's media type, lower-cased, without parameters ("application/json; charset=x" -> "application/json"). */
export const mediaType = (request: Request): string =>
  (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

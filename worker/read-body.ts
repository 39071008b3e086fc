/**
 * Reads a request body (or a fetched response's) as text, giving up as soon as it passes
 * `maxBytes` so that an oversized upload costs no more than the limit. Returns null when too large.
 */
export async function readBody(request: Request | Response, maxBytes: number): Promise<string | null> {
  const length = request.headers.get('content-length');
  const declared = Number(length);
  if (declared > maxBytes) return null;
  if (!request.body) return '';
  // A declared length within the limit is enforced by the runtime: read it in one go.
  if (length !== null && Number.isInteger(declared)) return request.text();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const decoder = new TextDecoder();
  let text = '';
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/** The request's media type, lower-cased, without parameters ("application/json; charset=x" -> "application/json"). */
export const mediaType = (request: Request): string =>
  (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

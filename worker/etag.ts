/**
 * Strong validators for cacheable JSON. The ETag is a hash of the body itself, so it changes
 * whenever the body could: a new model, a new engine or a new response shape all give new ETags,
 * and a client holding a body cached under an old release never gets a 304 for it.
 */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** `"<first 128 bits of SHA-256 of the body, hex>"`. */
export async function etagOf(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
  let hex = '';
  for (let i = 0; i < 16; i++) hex += HEX[digest[i]!];
  return `"${hex}"`;
}

/** If-None-Match (RFC 9110 13.1.2, weak comparison): `*`, or any listed tag equal to `etag`. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  for (const tag of ifNoneMatch.split(',')) {
    const t = tag.trim();
    if ((t.startsWith('W/') ? t.slice(2) : t) === etag) return true;
  }
  return false;
}

/**
 * A cacheable JSON response with its ETag, or a 304 when the request already holds that body.
 *
 * @example
 * return cachedJson(c.req.raw, JSON.stringify(result), 'public, max-age=86400');
 */
export async function cachedJson(
  request: Request,
  body: string,
  cacheControl: string,
  etag?: string,
): Promise<Response> {
  const tag = etag ?? (await etagOf(body));
  const headers = { etag: tag, 'cache-control': cacheControl };
  if (matchesEtag(request.headers.get('if-none-match') ?? undefined, tag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, 'content-type': 'application/json' } });
}

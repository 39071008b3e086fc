/**
 * Strong validators for cacheable JSON. The ETag is a hash of the body itself, so it changes
 * whenever the body could: a new model, a new engine or a new response shape all give new ETags,
 * and a client holding a body cached under an old release never gets a 304 for it.
 */

const encoder = new TextEncoder();
const hex16 = (n: number) => n.toString(16).padStart(4, '0');

/**
 * `"<FNV-1a 64 of the body's UTF-8, hex>"`. Synchronous and a few microseconds for a score, where
 * WebCrypto's SHA-256 costs tens (its promise, not the hashing). A validator needs no secrecy:
 * a collision could only make one client's own cache keep an old body, with odds of 2^-64.
 *
 * @example
 * etagOf(''); // '"cbf29ce484222325"' (FNV-1a 64's offset basis)
 */
export function etagOf(body: string): string {
  const bytes = encoder.encode(body);
  // 64-bit arithmetic in four 16-bit limbs: h * 0x100000001b3 = h * 0x1b3 + (h << 40).
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i]!;
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    t1 += t0 >>> 16;
    h0 = t0 & 0xffff;
    t2 += t1 >>> 16;
    h1 = t1 & 0xffff;
    h3 = (t3 + (t2 >>> 16)) & 0xffff;
    h2 = t2 & 0xffff;
  }
  return `"${hex16(h3)}${hex16(h2)}${hex16(h1)}${hex16(h0)}"`;
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
export function cachedJson(
  request: Request,
  body: string,
  cacheControl: string,
  etag?: string,
  contentType = 'application/json',
): Response {
  // Synchronous: a promise here cost every GET score a few µs in workerd for nothing.
  const tag = etag ?? etagOf(body);
  const headers = { etag: tag, 'cache-control': cacheControl };
  if (matchesEtag(request.headers.get('if-none-match') ?? undefined, tag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, 'content-type': contentType } });
}

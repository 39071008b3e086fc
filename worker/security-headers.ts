import type { MiddlewareHandler } from 'hono';

// Pages load only their own scripts and styles; the widget's Lit styles are constructable
// stylesheets, which style-src does not govern, so no 'unsafe-inline' is needed anywhere.
const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

/** Paths that third-party pages may frame (the iframe embed). */
const FRAMEABLE = new Set(['/embed', '/embed.html']);

/**
 * Sets security headers on every response (API, static files, errors). Responses from
 * `env.ASSETS.fetch` have immutable headers, so those are copied first.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  let res = c.res;
  try {
    res.headers.set('x-content-type-options', 'nosniff');
  } catch {
    res = new Response(res.body, res);
    res.headers.set('x-content-type-options', 'nosniff');
  }
  const h = res.headers;
  h.set('referrer-policy', 'no-referrer');
  h.set('cross-origin-resource-policy', 'cross-origin');
  h.set('strict-transport-security', 'max-age=31536000');
  if (h.get('content-type')?.startsWith('text/html')) {
    const frame = FRAMEABLE.has(c.req.path) ? 'frame-ancestors *' : "frame-ancestors 'none'";
    h.set('content-security-policy', `${PAGE_CSP}; ${frame}`);
  }
  c.res = res;
};

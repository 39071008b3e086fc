import type { Handler, MiddlewareHandler } from 'hono';

// Pages load only their own scripts and styles; the widget's Lit styles are constructable
// stylesheets, which style-src does not govern, so no 'unsafe-inline' is needed anywhere.
const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; manifest-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

/**
 * The pages that start a Web Worker from a Blob URL: /validate analyses a cohort in one, from its
 * script fetched with an SRI hash (docs/decisions/0010-validation-in-a-worker.md). Only
 * they get `worker-src blob:`; every other page starts no worker at all.
 */
const BLOB_WORKER_PAGES = new Set(['/validate', '/validate.html']);

/** Paths that third-party pages may frame (the iframe embed). */
const FRAMEABLE = new Set(['/embed', '/embed.html']);

/**
 * The Content-Security-Policy of the page at `path`.
 *
 * @example
 * pageCsp('/validate'); // "default-src 'none'; script-src 'self'; … worker-src blob:; frame-ancestors 'none'"
 */
export function pageCsp(path: string): string {
  const workers = BLOB_WORKER_PAGES.has(path) ? '; worker-src blob:' : '';
  const frame = FRAMEABLE.has(path) ? 'frame-ancestors *' : "frame-ancestors 'none'";
  return `${PAGE_CSP}${workers}; ${frame}`;
}

/** What every answer that carries patient data says to caches: keep nothing. */
export const NO_STORE = { 'cache-control': 'no-store' } as const;

/**
 * Security headers and the CORS response headers (any origin, no credentials) on every response:
 * API, static files and errors, set once on the final response. Hono's `cors()` sets its headers
 * on a placeholder response before the handler runs, which then costs a copy of the handler's
 * response: in workerd, about 15 µs on every request. `preflight` answers OPTIONS instead.
 * Responses from `env.ASSETS.fetch` have immutable headers, so those are copied first.
 *
 * @example
 * app.use(responseHeaders(['ETag', 'Retry-After']));
 */
export const responseHeaders = (exposeHeaders: readonly string[]): MiddlewareHandler => {
  const expose = exposeHeaders.join(',');
  return async (c, next) => {
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
    h.set('access-control-allow-origin', '*');
    h.set('access-control-expose-headers', expose);
    if (h.get('content-type')?.startsWith('text/html')) {
      // A page with a policy of its own keeps it (the SMART app's names its FHIR servers).
      if (!h.has('content-security-policy')) h.set('content-security-policy', pageCsp(c.req.path));
      // No page needs a window that opened it, or one it opens (the DOI link is noopener):
      // a cross-origin opener gets no handle on our pages.
      h.set('cross-origin-opener-policy', 'same-origin');
    }
    c.res = res;
  };
};

/**
 * Answers every OPTIONS request as a CORS preflight for any origin, without credentials, cached
 * for a day; `responseHeaders` adds the allowed origin. Always the same answer, so nothing in the
 * request is read.
 *
 * @example
 * app.options('*', preflight({ methods: ['GET', 'POST'], headers: ['Content-Type'] }));
 */
export const preflight = ({
  methods,
  headers,
}: {
  methods: readonly string[];
  headers: readonly string[];
}): Handler => {
  const init = {
    status: 204,
    headers: {
      'access-control-allow-methods': methods.join(','),
      'access-control-allow-headers': headers.join(','),
      'access-control-max-age': '86400',
    },
  };
  return () => new Response(null, init);
};

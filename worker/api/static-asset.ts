import type { Context } from 'hono';
import type { AppEnv } from '../common/app-env.ts';
import { problemResponse } from '../common/problems.ts';

const IMMUTABLE = /^\/widget\/[^/]+\//;

/**
 * Headers some unversioned files need whatever the assets service says. The service worker is
 * asked for again on every visit (its update check; docs/offline.md); the web app manifest has a
 * type of its own.
 */
const OWN_HEADERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '/sw.js': { 'cache-control': 'no-cache', 'content-type': 'text/javascript; charset=utf-8' },
  '/manifest.webmanifest': { 'content-type': 'application/manifest+json' },
};

/**
 * Fallback for every path the API does not route: a static file, or a problem+json 404.
 * Versioned widget files never change, so they are cached for a year.
 */
export async function staticAsset(c: Context<AppEnv>): Promise<Response> {
  const method = c.req.method;
  if (method === 'GET' || method === 'HEAD') {
    const res = await c.env.ASSETS.fetch(c.req.raw);
    if (res.status !== 404) {
      const own = OWN_HEADERS[c.req.path];
      if (own) {
        const copy = new Response(res.body, res);
        for (const [name, value] of Object.entries(own)) copy.headers.set(name, value);
        return copy;
      }
      if (!IMMUTABLE.test(c.req.path) || res.status !== 200) return res;
      const copy = new Response(res.body, res);
      copy.headers.set('cache-control', 'public, max-age=31536000, immutable');
      return copy;
    }
  }
  return problemResponse(
    'not-found',
    `Nothing is served at ${c.req.path}. The API is described at /docs and /openapi.json.`,
  );
}

import type { Context } from 'hono';
import type { AppEnv } from '../common/app-env.ts';
import { problemResponse } from '../common/problems.ts';

const IMMUTABLE = /^\/widget\/[^/]+\//;

/**
 * Fallback for every path the API does not route: a static file, or a problem+json 404.
 * Versioned widget files never change, so they are cached for a year.
 */
export async function staticAsset(c: Context<AppEnv>): Promise<Response> {
  const method = c.req.method;
  if (method === 'GET' || method === 'HEAD') {
    const res = await c.env.ASSETS.fetch(c.req.raw);
    if (res.status !== 404) {
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

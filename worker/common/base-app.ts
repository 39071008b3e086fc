import type { ModelStamp } from '@lms-score/core';
import type { Handler } from 'hono';
import { Hono } from 'hono/tiny';
import type { AppEnv } from './app-env.ts';
import { problemResponse } from './problems.ts';
import { NO_STORE, preflight, responseHeaders } from './response-headers.ts';

export interface BaseAppOptions {
  /** The model `/healthz` names. */
  readonly stamp: ModelStamp;
  /** Response headers a cross-origin script may read. */
  readonly exposeHeaders: readonly string[];
  /** Request headers a cross-origin script may send. */
  readonly allowHeaders: readonly string[];
  /** What answers a path that no route serves: the API's static files, the EHR Worker's 404. */
  readonly notFound: Handler<AppEnv>;
  /** The 405 answer for a path, when it is not the problem+json one (the FHIR routes answer an OperationOutcome). */
  readonly methodNotAllowed?: (path: string, detail: string, allow: string) => Response | undefined;
}

/** Each routed path's methods, in the order they were added ("GET, POST"); middleware (ALL) aside. */
function allowedMethods(routes: readonly { path: string; method: string }[]): Map<string, string> {
  const methods = new Map<string, string[]>();
  for (const { path, method } of routes) {
    if (method === 'ALL' || method === 'OPTIONS') continue;
    const list = methods.get(path) ?? [];
    if (!list.includes(method)) list.push(method);
    methods.set(path, list);
  }
  return new Map([...methods].map(([path, list]) => [path, list.join(', ')]));
}

/**
 * What both Workers share around their routes: security and CORS headers on every response, the
 * preflight, `GET /healthz`, 405 with `Allow` for a routed path called with another method (the
 * methods derived from the routes themselves), `notFound` for any other path, and a 500 problem
 * for bugs (input never reaches it: readers and the core do not throw).
 *
 * @example
 * const app = baseApp({ stamp: lms.stamp, exposeHeaders: ['ETag'], allowHeaders: ['Content-Type'], notFound });
 * app.route('/v1/lms', scoreRoutes(lms));
 */
export function baseApp(options: BaseAppOptions): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use(responseHeaders(options.exposeHeaders));
  app.options('*', preflight({ methods: ['GET', 'HEAD', 'POST', 'OPTIONS'], headers: options.allowHeaders }));
  app.get('/healthz', (c) => c.json({ status: 'ok', model: options.stamp }, 200, NO_STORE));
  // Routes are all added while the module loads; their methods are gathered on the first miss.
  let allowed: Map<string, string> | undefined;
  app.notFound((c) => {
    allowed ??= allowedMethods(app.routes);
    const allow = allowed.get(c.req.path);
    if (allow === undefined) return options.notFound(c, async () => {});
    const detail = `${c.req.method} is not served at ${c.req.path}; use ${allow}.`;
    return (
      options.methodNotAllowed?.(c.req.path, detail, allow) ??
      problemResponse('method-not-allowed', detail, { headers: { allow } })
    );
  });
  app.onError(() => problemResponse('internal', 'Something went wrong on our side; the request was not stored.'));
  return app;
}

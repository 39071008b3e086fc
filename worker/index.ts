import { lms } from '@lms-score/core';
import { Hono } from 'hono/tiny';
import type { AppEnv } from './app-env.ts';
import { batchRoutes } from './batch-routes.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { modelRoutes } from './model-routes.ts';
import { problemResponse } from './problems.ts';
import { preflight, responseHeaders } from './response-headers.ts';
import { scoreRoutes } from './score-routes.ts';
import { staticAsset } from './static-asset.ts';
import { validateRoutes } from './validate-routes.ts';

/**
 * The public LMS API. Routes under /v1; everything else is a static file (demo page, docs,
 * widget bundles, openapi.json) from Workers static assets.
 *
 * @example
 * // curl 'http://127.0.0.1:8787/v1/lms/score?ki67=12&vascularInvasion=yes&lymphNodeMetastasis=no&adjuvantTherapy=no'
 */
const app = new Hono<AppEnv>();

const EXPOSE_HEADERS = ['ETag', 'Retry-After'];
app.use(responseHeaders(EXPOSE_HEADERS));
app.options(
  '*',
  preflight({ methods: ['GET', 'HEAD', 'POST', 'OPTIONS'], headers: ['Content-Type', 'Accept', 'If-None-Match'] }),
);

app.route('/v1', modelRoutes);
app.route(`/v1/${lms.stamp.id}`, scoreRoutes(lms));
app.route(`/v1/${lms.stamp.id}`, batchRoutes(lms));
app.route(`/v1/${lms.stamp.id}`, validateRoutes(lms));

app.get('/healthz', (c) => c.json({ status: 'ok', model: lms.stamp }, 200, { 'cache-control': 'no-store' }));
app.all('/healthz', methodNotAllowed('GET'));

app.notFound(staticAsset);

// Input never reaches here (the core does not throw); this is for bugs, and says nothing of the request.
app.onError(() => problemResponse('internal', 'Something went wrong on our side; the request was not stored.'));

export default app;

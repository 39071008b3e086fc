import { lms } from '@lms-score/core';
import { cors } from 'hono/cors';
import { Hono } from 'hono/tiny';
import type { AppEnv } from './app-env.ts';
import { batchRoutes } from './batch-routes.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { modelRoutes } from './model-routes.ts';
import { problemResponse } from './problems.ts';
import { scoreRoutes } from './score-routes.ts';
import { securityHeaders } from './security-headers.ts';
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

app.use(securityHeaders);
app.use(
  cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Accept', 'If-None-Match'],
    exposeHeaders: ['ETag', 'Retry-After'],
    maxAge: 86400,
  }),
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

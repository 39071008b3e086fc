import type { ModelDefinition, Scorer } from '@lms-score/core';
import { Hono } from 'hono/tiny';
import type { AppEnv } from './app-env.ts';
import { type CdsOptions, cdsRoutes } from './cds/cds-routes.ts';
import { fhirRoutes } from './fhir/fhir-routes.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { problemResponse } from './problems.ts';
import { preflight, responseHeaders } from './response-headers.ts';

const EXPOSE_HEADERS = ['ETag', 'Retry-After', 'WWW-Authenticate'];

/**
 * The EHR Worker's app for one model: CDS Hooks 2.0 under /cds-services and FHIR R4 under /fhir,
 * with the same security headers as the API and CORS that lets browser-based CDS clients send
 * their JWT. A Worker of its own (wrangler.ehr.toml): hospitals configure its trust list apart
 * from the public API, and jose never lands in the scoring API's cold start.
 *
 * @example
 * export default ehrApp(lms);
 */
export const ehrApp = (scorer: Scorer<ModelDefinition>, options: CdsOptions = {}) =>
  new Hono<AppEnv>()
    .use(responseHeaders(EXPOSE_HEADERS))
    .options(
      '*',
      preflight({
        methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
        headers: ['Content-Type', 'Accept', 'If-None-Match', 'Authorization'],
      }),
    )
    .route('/', cdsRoutes(scorer, options))
    .route('/', fhirRoutes(scorer))
    .get('/healthz', (c) => c.json({ status: 'ok', model: scorer.stamp }, 200, { 'cache-control': 'no-store' }))
    .all('/healthz', methodNotAllowed('GET'))
    .notFound(() => problemResponse('not-found', 'No CDS Hooks or FHIR route at that path.'))
    // Input never reaches here (readers and the core do not throw); this is for bugs.
    .onError(() => problemResponse('internal', 'Something went wrong on our side; the request was not stored.'));

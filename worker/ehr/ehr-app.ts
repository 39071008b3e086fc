import type { ModelDefinition, Scorer } from '@lms-score/core';
import { baseApp } from '../common/base-app.ts';
import { problemResponse } from '../common/problems.ts';
import { type CdsOptions, cdsRoutes } from './cds/cds-routes.ts';
import { fhirRoutes, outcome } from './fhir/fhir-routes.ts';
import { smartRoutes } from './smart/smart-routes.ts';

/**
 * The EHR Worker's app for one model: CDS Hooks 2.0 under /cds-services, FHIR R4 under /fhir and
 * the SMART on FHIR app under /smart,
 * with the same security headers as the API and CORS that lets browser-based CDS clients send
 * their JWT. A Worker of its own (wrangler.ehr.toml): hospitals configure its trust list apart
 * from the public API, and jose never lands in the scoring API's cold start.
 *
 * @example
 * export default ehrApp(lms);
 */
export const ehrApp = (scorer: Scorer<ModelDefinition>, options: CdsOptions = {}) =>
  baseApp({
    stamp: scorer.stamp,
    exposeHeaders: ['ETag', 'Retry-After', 'WWW-Authenticate'],
    allowHeaders: ['Content-Type', 'Accept', 'If-None-Match', 'Authorization'],
    // Under /fhir, refusals are OperationOutcomes, as FHIR clients expect; elsewhere problem+json.
    notFound: (c) =>
      c.req.path.startsWith('/fhir/')
        ? outcome([{ code: 'not-found', message: 'No FHIR resource or operation at that path here.' }], 404)
        : problemResponse('not-found', 'No CDS Hooks, FHIR or SMART app route at that path.'),
    methodNotAllowed: (path, detail, allow) =>
      path.startsWith('/fhir/') ? outcome([{ code: 'not-supported', message: detail }], 405, { allow }) : undefined,
  })
    .route('/', cdsRoutes(scorer, options))
    // Problems say `type: "/docs#problem-…"`; the reference lives with the API, beside the calculator.
    .get('/docs', (c) =>
      c.env.CALCULATOR_ORIGIN
        ? c.redirect(`${new URL(c.env.CALCULATOR_ORIGIN).origin}/docs`, 302)
        : problemResponse('not-found', 'The reference is served by the API Worker, at its /docs.'),
    )
    .route('/', fhirRoutes(scorer))
    .route('/', smartRoutes());

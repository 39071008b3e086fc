import type { ModelDefinition, Scorer } from '@lms-score/core';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../../common/app-env.ts';
import { invalidInput, parseJsonBody, problemResponse } from '../../common/problems.ts';
import { rateLimit } from '../../common/rate-limit.ts';
import { readBody } from '../../common/read-body.ts';
import { NO_STORE } from '../../common/response-headers.ts';
import { observationCodes } from '../fhir/observation-codes.ts';
import { observationsIn, readObservations } from '../fhir/read-observations.ts';
import { scoreObservations } from '../fhir/score-observations.ts';
import { publicOrigin } from '../public-origin.ts';
import { smartConfig } from '../smart/smart-config.ts';
import { authenticate, unauthorized } from './authenticate.ts';
import { readCdsRequest } from './cds-request.ts';
import { discovery } from './discovery.ts';
import { readFeedback } from './feedback.ts';
import { readFhirObservations } from './fhir-read.ts';
import { fhirReadFailed, lmsCard, unreadCard } from './lms-card.ts';

/** A CDS request with its prefetch bundles; larger ones are refused before reading. */
const CDS_BODY_BYTES = 1024 * 1024;

export interface CdsOptions {
  /** Outbound fetch, for reading a client's FHIR server (tests pass a mock server's). */
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
  /** Longest a FHIR read may take (tests shorten it); FHIR_READ_MS otherwise. */
  readonly fhirReadMs?: number;
}

/**
 * CDS Hooks 2.0 for one model: discovery, the patient-view service and its feedback endpoint.
 * Cards come from the patient's Observations, scored by the same core as every other face.
 *
 * @example
 * app.route('/', cdsRoutes(lms));
 */
export const cdsRoutes = (scorer: Scorer<ModelDefinition>, options: CdsOptions = {}) => {
  const id = scorer.stamp.id;
  const now = options.now ?? (() => new Date());
  return new Hono<AppEnv>()
    .get('/cds-services', async (c) => {
      const auth = await authenticate(c.req.raw, c.env, now());
      if (!auth.ok) return unauthorized(auth.problems);
      const { codes, adjuvantNote } = observationCodes(c.env.LMS_ADJUVANT_THERAPY_CODES);
      return c.json(discovery(scorer, codes, { adjuvant: adjuvantNote, open: auth.value.open }), 200, NO_STORE);
    })
    .use(`/cds-services/${id}`, rateLimit('SCORE_LIMITER'))
    .post(`/cds-services/${id}`, async (c) => {
      const at = now();
      const auth = await authenticate(c.req.raw, c.env, at);
      if (!auth.ok) return unauthorized(auth.problems);
      const text = await readBody(c.req.raw, CDS_BODY_BYTES);
      if (text === null) return problemResponse('too-large', 'A CDS request is at most 1 MB, prefetch included.');
      const body = parseJsonBody(text);
      if (!body.ok) return invalidInput(body.problems);
      const read = readCdsRequest(body.value, 'patient-view');
      if (!read.ok) return invalidInput(read.problems);
      const request = read.value;
      const { codes, adjuvantNote } = observationCodes(c.env.LMS_ADJUVANT_THERAPY_CODES);
      const wanted = Object.entries(codes).filter(([, list]) => list.length > 0);
      const observations = wanted.flatMap(([key]) =>
        Object.hasOwn(request.prefetch, key) ? observationsIn(request.prefetch[key]) : [],
      );
      const missing = wanted.filter(([key]) => !Object.hasOwn(request.prefetch, key));
      if (missing.length) {
        // Only an authenticated client may have its FHIR server read, and only a server it is
        // allowed to name: a URL from an anonymous request is never fetched (no SSRF).
        const client = auth.value.open ? null : auth.value.client;
        const server = request.fhirServer;
        const allowed = client && server && client.fhirServers?.some((s) => s.replace(/\/+$/, '') === server);
        const keys = missing.map(([key]) => key);
        if (!allowed || !request.accessToken || !request.fhirServer) return fhirReadFailed(keys, auth.value.open);
        const fetched = await readFhirObservations(
          options.fetch ?? fetch,
          request.fhirServer,
          request.accessToken,
          request.patientId,
          missing.flatMap(([, list]) => list),
          options.fhirReadMs,
        );
        if (!fetched.ok) return fhirReadFailed(keys, false, fetched.problems.join(' '));
        observations.push(...(fetched.value as typeof observations));
      }
      const scored = scoreObservations(scorer, readObservations(observations, codes, request.patientId));
      const origin = publicOrigin(c.env, c.req.url);
      const context = {
        origin,
        calculator: c.env.CALCULATOR_ORIGIN ?? origin,
        // The SMART app, when this deployment has set it up: the card offers it beside the link.
        ...(smartConfig(c.env.SMART_APP)?.ok ? { smartLaunch: `${origin}/smart/launch` } : {}),
        patientId: request.patientId,
        adjuvantNote,
        now: at.toISOString(),
        uuid: () => crypto.randomUUID(),
      };
      if (scored.result) return c.json({ cards: [lmsCard(scorer, scored, context)] }, 200, NO_STORE);
      if (scored.problems.length)
        return c.json({ cards: [unreadCard(scorer, scored.problems, context)] }, 200, NO_STORE);
      return c.json({ cards: [] }, 200, NO_STORE);
    })
    .post(`/cds-services/${id}/feedback`, async (c) => {
      const auth = await authenticate(c.req.raw, c.env, now());
      if (!auth.ok) return unauthorized(auth.problems);
      const text = await readBody(c.req.raw, 64 * 1024);
      if (text === null) return problemResponse('too-large', 'Feedback is at most 64 KB.');
      const body = parseJsonBody(text);
      if (!body.ok) return invalidInput(body.problems);
      const read = readFeedback(body.value);
      if (!read.ok) return invalidInput(read.problems);
      // Validated, then dropped: this service stores nothing, feedback included.
      return c.json({ received: read.value }, 200, NO_STORE);
    });
};

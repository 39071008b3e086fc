import type { ModelDefinition, Scorer } from '@lms-score/core';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../../common/app-env.ts';
import { cachedJson, etagOf } from '../../common/etag.ts';
import { rateLimit } from '../../common/rate-limit.ts';
import { readBody } from '../../common/read-body.ts';
import { authenticate, unauthorized } from '../cds/authenticate.ts';
import { isObject } from '../is-object.ts';
import { publicOrigin } from '../public-origin.ts';
import { codeSystem } from './code-systems.ts';
import { observationCodes } from './observation-codes.ts';
import { questionnaire } from './questionnaire.ts';
import { riskAssessment } from './risk-assessment.ts';
import { type IssueType, readBundle, readParameters } from './scoring-request.ts';

const FHIR_JSON = { 'content-type': 'application/fhir+json; charset=utf-8', 'cache-control': 'no-store' };

/** The HTTP status for each issue type: a request that is wrong (400) or that cannot be scored (422). */
const STATUS: Record<IssueType | 'too-costly' | 'incomplete', 400 | 413 | 422> = {
  invalid: 400,
  required: 400,
  'too-costly': 413,
  'not-found': 422,
  'business-rule': 422,
  incomplete: 422,
};

/** A FHIR OperationOutcome answer: one issue per problem, each naming its field when there is one. */
export const outcome = (
  issues: readonly { code: keyof typeof STATUS | 'not-supported'; message: string; field?: string }[],
  status?: 404 | 405,
  headers: Record<string, string> = {},
) =>
  new Response(
    JSON.stringify({
      resourceType: 'OperationOutcome',
      issue: issues.map((i) => ({
        severity: 'error',
        code: i.code,
        diagnostics: i.message,
        ...(i.field ? { expression: [i.field] } : {}),
      })),
    }),
    {
      status: status ?? Math.min(...issues.map((i) => (i.code === 'not-supported' ? 405 : STATUS[i.code]))),
      headers: { ...FHIR_JSON, ...headers },
    },
  );

/**
 * FHIR R4 faces of a model: GET /fhir/Questionnaire/<id> (an SDC form that scores itself) and
 * POST /fhir/RiskAssessment/$<id> (a Parameters resource with the inputs, or a Bundle of
 * Observations like the CDS prefetch, in; a RiskAssessment out).
 *
 * @example
 * app.route('/', fhirRoutes(lms));
 */
export const fhirRoutes = (scorer: Scorer<ModelDefinition>) => {
  const id = scorer.stamp.id;
  const operation = `/fhir/RiskAssessment/$${id}`;
  return new Hono<AppEnv>()
    .get(`/fhir/Questionnaire/${id}`, (c) => {
      const body = JSON.stringify(questionnaire(scorer, publicOrigin(c.env, c.req.url)));
      // The canonical url names the public origin (else this host), so the ETag follows it.
      return cachedJson(c.req.raw, body, 'public, max-age=3600', etagOf(body), FHIR_JSON['content-type']);
    })
    .get('/fhir/CodeSystem/:id', (c) => {
      const resource = codeSystem(scorer, publicOrigin(c.env, c.req.url), c.req.param('id'));
      if (!resource) return outcome([{ code: 'not-found', message: 'No such CodeSystem here.' }], 404);
      const body = JSON.stringify(resource);
      return cachedJson(c.req.raw, body, 'public, max-age=3600', etagOf(body), FHIR_JSON['content-type']);
    })
    .use(operation, rateLimit('SCORE_LIMITER'))
    .post(operation, async (c) => {
      // Patient data in, so the same client authentication as the CDS service when a trust list is
      // set (aud: this operation's URL). The Questionnaire (a definition) stays public.
      const auth = await authenticate(c.req.raw, c.env, new Date());
      if (!auth.ok) return unauthorized(auth.problems);
      const text = await readBody(c.req.raw, 1024 * 1024);
      if (text === null) return outcome([{ code: 'too-costly', message: 'The body is at most 1 MB.' }]);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return outcome([{ code: 'invalid', message: 'The body is not valid JSON.' }]);
      }
      if (!isObject(body) || (body.resourceType !== 'Parameters' && body.resourceType !== 'Bundle'))
        return outcome([{ code: 'invalid', message: 'Send a Parameters resource or a Bundle of Observations.' }]);
      const read =
        body.resourceType === 'Parameters'
          ? readParameters(scorer, body)
          : readBundle(scorer, body, observationCodes(c.env.LMS_ADJUVANT_THERAPY_CODES).codes);
      if (!read.ok) return outcome(read.problems);
      const { result, subject, basis } = read.value;
      const origin = publicOrigin(c.env, c.req.url);
      const resource = riskAssessment(scorer, result, { subject, basis, origin, now: new Date().toISOString() });
      if (!resource) {
        const unknown = result.breakdown.filter((b) => !b.known).map((b) => b.factor);
        return outcome([
          {
            code: 'incomplete',
            message: `The inputs allow more than one risk group (${result.possibleRiskGroups.join(', ')}), so no single published risk applies. Unknown: ${unknown.join(', ')}.`,
          },
        ]);
      }
      return new Response(JSON.stringify(resource), { headers: FHIR_JSON });
    });
};

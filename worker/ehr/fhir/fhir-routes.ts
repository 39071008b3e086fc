import type { ModelDefinition, Scorer } from '@lms-score/core';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../../common/app-env.ts';
import { cachedJson, etagOf } from '../../common/etag.ts';
import { rateLimit } from '../../common/rate-limit.ts';
import { readBody } from '../../common/read-body.ts';
import { authenticate, unauthorized } from '../cds/authenticate.ts';
import { isObject } from '../is-object.ts';
import { observationCodes } from './observation-codes.ts';
import { questionnaire } from './questionnaire.ts';
import { observationsIn, readObservations } from './read-observations.ts';
import { riskAssessment } from './risk-assessment.ts';
import { scoreObservations } from './score-observations.ts';

const FHIR_JSON = { 'content-type': 'application/fhir+json; charset=utf-8', 'cache-control': 'no-store' };

/** A FHIR OperationOutcome answer: one issue per message, each naming its field when there is one. */
const outcome = (status: 400 | 413 | 422, code: string, issues: readonly { message: string; field?: string }[]) =>
  new Response(
    JSON.stringify({
      resourceType: 'OperationOutcome',
      issue: issues.map((i) => ({
        severity: 'error',
        code,
        diagnostics: i.message,
        ...(i.field ? { expression: [i.field] } : {}),
      })),
    }),
    { status, headers: FHIR_JSON },
  );

/** A Parameters resource's inputs by name (prototype-free), its subject, and problems. */
function readParameters(body: Record<string, unknown>) {
  const raw: Record<string, unknown> = Object.create(null);
  const problems: { message: string; field: string }[] = [];
  let subject: string | undefined;
  const list = Array.isArray(body.parameter) ? body.parameter : [];
  for (const p of list) {
    if (!isObject(p) || typeof p.name !== 'string') continue;
    const key = Object.keys(p).find((k) => k.startsWith('value'));
    const value = key === undefined ? null : p[key];
    if (p.name === 'subject') {
      const reference = isObject(value) ? value.reference : undefined;
      if (typeof reference === 'string' && /^Patient\/[A-Za-z0-9.-]{1,64}$/.test(reference)) subject = reference;
      else problems.push({ field: 'subject', message: 'subject must be a valueReference to Patient/<id>.' });
    } else if (p.name in raw) problems.push({ field: p.name, message: `${p.name} is given more than once.` });
    else raw[p.name] = value;
  }
  return { raw, subject, problems };
}

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
      const body = JSON.stringify(questionnaire(scorer, new URL(c.req.url).origin));
      // The canonical url names this origin, so the body (and its ETag) differ per host.
      return cachedJson(c.req.raw, body, 'public, max-age=3600', etagOf(body), FHIR_JSON['content-type']);
    })
    .use(operation, rateLimit('SCORE_LIMITER'))
    .post(operation, async (c) => {
      // Patient data in, so the same client authentication as the CDS service when a trust list is
      // set (aud: this operation's URL). The Questionnaire (a definition) stays public.
      const auth = await authenticate(c.req.raw, c.env, new Date());
      if (!auth.ok) return unauthorized(auth.problems);
      const text = await readBody(c.req.raw, 1024 * 1024);
      if (text === null) return outcome(413, 'too-costly', [{ message: 'The body is at most 1 MB.' }]);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return outcome(400, 'invalid', [{ message: 'The body is not valid JSON.' }]);
      }
      if (!isObject(body) || (body.resourceType !== 'Parameters' && body.resourceType !== 'Bundle'))
        return outcome(400, 'invalid', [{ message: 'Send a Parameters resource or a Bundle of Observations.' }]);
      const now = new Date().toISOString();
      const origin = new URL(c.req.url).origin;
      let result: ReturnType<Scorer<ModelDefinition>['score']>;
      let basis: string[] = [];
      let subject: string | undefined;
      if (body.resourceType === 'Parameters') {
        const read = readParameters(body);
        const parsed = scorer.parse(read.raw);
        const problems = [...read.problems, ...(parsed.ok ? [] : parsed.problems)];
        if (problems.length || !parsed.ok) return outcome(400, 'invalid', problems);
        result = scorer.score(parsed.value);
        subject = read.subject;
      } else {
        const { codes } = observationCodes(c.env.LMS_ADJUVANT_THERAPY_CODES);
        const scored = scoreObservations(scorer, readObservations(observationsIn(body), codes));
        if (!scored.result)
          return outcome(422, 'not-found', [
            { message: 'No factor could be read from the Bundle.' },
            ...scored.problems.map((message) => ({ message })),
          ]);
        result = scored.result;
        basis = scored.used.flatMap((u) => (u.reference ? [u.reference] : []));
      }
      const resource = riskAssessment(scorer, result, { ...(subject ? { subject } : {}), basis, origin, now });
      if (!resource) {
        const unknown = result.breakdown.filter((b) => !b.known).map((b) => b.factor);
        return outcome(422, 'incomplete', [
          {
            message: `The inputs allow more than one risk group (${result.possibleRiskGroups.join(', ')}), so no single published risk applies. Unknown: ${unknown.join(', ')}.`,
          },
        ]);
      }
      return new Response(JSON.stringify(resource), { headers: FHIR_JSON });
    });
};

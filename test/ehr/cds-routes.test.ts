import { env as workerEnv } from 'cloudflare:workers';
import { lms, type ScoreResult } from '@lms-score/core';
import { Hono } from 'hono/tiny';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../../scripts/build/openapi-document.ts';
import type { Env } from '../../worker/common/app-env.ts';
import { ehrApp } from '../../worker/ehr/ehr-app.ts';
import { cdsSchemaErrors } from '../cds/cds-schema.ts';
import spec from '../cds/spec-examples.json';
import { call, postJson } from '../worker/helpers.ts';
import {
  ADJUVANT_CODES,
  bundle,
  cdsClient,
  completeProfiles,
  fhirAccess,
  hookRequest,
  observation,
  observationsFor,
  partialProfiles,
  prefetchFor,
  type RiskAssessmentJson,
} from './cds-fixtures.ts';

const ORIGIN = 'http://lms.test';
const allow = { limit: async () => ({ success: true }) };
const baseEnv = (extra: Partial<Env> = {}) =>
  ({
    SCORE_LIMITER: allow,
    BATCH_LIMITER: allow,
    LMS_ADJUVANT_THERAPY_CODES: ADJUVANT_CODES,
    REPLAY_LEDGER: workerEnv.REPLAY_LEDGER,
    ...extra,
  }) as Env;

// A FHIR server of the client's: the patient's Observations, for the right bearer token only.
const FHIR = 'https://ehr.example/fhir';
const stored: object[] = [];
const outbound: string[] = [];
const fhirServer = new Hono().get('/fhir/Observation', (c) => {
  if (c.req.header('authorization') !== 'Bearer fhir-access-token')
    return c.json({ resourceType: 'OperationOutcome' }, 401);
  const codes = (c.req.query('code') ?? '').split(',');
  const mine = stored.filter((o) => {
    const coding = (o as { code: { coding: { system: string; code: string }[] } }).code.coding[0]!;
    return codes.includes(`${coding.system}|${coding.code}`) && c.req.query('patient') === 'p1';
  });
  return c.json(bundle(mine));
});
const mockFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(String(input));
  outbound.push(url.href);
  if (!url.href.startsWith(FHIR)) throw new Error(`unexpected outbound request to ${url.origin}`);
  return fhirServer.request(url.pathname + url.search, init);
}) as typeof fetch;
const app = ehrApp(lms, { fetch: mockFetch });
const post = (body: unknown, env: Env, headers: Record<string, string> = {}) =>
  app.request(
    `${ORIGIN}/cds-services/lms`,
    { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } },
    env,
  );

type Card = {
  summary: string;
  indicator: string;
  suggestions?: { actions: { resource: RiskAssessmentJson }[] }[];
  links: { url: string }[];
  detail: string;
};

/** The core's own answer for these values: the oracle each card is held to. */
function expected(values: object): ScoreResult {
  const parsed = lms.parse(values);
  if (!parsed.ok) throw new Error('fixture values must parse');
  return lms.score(parsed.value);
}

/** Checks one card against the core: points, group(s), published risk, indicator and the RiskAssessment. */
function expectCardAgrees(card: Card, values: object, basis: readonly string[]) {
  const r = expected(values);
  const points = r.points === null ? `${r.pointsRange[0]}-${r.pointsRange[1]}` : String(r.points);
  expect(card.summary).toContain(`LMS ${points} points (derived)`);
  expect(card.summary.length).toBeLessThan(140);
  for (const g of r.possibleRiskGroups)
    expect(card.summary).toContain(lms.definition.riskGroups.find((x) => x.id === g)!.label);
  expect(card.indicator).toBe(r.riskGroup === 'high' ? 'warning' : 'info');
  const suggestion = card.suggestions?.[0]?.actions[0]?.resource;
  if (r.riskGroup === null) {
    expect(suggestion).toBeUndefined();
    expect(card.summary).not.toMatch(/%/);
    return;
  }
  expect(card.summary).toContain(`${(r.risk! * 100).toFixed(1)}%`);
  expect(suggestion).toMatchObject({
    resourceType: 'RiskAssessment',
    status: 'final',
    subject: { reference: 'Patient/p1' },
    prediction: [
      {
        outcome: { text: 'liver metastasis' },
        probabilityDecimal: r.risk,
        qualitativeRisk: { coding: [{ code: { low: 'low', intermediate: 'moderate', high: 'high' }[r.riskGroup] }] },
        whenRange: { low: { value: 0, code: 'a' }, high: { value: r.horizonYears, code: 'a' } },
      },
    ],
  });
  expect(suggestion!.basis.map((b) => b.reference).sort()).toEqual([...basis].sort());
  expect(suggestion!.method.text).toContain(lms.stamp.hash);
}

const idsIn = (prefetch: Record<string, unknown>) =>
  Object.values(prefetch).flatMap((b) =>
    ((b as { entry?: { resource: { id: string } }[] })?.entry ?? []).map((e) => `Observation/${e.resource.id}`),
  );

describe('CDS Hooks 2.0: discovery', () => {
  it('lists one patient-view service with a prefetch template per factor, valid by the schema', async () => {
    const response = await app.request(`${ORIGIN}/cds-services`, {}, baseEnv());
    const body = (await response.json()) as {
      services: { id: string; hook: string; prefetch: Record<string, string>; description: string }[];
    };
    expect(cdsSchemaErrors('Discovery', body)).toEqual([]);
    expect(body.services).toHaveLength(1);
    const [service] = body.services;
    expect(service).toMatchObject({ id: 'lms', hook: 'patient-view' });
    expect(service!.prefetch.ki67).toBe(
      'Observation?patient={{context.patientId}}&code=http://loinc.org|29593-1&_sort=-date',
    );
    expect(service!.prefetch.lymphNodeMetastasis).toContain('http://loinc.org|21893-3,http://loinc.org|21900-6');
    expect(service!.prefetch.adjuvantTherapy).toContain('http://hospital.example/codes|adjuvant-therapy');
    expect(service!.description).toContain('also counts lymphatic invasion');
  });

  it('offers no adjuvant-therapy template, and says it stays unknown, when the deployment names no code', async () => {
    const response = await app.request(
      `${ORIGIN}/cds-services`,
      {},
      baseEnv({ LMS_ADJUVANT_THERAPY_CODES: undefined }),
    );
    const { services } = (await response.json()) as { services: { prefetch: object; description: string }[] };
    expect(Object.keys(services[0]!.prefetch)).toEqual(['ki67', 'vascularInvasion', 'lymphNodeMetastasis']);
    expect(services[0]!.description).toContain('stays unknown');
  });

  it("the schema accepts the spec's own examples: discovery, request, responses and feedback", () => {
    const byKey = (key: string) => spec.examples.filter((e) => Object.hasOwn(e.value, key)).map((e) => e.value);
    for (const d of byKey('services')) expect(cdsSchemaErrors('Discovery', d)).toEqual([]);
    for (const r of byKey('hookInstance')) expect(cdsSchemaErrors('Request', r)).toEqual([]);
    // One known erratum: the spec's autolaunchable example card omits `indicator`, which its own
    // Card table marks REQUIRED. The schema follows the table and says so for that example only.
    for (const r of byKey('cards') as { cards: object[] }[]) {
      if (!JSON.stringify(r).includes('autolaunchable')) expect(cdsSchemaErrors('Response', r)).toEqual([]);
      else {
        expect(cdsSchemaErrors('Response', r)).toContain(
          '#/cards/0: Instance does not have required property "indicator".',
        );
        expect(cdsSchemaErrors('Response', { cards: r.cards.map((c) => ({ indicator: 'info', ...c })) })).toEqual([]);
      }
    }
    for (const f of byKey('feedback')) expect(cdsSchemaErrors('Feedback', f)).toEqual([]);
    expect(byKey('cards').length).toBeGreaterThanOrEqual(3);
    // And it can fail: a critical-less, summary-less card is refused.
    expect(cdsSchemaErrors('Response', { cards: [{ indicator: 'urgent', source: {} }] }).length).toBeGreaterThan(0);
  });
});

describe('CDS Hooks 2.0: the service agrees with score() for every profile', () => {
  it.each(completeProfiles.map((p, i) => [i, p] as const))(
    'complete profile %i gives the core’s points, group and risk',
    async (i, values) => {
      const prefetch = prefetchFor(values, i);
      const response = await post(hookRequest(prefetch), baseEnv());
      expect(response.status).toBe(200);
      const body = (await response.json()) as { cards: Card[] };
      expect(cdsSchemaErrors('Response', body)).toEqual([]);
      expect(body.cards).toHaveLength(1);
      expectCardAgrees(body.cards[0]!, values, idsIn(prefetch));
    },
  );

  it.each(partialProfiles.map((p, i) => [i, p] as const))(
    'partial profile %i gives the core’s range and possible groups',
    async (i, values) => {
      const prefetch = prefetchFor(values, i);
      const body = (await (await post(hookRequest(prefetch), baseEnv())).json()) as { cards: Card[] };
      expect(cdsSchemaErrors('Response', body)).toEqual([]);
      expectCardAgrees(body.cards[0]!, values, idsIn(prefetch));
      expect(body.cards[0]!.links[0]!.url).toMatch(/^http:\/\/lms\.test\/embed#/); // no CALCULATOR_ORIGIN: this origin
    },
  );

  it('answers { cards: [] } when none of the factors is found', async () => {
    const body = await (await post(hookRequest(prefetchFor({})), baseEnv())).json();
    expect(body).toEqual({ cards: [] });
  });
});

describe('CDS Hooks 2.0: reading Observations', () => {
  it('uses the most recent final, amended or corrected Observation; ignores preliminary and entered-in-error', async () => {
    const ki67 = (value: number, extra: object) =>
      observation({ system: 'http://loinc.org', code: '29593-1' }, { valueQuantity: { value, unit: '%' } }, extra);
    const prefetch = {
      ...prefetchFor({}),
      ki67: bundle([
        ki67(1, { effectiveDateTime: '2023-01-01' }),
        ki67(50, { effectiveDateTime: '2025-06-01', status: 'preliminary' }),
        ki67(60, { effectiveDateTime: '2025-07-01', status: 'entered-in-error' }),
        ki67(12, { effectiveDateTime: '2024-05-01', status: 'amended' }),
      ]),
    };
    const { cards } = (await (await post(hookRequest(prefetch), baseEnv())).json()) as { cards: Card[] };
    expect(cards[0]!.detail).toContain('| Ki-67 index | 12 (3-20%)');
    expect(cards[0]!.summary).toContain('LMS 3-');
  });

  it('reports a unit or value it cannot read, leaves that factor unknown, and never guesses', async () => {
    const prefetch = {
      ...prefetchFor({ vascularInvasion: true }),
      ki67: bundle([
        observation({ system: 'http://loinc.org', code: '29593-1' }, { valueQuantity: { value: 0.12, unit: 'ratio' } }),
      ]),
      lymphNodeMetastasis: bundle([
        observation({ system: 'http://loinc.org', code: '21900-6' }, { valueCodeableConcept: { text: 'pNX' } }),
      ]),
    };
    const { cards } = (await (await post(hookRequest(prefetch), baseEnv())).json()) as { cards: Card[] };
    expect(cards[0]!.summary).toContain('3 of 4 factors unknown');
    expect(cards[0]!.detail).toContain('is in "ratio"; only % (UCUM) is read.');
    expect(cards[0]!.detail).toContain('NX says the nodes were not assessed');
  });

  it('skips an Observation about another patient, and says so', async () => {
    const prefetch = {
      ...prefetchFor({ ki67: 12 }),
      vascularInvasion: bundle([
        observation(
          { system: 'http://loinc.org', code: '59544-7' },
          { valueBoolean: true },
          { subject: { reference: 'Patient/p2' } },
        ),
      ]),
    };
    const { cards } = (await (await post(hookRequest(prefetch), baseEnv())).json()) as { cards: Card[] };
    expect(cards[0]!.detail).toMatch(/is about Patient\/p2, not Patient\/p1; it was not used/);
    expect(cards[0]!.detail).toContain('| Vascular invasion | unknown |');
  });

  it('keeps Markdown from a hostile Observation out of the card', async () => {
    const prefetch = {
      ...prefetchFor({}),
      ki67: bundle([
        observation(
          { system: 'http://loinc.org', code: '29593-1' },
          { id: '](javascript:alert(1))', valueQuantity: { value: 5, unit: '[x](http://evil)' } },
        ),
      ]),
    };
    const { cards } = (await (await post(hookRequest(prefetch), baseEnv())).json()) as { cards: Card[] };
    expect(JSON.stringify(cards)).not.toMatch(/javascript:|\]\(http:\/\/evil/);
  });

  it('names each bad field of a malformed request with 400', async () => {
    const response = await post({ hook: 'order-sign', context: { patientId: '../x' }, prefetch: [] }, baseEnv());
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as { errors: { field: string }[] };
    expect(errors.map((e) => e.field)).toEqual(['hook', 'hookInstance', 'context.patientId', 'prefetch']);
  });
});

describe('CDS Hooks 2.0: missing prefetch, FHIR access and client authentication', () => {
  let signer: (claims?: object, audience?: string) => Promise<string>;
  let trusted: string;
  beforeAll(async () => {
    const client = await cdsClient([FHIR]);
    trusted = client.trusted;
    signer = (claims = {}, audience = `${ORIGIN}/cds-services/lms`) => client.sign(audience, claims);
  });
  const access = fhirAccess(FHIR);

  it('answers 412 without prefetch on an open service, and never fetches the fhirServer it was sent', async () => {
    outbound.length = 0;
    const response = await post(hookRequest(undefined, access), baseEnv());
    expect(response.status).toBe(412);
    expect(((await response.json()) as { detail: string }).detail).toContain('never reads a FHIR server');
    expect(outbound).toEqual([]);
  });

  it('with a trust list, refuses a missing or bad token with 401 and reads nothing', async () => {
    outbound.length = 0;
    const env = baseEnv({ CDS_TRUSTED_CLIENTS: trusted });
    expect((await post(hookRequest(undefined, access), env)).status).toBe(401);
    const wrongAudience = await signer({}, `${ORIGIN}/cds-services/other`);
    const response = await post(hookRequest(undefined, access), env, { authorization: `Bearer ${wrongAudience}` });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(outbound).toEqual([]);
  });

  it.each([...completeProfiles, ...partialProfiles].map((p, i) => [i, p] as const))(
    'profile %i read from the FHIR server for an authenticated client gives the same agreement with score()',
    async (i, values) => {
      const observations = Object.values(observationsFor(values, i)).flat();
      stored.splice(0, stored.length, ...observations);
      outbound.length = 0;
      const env = baseEnv({ CDS_TRUSTED_CLIENTS: trusted });
      const response = await post(hookRequest(undefined, access), env, {
        authorization: `Bearer ${await signer()}`,
      });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { cards: Card[] };
      expect(cdsSchemaErrors('Response', body)).toEqual([]);
      expectCardAgrees(
        body.cards[0]!,
        values,
        observations.map((o) => `Observation/${o.id}`),
      );
      // One search for the four factors' codes, on the client's own server, with its token.
      expect(outbound).toHaveLength(1);
      expect(outbound[0]).toMatch(/^https:\/\/ehr\.example\/fhir\/Observation\?patient=p1&code=/);
    },
  );

  it('answers 412 for an authenticated client whose fhirServer is not one it may name', async () => {
    outbound.length = 0;
    const env = baseEnv({ CDS_TRUSTED_CLIENTS: trusted });
    const elsewhere = { ...access, fhirServer: 'http://169.254.169.254/latest' };
    const response = await post(hookRequest(undefined, elsewhere), env, { authorization: `Bearer ${await signer()}` });
    expect(response.status).toBe(412);
    expect(outbound).toEqual([]);
  });
});

describe('CDS Hooks 2.0: feedback', () => {
  it("accepts the spec's feedback examples and stores nothing", async () => {
    for (const example of spec.examples.filter((e) => Object.hasOwn(e.value, 'feedback'))) {
      const response = await app.request(
        `${ORIGIN}/cds-services/lms/feedback`,
        { method: 'POST', body: JSON.stringify(example.value) },
        baseEnv(),
      );
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: 1 });
    }
  });

  it('names each bad field of bad feedback', async () => {
    const bad = { feedback: [{ card: 'c', outcome: 'accepted', outcomeTimestamp: 'yesterday' }, 'x'] };
    const response = await app.request(
      `${ORIGIN}/cds-services/lms/feedback`,
      { method: 'POST', body: JSON.stringify(bad) },
      baseEnv(),
    );
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as { errors: { field: string }[] };
    expect(errors.map((e) => e.field)).toEqual([
      'feedback[0].outcomeTimestamp',
      'feedback[0].acceptedSuggestions',
      'feedback[1]',
    ]);
  });
});

describe('CDS Hooks in the deployed EHR Worker (workerd)', () => {
  it('serves discovery and a card, and lets a browser client send Authorization (CORS)', async () => {
    const discovery = await call('/cds-services');
    expect(discovery.status).toBe(200);
    const card = await postJson('/cds-services/lms', hookRequest(prefetchFor({ ki67: 12, vascularInvasion: false })));
    expect(card.status).toBe(200);
    expect(cdsSchemaErrors('Response', await card.json())).toEqual([]);
    const preflight = await call('/cds-services/lms', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://ehr.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });

  it("links cards to the calculator at wrangler.ehr.toml's CALCULATOR_ORIGIN, values in the fragment", async () => {
    const answer = await postJson('/cds-services/lms', hookRequest(prefetchFor({ ki67: 12 })));
    const { cards } = (await answer.json()) as { cards: Card[] };
    expect(cards[0]!.links[0]!.url).toBe('http://127.0.0.1:8787/embed#ki67=12');
  });

  it("the documented sample card is the service's own answer to the documented request", async () => {
    // biome-ignore lint/suspicious/noExplicitAny: walks the document; its shape is what is under test
    const op = (openApiDocument().paths as any)['/cds-services/lms'].post;
    const answer = await (
      await postJson('/cds-services/lms', op.requestBody.content['application/json'].examples.complete.value)
    ).text();
    // Only the fresh uuids, the time and the EHR Worker's host differ between the build and a call.
    const same = (text: string) =>
      JSON.parse(
        text
          .replace(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g, 'UUID')
          .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, 'NOW')
          .replace(/http:\/\/(lms\.test|127\.0\.0\.1:8788)/g, 'EHR'),
      );
    expect(same(answer)).toEqual(
      same(JSON.stringify(op.responses['200'].content['application/json'].examples.sample.value)),
    );
  });
});

describe('a prefetch value that is neither a resource nor null', () => {
  it.each([
    ['a string', 'x'],
    ['an empty object', {}],
    ['a number', 1],
  ])('is refused with 400 naming its key (%s), not read as "no data"', async (_, value) => {
    const prefetch = { ...prefetchFor({ ki67: 12 }), vascularInvasion: value };
    const res = await post(hookRequest(prefetch), baseEnv());
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { field: string }[] };
    expect(body.errors.map((e) => e.field)).toEqual(['prefetch.vascularInvasion']);
  });
});

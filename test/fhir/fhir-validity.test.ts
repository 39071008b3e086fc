import { lms } from '@lms-score/core';
import { describe, expect, it, vi } from 'vitest';
import {
  ADJUVANT_CODES,
  bundle,
  completeProfiles,
  hookRequest,
  observationsFor,
  partialProfiles,
  prefetchFor,
} from '../ehr/cds-fixtures.ts';
import { goldenCases, rawInput } from '../support/golden-vectors.ts';
import { bindings, fhirR4Problems } from './fhir-r4-validator.ts';

// Every resource the EHR Worker emits, through its own routes (run here in Node: the replay
// ledger's Durable Object base class is the one workerd-only import, and no test here uses it),
// checked by an R4 validator that is not ours (fhir-r4-validator.ts).
vi.mock('cloudflare:workers', () => ({ DurableObject: class {} }));
const { fhirRoutes } = await import('../../worker/ehr/fhir/fhir-routes.ts');
const { cdsRoutes } = await import('../../worker/ehr/cds/cds-routes.ts');

const env = { SCORE_LIMITER: { limit: async () => ({ success: true }) } };
const fhir = fhirRoutes(lms);
const post = async (path: string, body: unknown, app: { request: typeof fhir.request } = fhir, bindings = {}) => {
  const response = await app.request(
    `http://lms.test${path}`,
    {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    },
    { ...env, ...bindings } as never,
  );
  return { status: response.status, json: (await response.json()) as { resourceType: string; [k: string]: unknown } };
};
const operation = '/fhir/RiskAssessment/$lms';

const value = (v: unknown) =>
  typeof v === 'boolean'
    ? { valueBoolean: v }
    : typeof v === 'number'
      ? { valueDecimal: v }
      : { valueString: String(v) };
/** Parameters with the inputs and a subject; unknown (null, or an empty CSV cell) is left out. */
const parameters = (input: Record<string, unknown>, subject = 'Patient/p9', emptyIsUnknown = false) => ({
  resourceType: 'Parameters',
  parameter: [
    ...Object.entries(input).flatMap(([name, v]) =>
      v === null || (emptyIsUnknown && v === '') ? [] : [{ name, ...value(v) }],
    ),
    { name: 'subject', valueReference: { reference: subject } },
  ],
});
const objectCases = goldenCases.flatMap((c) => {
  const input = rawInput(c);
  return input !== null && typeof input === 'object' && !Array.isArray(input) ? [[c.name, c, input] as const] : [];
});

describe('FHIR R4 validity (Medplum validateResource, plus required bindings) of every resource the EHR Worker emits', () => {
  it('the Questionnaire, as served', async () => {
    const response = await fhir.request('http://lms.test/fhir/Questionnaire/lms', {}, env as never);
    expect(fhirR4Problems(await response.json())).toEqual([]);
  });

  it('every code system the Questionnaire and a RiskAssessment name: it resolves, valid, with their codes', async () => {
    const publicEnv = { ...env, PUBLIC_ORIGIN: 'https://ehr.lms.example.org' };
    // Asked through another host: the resources name the public origin, never the Host sent.
    const q = await (
      await fhir.request('http://other.host.test/fhir/Questionnaire/lms', {}, publicEnv as never)
    ).text();
    expect(q).not.toContain('other.host.test');
    const ra = await (
      await fhir.request(
        `http://other.host.test${operation}`,
        {
          method: 'POST',
          body: JSON.stringify(
            parameters({ ki67: 12, vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: false }),
          ),
        },
        publicEnv as never,
      )
    ).text();
    const codings = [
      ...`${q}${ra}`.matchAll(
        /\{"system":"(https:\/\/ehr\.lms\.example\.org\/fhir\/CodeSystem\/[^"]+)","code":"([^"]+)"/g,
      ),
    ];
    expect(new Set(codings.map((m) => m[1])).size).toBe(lms.definition.factors.length + 1); // models + one per factor
    for (const [, system, code] of codings) {
      const res = await fhir.request(
        system!.replace('https://ehr.lms.example.org', 'http://x.test'),
        {},
        publicEnv as never,
      );
      expect(res.status, system).toBe(200);
      const cs = (await res.json()) as { url: string; concept: { code: string }[] };
      expect(fhirR4Problems(cs)).toEqual([]);
      expect(cs.url).toBe(system);
      expect(cs.concept.map((c) => c.code)).toContain(code);
    }
    const unknown = await fhir.request('http://x.test/fhir/CodeSystem/nope', {}, env as never);
    expect(unknown.status).toBe(404);
    expect(fhirR4Problems(await unknown.json())).toEqual([]);
  });

  it.each(objectCases)(
    'golden %s: a valid RiskAssessment with the vector’s risk, or a valid OperationOutcome',
    async (_, c, input) => {
      const { status, json } = await post(
        operation,
        parameters(input as Record<string, unknown>, 'Patient/p9', c.group === 'text'),
      );
      expect(fhirR4Problems(json)).toEqual([]);
      if (c.expected?.riskGroup) {
        expect(status).toBe(200);
        expect(json).toMatchObject({ resourceType: 'RiskAssessment', subject: { reference: 'Patient/p9' } });
        expect((json.prediction as { probabilityDecimal: number }[])[0]!.probabilityDecimal).toBe(c.expected.risk);
      } else expect([status, json.resourceType]).toEqual([c.problems ? 400 : 422, 'OperationOutcome']);
    },
  );

  it.each(
    [...completeProfiles, ...partialProfiles].flatMap((v) =>
      [0, 1].map((variant) => [JSON.stringify(v), variant, v] as const),
    ),
  )(
    'a Bundle of %s (variant %i): a valid RiskAssessment about the Observations’ patient, or a valid OperationOutcome',
    async (_, variant, values) => {
      const { status, json } = await post(operation, bundle(Object.values(observationsFor(values, variant)).flat()));
      expect(fhirR4Problems(json)).toEqual([]);
      if (status === 200) expect(json.subject).toEqual({ reference: 'Patient/p1' });
      else expect([status, json.resourceType]).toEqual([422, 'OperationOutcome']);
    },
  );

  it.each(completeProfiles.map((v) => [JSON.stringify(v), v] as const))(
    'the RiskAssessment a CDS card suggests for %s',
    async (_, values) => {
      // With the deployment's adjuvant code, every complete profile has one group, so a suggestion.
      const { json } = await post('/cds-services/lms', hookRequest(prefetchFor(values)), cdsRoutes(lms), {
        LMS_ADJUVANT_THERAPY_CODES: ADJUVANT_CODES,
      });
      const card = (json.cards as { suggestions?: { actions: { resource: object }[] }[] }[])[0]!;
      const resource = card.suggestions![0]!.actions[0]!.resource;
      expect(resource).toMatchObject({ resourceType: 'RiskAssessment', subject: { reference: 'Patient/p1' } });
      expect(fhirR4Problems(resource)).toEqual([]);
    },
  );

  const ki67 = () => Object.values(observationsFor({ ki67: 25, vascularInvasion: true })).flat();
  it.each([
    ['a body over 1 MB', 413, `{"resourceType":"Parameters","pad":"${' '.repeat(1024 * 1024)}"}`],
    ['a body that is not JSON', 400, '{'],
    ['another resource', 400, { resourceType: 'Patient' }],
    ['bad parameters', 400, parameters({ ki67: 150, vascularInvasion: 'maybe' }, 'Group/1')],
    [
      'Parameters without a subject',
      400,
      { resourceType: 'Parameters', parameter: [{ name: 'ki67', valueDecimal: 25 }] },
    ],
    ['a Bundle with no factor', 422, bundle([{ resourceType: 'Patient', id: 'p1' }])],
    [
      'Observations of two patients',
      422,
      bundle([ki67()[0]!, { ...ki67()[1]!, subject: { reference: 'Patient/p2' } }]),
    ],
    ['Observations that name no patient', 422, bundle(ki67().map((o) => ({ ...o, subject: undefined })))],
    ['inputs that allow two groups', 422, parameters({ ki67: 12 })],
  ])('the OperationOutcome for %s (%i)', async (_, expected, body) => {
    const { status, json } = await post(operation, body);
    expect([status, json.resourceType]).toEqual([expected, 'OperationOutcome']);
    expect(fhirR4Problems(json)).toEqual([]);
  });

  it('checked the required bindings of every coded element it met', () => {
    expect([...bindings.unchecked]).toEqual([]);
    expect([...bindings.checked]).toEqual(
      expect.arrayContaining(
        [
          'observation-status',
          'issue-type',
          'issue-severity',
          'publication-status',
          'item-type',
          'bundle-type',
          'http-verb',
        ].map((id) => `http://hl7.org/fhir/ValueSet/${id}`),
      ),
    );
  });
});

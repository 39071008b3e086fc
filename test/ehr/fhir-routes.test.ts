import { lms } from '@lms-score/core';
import { describe, expect, it } from 'vitest';
import { call, postJson } from '../worker/helpers.ts';
import { bundle, observationsFor, type RiskAssessmentJson } from './cds-fixtures.ts';

const parameters = (values: Record<string, unknown>, subject?: string) => ({
  resourceType: 'Parameters',
  parameter: [
    ...Object.entries(values).map(([name, v]) =>
      typeof v === 'boolean'
        ? { name, valueBoolean: v }
        : typeof v === 'number'
          ? { name, valueDecimal: v }
          : { name, valueString: v },
    ),
    ...(subject ? [{ name: 'subject', valueReference: { reference: subject } }] : []),
  ],
});
const operation = '/fhir/RiskAssessment/$lms';

describe('FHIR R4: the Questionnaire and the $lms RiskAssessment operation', () => {
  it('serves the SDC Questionnaire as application/fhir+json with an ETag, and 304 when unchanged', async () => {
    const response = await call('/fhir/Questionnaire/lms');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    const q = (await response.json()) as { url: string; version: string };
    expect(q.url).toBe('http://lms.test/fhir/Questionnaire/lms');
    expect(q.version).toBe(lms.stamp.version);
    const again = await call('/fhir/Questionnaire/lms', {
      headers: { 'if-none-match': response.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('scores a Parameters resource into a RiskAssessment with the core’s published risk and the provenance', async () => {
    const values = { ki67: 25, vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: false };
    const response = await postJson(operation, parameters(values, 'Patient/p9'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    const parsed = lms.parse(values);
    const r = parsed.ok ? lms.score(parsed.value) : null;
    const ra = (await response.json()) as RiskAssessmentJson;
    expect(ra).toMatchObject({
      resourceType: 'RiskAssessment',
      status: 'final',
      subject: { reference: 'Patient/p9' },
      method: { coding: [{ code: 'lms', version: lms.stamp.version }] },
      prediction: [{ probabilityDecimal: r!.risk, qualitativeRisk: { coding: [{ code: 'high' }] } }],
    });
    expect(ra.note[0]!.text).toContain('derived');
    expect(ra.note[0]!.text).toContain(lms.stamp.hash);
  });

  it('scores a Bundle of Observations, naming them as the basis and their patient as the subject', async () => {
    const values = { ki67: 1.5, vascularInvasion: false, lymphNodeMetastasis: false, adjuvantTherapy: true };
    const observations = Object.values(observationsFor(values)).flat();
    // The adjuvant code is a deployment's own: without it the factor is unknown, and the group is
    // still low (0 or 1 point), so the RiskAssessment holds.
    const response = await postJson(operation, bundle(observations));
    expect(response.status).toBe(200);
    const ra = (await response.json()) as RiskAssessmentJson & { subject: { reference: string } };
    expect(ra.subject).toEqual({ reference: 'Patient/p1' });
    expect(ra.prediction[0]!.qualitativeRisk.coding[0]!.code).toBe('low');
    expect(ra.basis.map((b) => b.reference)).toEqual(observations.slice(0, 3).map((o) => `Observation/${o.id}`));
    expect(ra.note[0]!.text).toContain('Unknown: adjuvantTherapy');
  });

  it.each([
    ['one of them is about another patient', { subject: { reference: 'Patient/p2' } }, 'Patient/p2: Observation/'],
    ['one of them names no patient', { subject: undefined }, 'no Patient/<id>: Observation/'],
    ['one of them is about a Group', { subject: { reference: 'Group/g1' } }, 'no Patient/<id>: Observation/'],
  ])('answers 422 naming the Observations when %s: none is scored silently', async (_, extra, named) => {
    const observations = Object.values(observationsFor({ ki67: 25, vascularInvasion: true })).flat();
    const other = { ...observations[1]!, ...extra };
    const response = await postJson(operation, bundle([observations[0]!, other]));
    expect(response.status).toBe(422);
    const outcome = (await response.json()) as { issue: { code: string; diagnostics: string }[] };
    expect(outcome.issue).toHaveLength(1);
    expect(outcome.issue[0]!.code).toBe('business-rule');
    expect(outcome.issue[0]!.diagnostics).toContain(`Patient/p1: Observation/${observations[0]!.id}`);
    expect(outcome.issue[0]!.diagnostics).toContain(`${named}${other.id}`);
  });

  it('answers 422 when no Observation names its patient: a RiskAssessment needs a subject', async () => {
    const observations = Object.values(observationsFor({ ki67: 25, vascularInvasion: true })).flat();
    const response = await postJson(operation, bundle(observations.map((o) => ({ ...o, subject: undefined }))));
    expect(response.status).toBe(422);
    const outcome = (await response.json()) as { issue: { code: string; diagnostics: string }[] };
    expect(outcome.issue[0]!.diagnostics).toMatch(/^No Observation names its patient/);
  });

  it('answers 400 naming subject when Parameters have none (RiskAssessment.subject is 1..1)', async () => {
    const values = { ki67: 25, vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: false };
    const response = await postJson(operation, parameters(values));
    expect(response.status).toBe(400);
    const outcome = (await response.json()) as { issue: { code: string; expression: string[] }[] };
    expect(outcome.issue).toEqual([expect.objectContaining({ code: 'required', expression: ['subject'] })]);
  });

  it('answers 422 when the inputs allow more than one group: no single published risk applies', async () => {
    const response = await postJson(operation, parameters({ ki67: 12 }, 'Patient/p9'));
    expect(response.status).toBe(422);
    const outcome = (await response.json()) as { resourceType: string; issue: { code: string; diagnostics: string }[] };
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(outcome.issue[0]!.diagnostics).toContain('more than one risk group');
  });

  it('names each bad parameter in an OperationOutcome with 400', async () => {
    const response = await postJson(operation, parameters({ ki67: 150, vascularInvasion: 'maybe' }, 'Group/1'));
    expect(response.status).toBe(400);
    const outcome = (await response.json()) as { issue: { expression: string[] }[] };
    expect(outcome.issue.map((i) => i.expression[0]).sort()).toEqual(['ki67', 'subject', 'vascularInvasion']);
  });

  it.each([
    [
      'valueBoolean holding a string',
      [{ name: 'vascularInvasion', valueBoolean: 'true' }],
      'vascularInvasion',
      'valueBoolean must be a JSON boolean',
    ],
    [
      'valueDecimal holding a string',
      [{ name: 'ki67', valueDecimal: '12' }],
      'ki67',
      'valueDecimal must be a JSON number',
    ],
    [
      'a type it does not read',
      [{ name: 'ki67', valueCoding: { code: '<3' } }],
      'ki67',
      'must be one of valueDecimal, valueInteger, valueString',
    ],
    ['two value[x]', [{ name: 'ki67', valueDecimal: 12, valueInteger: 12 }], 'ki67', 'more than one value[x]'],
    ['a parameter that is not an object', [null], 'parameter[0]', 'must be an object with a name'],
  ])('refuses %s with 400 naming it, not a guess', async (_, parameter, field, says) => {
    const body = {
      resourceType: 'Parameters',
      parameter: [...parameter, { name: 'subject', valueReference: { reference: 'Patient/1' } }],
    };
    const response = await postJson(operation, body);
    expect(response.status).toBe(400);
    const outcome = (await response.json()) as { issue: { expression: string[]; diagnostics: string }[] };
    expect(outcome.issue.find((i) => i.expression[0] === field)?.diagnostics).toContain(says);
  });

  it('refuses a parameter list or a Bundle entry that is not an array, naming it', async () => {
    const notList = await postJson(operation, { resourceType: 'Parameters', parameter: {} });
    expect(notList.status).toBe(400);
    expect(JSON.stringify(await notList.json())).toContain('"expression":["parameter"]');
    const notEntries = await postJson(operation, { resourceType: 'Bundle', type: 'collection', entry: 'x' });
    expect(notEntries.status).toBe(400);
    expect(JSON.stringify(await notEntries.json())).toContain('"expression":["entry"]');
  });
});

describe('the EHR Worker: 405 with Allow, derived from the routes', () => {
  it.each([
    ['/cds-services', 'GET'],
    ['/cds-services/lms', 'POST'],
    ['/cds-services/lms/feedback', 'POST'],
    ['/fhir/Questionnaire/lms', 'GET'],
    ['/fhir/RiskAssessment/$lms', 'POST'],
    ['/healthz', 'GET'],
  ])('%s answers PUT with 405 and Allow: %s', async (path, allow) => {
    const res = await call(path, { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
  });

  it('answers under /fhir with OperationOutcomes, as FHIR clients expect', async () => {
    const missing = await call('/fhir/Questionnaire/other');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/fhir+json');
    expect(await missing.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'not-found' }] });
    const wrongMethod = await call('/fhir/RiskAssessment/$lms', { method: 'GET' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect(await wrongMethod.json()).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ code: 'not-supported' }],
    });
    expect((await call('/cds-services/other', { method: 'POST' })).headers.get('content-type')).toBe(
      'application/problem+json',
    );
  });

  it('answers other paths with 404', async () => {
    expect((await call('/fhir/Patient/1')).status).toBe(404);
    expect((await call('/cds-services/other', { method: 'POST' })).status).toBe(404);
  });
});

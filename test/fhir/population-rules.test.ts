import { lms } from '@lms-score/core';
import fc from 'fast-check';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../worker/ehr/fhir/questionnaire.ts';
import { SOURCE_QUERIES } from '../../worker/ehr/fhir/sdc-population.ts';
import { batchResponse, type Observation, PATIENT, queriesOf, readerAnswers } from './population-fixtures.ts';

// The Questionnaire's initialExpressions against the CDS reader (read-observations.ts), on any mix
// of Observations an EHR might hold: statuses, codes, patients, dates of several precisions and
// time zones, and values the reader reads or refuses. HL7's fhirpath evaluates the expressions.
const q = questionnaire(lms, 'https://lms.example');
type Item = { linkId: string; extension?: { url: string; valueExpression: { expression: string } }[] };
const initial = Object.fromEntries(
  (q.item as Item[]).flatMap((i) =>
    (i.extension ?? [])
      .filter((e) => e.url.endsWith('initialExpression'))
      .map((e) => [i.linkId, fhirpath.compile(e.valueExpression.expression, r4)] as const),
  ),
);

/** What the Questionnaire prefills from these Observations, evaluated as an SDC filler would. */
function prefilled(observations: readonly Observation[], lax = true): Record<string, string> {
  const env = { patient: PATIENT, [SOURCE_QUERIES]: batchResponse(observations, queriesOf(q), lax) };
  const out: Record<string, string> = {};
  for (const [linkId, evaluate] of Object.entries(initial)) {
    const value = evaluate({}, env) as unknown[];
    if (value.length > 1) throw new Error(`${linkId} gave ${value.length} answers`);
    if (value.length === 1) out[linkId] = value[0] as string;
  }
  return out;
}

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const SNOMED = 'http://snomed.info/sct';
const quantity = (value: number, unit: object) => ({ valueQuantity: { value, ...unit } });
const units = [
  { unit: '%', system: UCUM, code: '%' },
  { unit: '%' },
  { code: '%' },
  { unit: '%', system: UCUM, code: 'mg' },
  {},
];
const VALUES: Record<string, fc.Arbitrary<object>> = {
  '29593-1': fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(1, 12, 35).map((v) => quantity(v, units[0]!)) },
    fc
      .tuple(fc.constantFrom(-1, 0, 2.99, 3, 12, 20, 20.01, 35, 100, 150), fc.constantFrom(units[0]!, ...units))
      .map(([v, u]) => quantity(v, u)),
    fc.constant({ valueString: '12' }),
    fc.constant({}),
  ),
  '59544-7': fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .boolean()
        .map((yes) => ({ valueCodeableConcept: { coding: [{ system: SNOMED, code: yes ? '52101004' : '2667000' }] } })),
    },
    fc.boolean().map((valueBoolean) => ({ valueBoolean })),
    fc
      .subarray(['52101004', '2667000', '260385009'], { minLength: 1 })
      .map((codes) => ({ valueCodeableConcept: { coding: codes.map((code) => ({ system: SNOMED, code })) } })),
    fc.constant({ valueCodeableConcept: { coding: [{ system: 'http://other.example', code: '52101004' }] } }),
    fc.constant({}),
  ),
  '21893-3': fc.oneof(
    fc.constantFrom(-1, 0, 3).map((valueInteger) => ({ valueInteger })),
    fc.constantFrom(0, 2, 2.5).map((value) => ({ valueQuantity: { value } })),
    fc.constant({}),
  ),
  '21900-6': fc.oneof(
    fc
      .constantFrom('pN0', 'pN1a', 'ypN2', 'rpN3', ' n1', 'NX', 'pN0(i+)', 'T2N1', 'cn0')
      .map((text) =>
        fc.constantFrom(
          { valueCodeableConcept: { text } },
          { valueCodeableConcept: { coding: [{ system: 'http://example/tnm', code: text }] } },
          {
            valueCodeableConcept: { coding: [{ system: 'http://example/tnm', code: 'x', display: text }], text: 'pN0' },
          },
          { valueString: text },
        ),
      )
      .chain((a) => a),
    fc.constant({}),
  ),
};
const DATES = [
  { effectiveDateTime: '2024-11-20' },
  { effectiveDateTime: '2025-03-01' },
  { effectiveDateTime: '2025-03-01T10:00:00Z' },
  { effectiveDateTime: '2025-03-02T01:00:00+05:00' },
  { effectiveDateTime: '2025-06' },
  { effectiveInstant: '2025-04-01T08:00:00.000Z' },
  { effectivePeriod: { start: '2025-01-10', end: '2025-05-10' } },
  { effectivePeriod: { start: '2025-02-10' } },
  { issued: '2025-05-01T12:00:00Z' },
  {},
];
const observation = fc
  .record({
    code: fc.constantFrom(...Object.keys(VALUES), '2160-0'),
    status: fc.constantFrom(
      'final',
      'final',
      'final',
      'amended',
      'corrected',
      'preliminary',
      'entered-in-error',
      undefined,
    ),
    subject: fc.constantFrom('Patient/p1', 'Patient/p1', 'Patient/p1', 'Patient/p1', 'Patient/p2', undefined),
    date: fc.constantFrom(...DATES),
  })
  .chain((o) => (VALUES[o.code] ?? fc.constant({ valueQuantity: { value: 1 } })).map((value) => ({ ...o, value })));
const observations = fc.array(observation, { minLength: 2, maxLength: 12 }).map((list) =>
  list.map(
    (o, i): Observation => ({
      resourceType: 'Observation',
      id: `o${i}`,
      ...(o.status ? { status: o.status } : {}),
      code: { coding: [{ system: LOINC, code: o.code }] },
      ...(o.subject ? { subject: { reference: o.subject } } : {}),
      ...o.date,
      ...o.value,
    }),
  ),
);

describe('SDC population follows the CDS reader (HL7 fhirpath on the initialExpressions)', () => {
  it('prefills Ki-67, vascular invasion and lymph nodes, and never adjuvant therapy (no standard code)', () => {
    expect(Object.keys(initial)).toEqual(['ki67', 'vascularInvasion', 'lymphNodeMetastasis']);
  });

  // 2,000 runs of HL7 fhirpath take about 3 s alone and more on a busy machine: this checks answers,
  // never time, so its limit is far above any run.
  it('gives the same answer per factor as the CDS reader, for any mix of Observations', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(observations, (list) => {
        expect(prefilled(list)).toEqual(readerAnswers(list));
      }),
      { numRuns: 2_000 },
    );
  });

  it('takes the newest usable Observation even when it cannot be read (unknown, as the reader says)', () => {
    const ki67 = (id: string, date: string, value: object, status = 'final'): Observation => ({
      resourceType: 'Observation',
      id,
      status,
      code: { coding: [{ system: LOINC, code: '29593-1' }] },
      subject: { reference: 'Patient/p1' },
      effectiveDateTime: date,
      ...value,
    });
    const older = ki67('a', '2024-01-01', quantity(12, units[0]!));
    expect(prefilled([older, ki67('b', '2025-01-01', quantity(35, units[0]!))]).ki67).toBe('>20');
    expect(prefilled([older, ki67('b', '2025-01-01', quantity(35, units[0]!), 'preliminary')]).ki67).toBe('3-20');
    expect(prefilled([older, ki67('b', '2025-01-01', quantity(35, { unit: 'mg' }))]).ki67).toBeUndefined();
    expect(prefilled([older, ki67('b', '2025-01-01', quantity(150, units[0]!))]).ki67).toBeUndefined();
  });
});

import { lms } from '@lms-score/core';
import { describe, expect, it } from 'vitest';
import { completeProfiles, observationsFor, partialProfiles } from '../ehr/cds-fixtures.ts';
import { fhirR4Problems } from './fhir-r4-validator.ts';
import { fill, q, response } from './fill-questionnaire.ts';
import { type Observation, populate, readerAnswers } from './population-fixtures.ts';

// CSIRO's SDC $populate (@aehrc/sdc-populate, as the Smart Forms app uses it) fills the
// Questionnaire from a FHIR server's Observations: it runs the contained batch searches for the
// launch-context patient and evaluates each initialExpression. Its answers must be the CDS
// reader's, and the QuestionnaireResponse valid R4.
const named = (values: object, variant: number) =>
  `${JSON.stringify(values).replace(/"/g, '')}${variant ? ' (valueBoolean, node count)' : ' (SNOMED CT, pN)'}`;
const cases = (profiles: typeof completeProfiles) =>
  profiles.flatMap((values) => [0, 1].map((variant) => [named(values, variant), values, variant] as const));

describe('@aehrc/sdc-populate prefills the Questionnaire as the CDS reader reads the record', () => {
  it.each(cases(completeProfiles))(
    '%s: 3 of 4 factors, and with adjuvant therapy entered, the core’s score',
    async (_, values, variant) => {
      const observations = Object.values(observationsFor(values, variant)).flat() as Observation[];
      const { qr, answers, queries, issues } = await populate(q, observations);
      expect(queries).toHaveLength(3);
      expect(queries.every((query) => query.startsWith('Observation?patient=p1&code='))).toBe(true);
      expect(issues?.issue?.filter((i: { severity?: string }) => i.severity === 'error') ?? []).toEqual([]);
      const reader = readerAnswers(observations);
      expect(Object.keys(reader)).toEqual(['ki67', 'vascularInvasion', 'lymphNodeMetastasis']);
      expect(answers).toEqual(reader);
      expect(fhirR4Problems(qr)).toEqual([]);
      // The clinician enters the one factor no standard code records; the form then scores as the core.
      const adjuvantTherapy = values.adjuvantTherapy ? 'yes' : 'no';
      const parsed = lms.parse(values);
      if (!parsed.ok) throw new Error('profile must parse');
      const r = lms.score(parsed.value);
      expect(fill(response({ ...answers, adjuvantTherapy }))).toEqual({
        points: r.points,
        riskGroup: r.riskGroup,
        risk: r.risk,
      });
    },
  );

  it.each(cases(partialProfiles))('%s: what the record holds, and nothing else', async (_, values, variant) => {
    const observations = Object.values(observationsFor(values, variant)).flat() as Observation[];
    const { qr, answers } = await populate(q, observations);
    expect(answers).toEqual(readerAnswers(observations));
    expect(fhirR4Problems(qr)).toEqual([]);
  });

  it('prefills nothing from Observations of another patient, preliminary ones, or a Ki-67 not in %', async () => {
    const found = observationsFor({ ki67: 12, vascularInvasion: true, lymphNodeMetastasis: true }) as Record<
      string,
      Observation[]
    >;
    const observations: Observation[] = [
      { ...found.ki67![0]!, valueQuantity: { value: 12, unit: 'mg', system: 'http://unitsofmeasure.org', code: 'mg' } },
      { ...found.vascularInvasion![0]!, status: 'preliminary' },
      { ...found.lymphNodeMetastasis![0]!, subject: { reference: 'Patient/p2' } },
    ];
    const { answers } = await populate(q, observations);
    expect(answers).toEqual({});
    expect(readerAnswers(observations)).toEqual({});
  });
});

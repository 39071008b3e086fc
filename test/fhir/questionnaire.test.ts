import { lms } from '@lms-score/core';
import { describe, expect, it } from 'vitest';
import { fill, type Item, items, q, response } from './fill-questionnaire.ts';

// HL7's FHIRPath engine is the oracle: it evaluates the Questionnaire's own expressions over a
// filled QuestionnaireResponse, as an SDC form filler would (fill-questionnaire.ts).
const SDC = 'http://hl7.org/fhir/uv/sdc/StructureDefinition';

const LEVEL_VALUE: Record<string, unknown> = { '<3': 1, '3-20': 12, '>20': 35, yes: true, no: false };

const factorLevels = lms.definition.factors.map((f) => f.levels.map((l) => [f.id, l.id] as const));
const profiles = factorLevels.reduce<[string, string][][]>(
  (acc, levels) => acc.flatMap((p) => levels.map((l) => [...p, [l[0], l[1]] as [string, string]])),
  [[]],
);

describe('the SDC Questionnaire, evaluated by HL7 fhirpath', () => {
  it('is generated from the model: an item per factor with itemWeight points, and the version and hash', () => {
    expect(q).toMatchObject({
      resourceType: 'Questionnaire',
      url: 'https://lms.example/fhir/Questionnaire/lms',
      version: lms.stamp.version,
    });
    expect(q.meta.tag[0]!.code).toBe(lms.stamp.hash);
    for (const f of lms.definition.factors) {
      const item = items.find((i) => i.linkId === f.id)!;
      expect(item.answerOption!.map((o) => [o.valueCoding.code, o.extension[0]!.valueDecimal])).toEqual(
        f.levels.map((l) => [l.id, l.points.value]),
      );
    }
  });

  it('declares the SDC profiles it follows (behave, pop-exp), not adapt, whose definition it does not meet', () => {
    expect(q.meta.profile).toEqual([`${SDC}/sdc-questionnaire-behave`, `${SDC}/sdc-questionnaire-pop-exp`]);
  });

  it('computes without weight() or %questionnaire, and populates without x-fhir-query', () => {
    const text = JSON.stringify(q);
    expect(text).not.toContain('weight()');
    expect(text).not.toContain('%questionnaire');
    expect(text).not.toContain('x-fhir-query');
  });

  it('names the patient launch context and a contained batch Bundle of one search per coded factor', () => {
    const extensions = q.extension as { url: string; extension?: object[]; valueReference?: { reference: string } }[];
    expect(extensions.find((e) => e.url === `${SDC}/sdc-questionnaire-launchContext`)?.extension).toEqual([
      { url: 'name', valueCoding: { system: 'http://hl7.org/fhir/uv/sdc/CodeSystem/launchContext', code: 'patient' } },
      { url: 'type', valueCode: 'Patient' },
      expect.objectContaining({ url: 'description' }),
    ]);
    const reference = extensions.find((e) => e.url === `${SDC}/sdc-questionnaire-sourceQueries`)?.valueReference;
    expect(q.contained).toEqual([
      {
        resourceType: 'Bundle',
        id: reference!.reference.slice(1),
        type: 'batch',
        entry: [
          'http://loinc.org|29593-1',
          'http://loinc.org|59544-7',
          'http://loinc.org|21893-3,http://loinc.org|21900-6',
        ].map((codes) => ({
          request: { method: 'GET', url: `Observation?patient={{%patient.id}}&code=${codes}&_sort=-date` },
        })),
      },
    ]);
    const adjuvant = items.find((i) => i.linkId === 'adjuvantTherapy') as Item & { text: string };
    expect(adjuvant.extension).toBeUndefined();
    expect(adjuvant.text).toContain('not prefilled: no standard code records it');
  });

  it.each(profiles.map((p) => [p.map(([, l]) => l).join(' / '), p] as const))(
    '%s gives the core’s points, group and risk',
    (_, profile) => {
      const raw = Object.fromEntries(profile.map(([f, l]) => [f, LEVEL_VALUE[l]]));
      const parsed = lms.parse(raw);
      if (!parsed.ok) throw new Error('profile must parse');
      const r = lms.score(parsed.value);
      expect(fill(response(Object.fromEntries(profile)))).toEqual({
        points: r.points,
        riskGroup: r.riskGroup,
        risk: r.risk,
      });
    },
  );

  it('leaves points, group and risk blank while any factor is unanswered (unknown is never "no")', () => {
    expect(fill(response({ ki67: '>20', vascularInvasion: 'yes', lymphNodeMetastasis: 'yes' }))).toEqual({
      points: null,
      riskGroup: null,
      risk: null,
    });
  });
});

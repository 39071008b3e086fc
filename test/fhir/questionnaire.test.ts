import { lms } from '@lms-score/core';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../worker/ehr/fhir/questionnaire.ts';

// HL7's FHIRPath engine is the oracle: it evaluates the Questionnaire's own expressions over a
// filled QuestionnaireResponse, with %resource and %questionnaire, as an SDC form filler would.
const q = questionnaire(lms, 'https://lms.example');
type Extension = { url: string; valueExpression: { name?: string; expression: string } };
type Option = { extension: { valueDecimal: number }[]; valueCoding: { code: string } };
type Item = { linkId: string; extension?: Extension[]; answerOption?: Option[] };
const items = q.item as Item[];
const variables = (q.extension as Extension[]).map((e) => e.valueExpression);
const calculated = (linkId: string) =>
  items.find((i) => i.linkId === linkId)!.extension![0]!.valueExpression.expression;

const LEVEL_VALUE: Record<string, unknown> = { '<3': 1, '3-20': 12, '>20': 35, yes: true, no: false };

/** A QuestionnaireResponse answering each given factor with its level's answer option. */
function response(levels: Record<string, string>) {
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: q.url,
    status: 'completed',
    item: Object.entries(levels).map(([linkId, level]) => {
      const option = items.find((i) => i.linkId === linkId)!.answerOption!.find((o) => o.valueCoding.code === level)!;
      return { linkId, answer: [{ valueCoding: option.valueCoding }] };
    }),
  };
}

/** The form's calculated items, evaluated by fhirpath as an SDC filler would (variables in order). */
function fill(qr: object) {
  const env: Record<string, unknown> = { resource: qr, questionnaire: q };
  const evaluate = (expression: string) => fhirpath.evaluate(qr, expression, env, r4) as unknown[];
  for (const v of variables) env[v.name!] = evaluate(v.expression);
  const value = (linkId: string) => evaluate(calculated(linkId))[0] ?? null;
  return { points: value('points'), riskGroup: value('riskGroup'), risk: value('risk') };
}

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

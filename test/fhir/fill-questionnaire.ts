// The Questionnaire as an SDC form filler sees it: QuestionnaireResponses that answer its factors,
// and its calculated items evaluated by HL7's fhirpath with %resource only (no %questionnaire: CSIRO's
// Smart Forms does not supply it to Questionnaire-level variables).
import { lms } from '@lms-score/core';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { questionnaire } from '../../worker/ehr/fhir/questionnaire.ts';

export const q = questionnaire(lms, 'https://lms.example');
type Extension = { url: string; valueExpression: { name?: string; expression: string } };
type Option = { extension: { valueDecimal: number }[]; valueCoding: { code: string } };
export type Item = { linkId: string; text: string; extension?: Extension[]; answerOption?: Option[] };
export const items = q.item as Item[];
const variables = (q.extension as Extension[])
  .filter((e) => e.url === 'http://hl7.org/fhir/StructureDefinition/variable')
  .map((e) => e.valueExpression);
const calculated = (linkId: string) =>
  items.find((i) => i.linkId === linkId)!.extension![0]!.valueExpression.expression;

/** A QuestionnaireResponse answering each given factor (linkId: answer code) with its answer option's Coding. */
export function response(levels: Record<string, string>) {
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

/** The form's calculated items over a QuestionnaireResponse (variables in order), as an SDC filler would. */
export function fill(qr: object) {
  const env: Record<string, unknown> = { resource: qr };
  const evaluate = (expression: string) => fhirpath.evaluate(qr, expression, env, r4) as unknown[];
  for (const v of variables) env[v.name!] = evaluate(v.expression);
  const value = (linkId: string) => evaluate(calculated(linkId))[0] ?? null;
  return { points: value('points'), riskGroup: value('riskGroup'), risk: value('risk') };
}

import type { ModelDefinition, Scorer } from '@lms-score/core';

const SDC = 'http://hl7.org/fhir/uv/sdc/StructureDefinition';
const ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
const VARIABLE = 'http://hl7.org/fhir/StructureDefinition/variable';
const fhirpath = (name: string, expression: string) => ({
  url: VARIABLE,
  valueExpression: { name, language: 'text/fhirpath', expression },
});
const calculated = (expression: string) => ({
  url: `${SDC}/sdc-questionnaire-calculatedExpression`,
  valueExpression: { language: 'text/fhirpath', expression },
});

/**
 * The model as an SDC Questionnaire (FHIR R4): one choice item per factor whose answer options
 * carry their points as itemWeight, and read-only items the form fills by FHIRPath: the points
 * (only once every factor is answered: a blank is unknown, never "no"), the risk group by the
 * model's cut-offs, and the group's published risk. Generated from the definition, so the form and
 * the core cannot disagree.
 *
 * @example
 * questionnaire(lms, 'https://lms.example').item.length; // 4 factors + points, group, risk
 */
export function questionnaire(scorer: Scorer<ModelDefinition>, origin: string) {
  const m = scorer.definition;
  const ids = m.factors.map((f) => `'${f.id}'`).join(' | ');
  const answers = `%resource.item.where(linkId in (${ids})).answer`;
  const groupExpression = m.riskGroups.reduceRight(
    (otherwise, g) => `iif(%points <= ${g.maxPoints.value}, '${g.id}', ${otherwise})`,
    '{}',
  );
  const riskExpression = m.riskGroups.reduceRight(
    (otherwise, g) => `iif(%riskGroup = '${g.id}', ${g.risk.value}, ${otherwise})`,
    '{}',
  );
  return {
    resourceType: 'Questionnaire',
    id: m.id,
    url: `${origin}/fhir/Questionnaire/${m.id}`,
    version: m.version,
    meta: {
      profile: [`${SDC}/sdc-questionnaire-adapt`],
      tag: [{ system: `${origin}/fhir/model-hash`, code: scorer.stamp.hash, display: `${m.name} ${m.version}` }],
    },
    name: m.name.replace(/[^A-Za-z0-9]/g, ''),
    title: m.name,
    status: 'active',
    subjectType: ['Patient'],
    description: `${m.scope} Points and cut-offs are derived; the group risks are published. ${m.citation.text} doi:${m.citation.doi}`,
    extension: [
      fhirpath('answered', `${answers}.count()`),
      fhirpath('points', `iif(%answered = ${m.factors.length}, ${answers}.value.weight().sum(), {})`),
      fhirpath('riskGroup', `iif(%points.exists(), ${groupExpression}, {})`),
    ],
    item: [
      ...m.factors.map((f) => ({
        linkId: f.id,
        text: f.kind === 'banded' ? `${f.label} (${f.unit})` : f.label,
        type: 'choice',
        required: false,
        answerOption: f.levels.map((level) => ({
          extension: [{ url: ITEM_WEIGHT, valueDecimal: level.points.value }],
          valueCoding: {
            system: `${origin}/fhir/CodeSystem/${m.id}-${f.id}`,
            code: level.id,
            display: level.label,
          },
        })),
      })),
      {
        linkId: 'points',
        text: `${m.name} points (derived; blank until every factor is answered)`,
        type: 'integer',
        readOnly: true,
        extension: [calculated('%points')],
      },
      {
        linkId: 'riskGroup',
        text: 'Risk group (derived cut-offs)',
        type: 'string',
        readOnly: true,
        extension: [calculated('%riskGroup')],
      },
      {
        linkId: 'risk',
        text: `Published ${m.horizonYears.value}-year risk of the group (fraction)`,
        type: 'decimal',
        readOnly: true,
        extension: [calculated(riskExpression)],
      },
    ],
  };
}

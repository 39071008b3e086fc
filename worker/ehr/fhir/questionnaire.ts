import type { ModelDefinition, Scorer } from '@lms-score/core';
import { LMS_FHIR } from './lms-fhir.ts';
import { sdcPopulation } from './sdc-population.ts';

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
 * model's cut-offs, and the group's published risk. The points are summed from the answers' codes
 * (not `weight()`, which needs a `%questionnaire` that not every renderer supplies). A filler with
 * the patient's record prefills each factor that has an Observation code (sdc-population.ts).
 * Generated from the definition, so the form and the core cannot disagree.
 *
 * @example
 * questionnaire(lms, 'https://lms.example').item.length; // 4 factors + points, group, risk
 */
export function questionnaire(scorer: Scorer<ModelDefinition>, origin: string) {
  const m = scorer.definition;
  const population = sdcPopulation(m.factors);
  // Each factor's points from its answer's code; empty while unanswered, so the sum stays empty.
  const points = m.factors
    .map((f) => {
      const byCode = f.levels.reduceRight<string>(
        (otherwise, l) => `iif($this = '${l.id}', ${l.points.value}, ${otherwise})`,
        '{}',
      );
      return `%resource.item.where(linkId = '${f.id}').answer.valueCoding.code.select(${byCode})`;
    })
    .join(' + ');
  const prefill = (linkId: string) => {
    const expression = Object.hasOwn(population.initialExpression, linkId) && population.initialExpression[linkId];
    return expression
      ? {
          url: `${SDC}/sdc-questionnaire-initialExpression`,
          valueExpression: { language: 'text/fhirpath', expression },
        }
      : null;
  };
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
      profile: [`${SDC}/sdc-questionnaire-behave`, `${SDC}/sdc-questionnaire-pop-exp`],
      tag: [{ system: `${origin}/fhir/model-hash`, code: scorer.stamp.hash, display: `${m.name} ${m.version}` }],
    },
    name: m.name.replace(/[^A-Za-z0-9]/g, ''),
    title: m.name,
    status: 'active',
    subjectType: ['Patient'],
    description: `${m.scope} Points and cut-offs are derived; the group risks are published. ${m.citation.text} doi:${m.citation.doi} ${LMS_FHIR.caveat}`,
    contained: population.contained,
    extension: [
      ...population.extension,
      fhirpath('points', points),
      fhirpath('riskGroup', `iif(%points.exists(), ${groupExpression}, {})`),
    ],
    item: [
      ...m.factors.map((f) => ({
        linkId: f.id,
        text: `${f.kind === 'banded' ? `${f.label} (${f.unit})` : f.label}${prefill(f.id) ? '' : ' (not prefilled: no standard code records it)'}`,
        type: 'choice',
        required: false,
        ...(prefill(f.id) ? { extension: [prefill(f.id)] } : {}),
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

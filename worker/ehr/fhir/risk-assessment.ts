import type { ModelDefinition, ScoreResult, Scorer } from '@lms-score/core';
import { LMS_FHIR, RISK_PROBABILITY, UCUM } from './lms-fhir.ts';

export interface RiskAssessmentContext {
  /** "Patient/<id>". R4 requires it (1..1): the operation always has one; a CDS card has its patient. */
  readonly subject?: string;
  /** References of the Observations the inputs came from. */
  readonly basis: readonly string[];
  /** Where this API is served, for the model's canonical method code. */
  readonly origin: string;
  readonly now: string;
}

const years = (value: number) => ({ value, unit: 'a', system: UCUM, code: 'a' });

/** The provenance note: what is published, what is derived, and what is unknown. */
function provenanceNote(scorer: Scorer<ModelDefinition>, result: ScoreResult): string {
  const { definition: m } = scorer;
  const unknown = result.breakdown.filter((b) => !b.known).map((b) => b.factor);
  return [
    `${m.name} ${m.version} (model hash ${scorer.stamp.hash}). ${m.citation.text} doi:${m.citation.doi}.`,
    `Points ${result.pointsRange[0] === result.pointsRange[1] ? result.points : `${result.pointsRange[0]}-${result.pointsRange[1]}`} (${result.pointsProvenance}: the paper's point table is not public, so the points and cut-offs are derived from its hazard ratios).`,
    `Risk ${result.risk} is the group's ${result.riskProvenance} ${result.horizonYears}-year ${LMS_FHIR.outcome} risk.`,
    unknown.length ? `Unknown: ${unknown.join(', ')}; the group is the same whatever they are.` : '',
    'Decision support only: not a substitute for clinical judgement.',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * A FHIR R4 RiskAssessment for a result that names one risk group (complete, or partial with only
 * one group possible); null otherwise, since no single published risk applies.
 *
 * @example
 * riskAssessment(lms, result, { subject: 'Patient/1', basis: ['Observation/k'], origin: 'https://lms.example', now })
 * // { resourceType: 'RiskAssessment', status: 'final', prediction: [{ probabilityDecimal: 0.497, ... }], ... }
 */
export function riskAssessment(
  scorer: Scorer<ModelDefinition>,
  result: ScoreResult,
  context: RiskAssessmentContext,
): Record<string, unknown> | null {
  const group = result.riskGroup;
  if (group === null || result.risk === null || !Object.hasOwn(LMS_FHIR.qualitativeRisk, group)) return null;
  const { id, version, hash } = scorer.stamp;
  const qualitative = LMS_FHIR.qualitativeRisk[group as keyof typeof LMS_FHIR.qualitativeRisk];
  return {
    resourceType: 'RiskAssessment',
    status: 'final',
    ...(context.subject ? { subject: { reference: context.subject } } : {}),
    occurrenceDateTime: context.now,
    method: {
      coding: [
        { system: `${context.origin}/fhir/CodeSystem/models`, code: id, version, display: scorer.definition.name },
      ],
      text: `${scorer.definition.name} ${version}, model hash ${hash}`,
    },
    // FHIR JSON has no empty arrays: no basis when no Observation was read (Parameters input).
    ...(context.basis.length ? { basis: context.basis.map((reference) => ({ reference })) } : {}),
    prediction: [
      {
        outcome: { text: LMS_FHIR.outcome },
        probabilityDecimal: result.risk,
        qualitativeRisk: { coding: [{ system: RISK_PROBABILITY, ...qualitative }] },
        whenRange: { low: years(0), high: years(result.horizonYears) },
        rationale: `${scorer.definition.riskGroups.find((g) => g.id === group)?.label ?? group}: published ${result.horizonYears}-year risk.`,
      },
    ],
    note: [{ text: provenanceNote(scorer, result) }],
  };
}

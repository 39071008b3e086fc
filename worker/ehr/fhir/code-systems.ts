import type { ModelDefinition, Scorer } from '@lms-score/core';

/**
 * The code systems this service's resources name, served so that each system URL resolves:
 * `models` (RiskAssessment.method: the models this service scores) and one per factor
 * (`<model>-<factor>`: the Questionnaire's answer codes, the factor's levels). Null for any other id.
 *
 * @example
 * codeSystem(lms, 'https://ehr.example', 'lms-ki67')?.concept; // [{ code: '<3', display: '<3%' }, ...]
 */
export function codeSystem(
  scorer: Scorer<ModelDefinition>,
  origin: string,
  id: string,
): Record<string, unknown> | null {
  const m = scorer.definition;
  const base = (name: string, title: string, description: string) => ({
    resourceType: 'CodeSystem',
    id,
    url: `${origin}/fhir/CodeSystem/${id}`,
    name,
    title,
    status: 'active',
    experimental: false,
    description,
    caseSensitive: true,
    content: 'complete',
  });
  if (id === 'models')
    return {
      ...base('Models', 'Scoring models', 'The risk models this service scores; the version is the model version.'),
      concept: [{ code: m.id, display: m.name, definition: `${m.citation.text} doi:${m.citation.doi}.` }],
    };
  const factor = m.factors.find((f) => `${m.id}-${f.id}` === id);
  if (!factor) return null;
  return {
    ...base(
      `${m.id.toUpperCase()}${factor.id[0]!.toUpperCase()}${factor.id.slice(1)}`,
      `${m.name}: ${factor.label}`,
      `The levels of ${factor.label} in ${m.name} ${m.version}.`,
    ),
    concept: factor.levels.map((l) => ({ code: l.id, display: l.label })),
  };
}

import type { ModelDefinition } from '@lms-score/core';
import type { FactorStrings, ModelStrings } from '../locales/locale-strings.ts';

/**
 * A model's words taken from its definition (English), for a score whose locale files do not
 * exist yet: the calculator then still says what the model says, never nothing.
 *
 * @example
 * stringsFromDefinition(toyModel).groups; // { lower: 'Lower risk', higher: 'Higher risk' }
 */
export function stringsFromDefinition(def: ModelDefinition): ModelStrings {
  const factors: Record<string, FactorStrings> = {};
  for (const f of def.factors)
    factors[f.id] = { label: f.kind === 'banded' ? `${f.label} (${f.unit})` : f.label, name: f.label };
  const groups: Record<string, string> = {};
  for (const g of def.riskGroups) groups[g.id] = g.label;
  const whatIfTitles: Record<string, string> = {};
  for (const w of def.whatIf)
    whatIfTitles[w.factor] = `Had ${factors[w.factor]?.name ?? w.factor} been ${w.to ? 'yes' : 'no'}`;
  return {
    title: def.name,
    scope: def.scope,
    calculatorName: `${def.name} calculator`,
    summaryTitle: def.name,
    factors,
    groups,
    groupRisk: (years) => `${years}-year risk of ${def.outcome}, for the group`,
    chartTitle: `Published ${def.horizonYears.value}-year risk by group`,
    whatIfTitles,
    whatIfNote: def.whatIf[0]?.note ?? '',
    patientInHundred: (shown, years) =>
      `Think of 100 people in this group. In the study, about ${shown} of them had ${def.outcome} within ${years} years.`,
    derivedDetails: def.derivation,
  };
}

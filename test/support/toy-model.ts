import type { ModelDefinition } from '../../shared/model-definition.ts';

const FIXTURE = 'test fixture: made-up numbers, not a clinical model';

/**
 * A second, deliberately small score for the tests: one banded and one yes/no factor, two groups
 * and a 1-year horizon. If the core, the API and the widget handle it with no code of their own,
 * a second real score is a data file.
 */
export const toyModel = {
  id: 'toy',
  version: '0.0.1',
  name: 'Toy Score',
  outcome: 'a made-up outcome',
  horizonYears: { value: 1, provenance: 'derived', source: FIXTURE },
  scope: 'Tests only.',
  citation: { text: 'None: a test fixture.', doi: '10.0000/none', pmid: '0', url: 'https://example.org/' },
  evidence: {},
  derivation: 'Made up for the tests.',
  factors: [
    {
      kind: 'banded',
      id: 'age',
      label: 'Age',
      unit: 'years',
      min: 18,
      max: 120,
      levels: [
        {
          id: '<65',
          label: '<65',
          upperBound: { value: 65, inclusive: false },
          reference: true,
          hazardRatio: { value: 1, provenance: 'derived', source: FIXTURE },
          points: { value: 0, provenance: 'derived', source: FIXTURE },
        },
        {
          id: '>=65',
          label: '>=65',
          hazardRatio: { value: 4, provenance: 'derived', source: FIXTURE },
          points: { value: 2, provenance: 'derived', source: FIXTURE },
        },
      ],
    },
    {
      kind: 'boolean',
      id: 'smoker',
      label: 'Smoker',
      question: 'Currently smokes',
      levels: [
        {
          id: 'no',
          label: 'No',
          reference: true,
          hazardRatio: { value: 1, provenance: 'derived', source: FIXTURE },
          points: { value: 0, provenance: 'derived', source: FIXTURE },
        },
        {
          id: 'yes',
          label: 'Yes',
          hazardRatio: { value: 2, provenance: 'derived', source: FIXTURE },
          points: { value: 1, provenance: 'derived', source: FIXTURE },
        },
      ],
    },
  ],
  riskGroups: [
    {
      id: 'lower',
      label: 'Lower risk',
      minPoints: { value: 0, provenance: 'derived', source: FIXTURE },
      maxPoints: { value: 1, provenance: 'derived', source: FIXTURE },
      risk: { value: 0.1, provenance: 'derived', source: FIXTURE },
    },
    {
      id: 'higher',
      label: 'Higher risk',
      minPoints: { value: 2, provenance: 'derived', source: FIXTURE },
      maxPoints: { value: 3, provenance: 'derived', source: FIXTURE },
      risk: { value: 0.4, provenance: 'derived', source: FIXTURE },
    },
  ],
  whatIf: [],
} as const satisfies ModelDefinition;

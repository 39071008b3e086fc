import type { ModelDefinition } from './model-definition.ts';

const ABSTRACT = 'Zheng et al. 2025, abstract (Results)';
const SULLIVAN = 'derived: ln(HR) / ln(2.24), rounded to the nearest integer (Sullivan/Framingham method)';
const CUTOFFS = 'derived: cut-offs whose simulated group risks come closest to the published 2.9% / 20.8% / 49.7%';
const REFERENCE = 'reference level of the published Cox model (HR 1 by definition)';

/**
 * The Liver Metastasis Score (LMS), Zheng et al., Ann Surg Oncol 2025;32(2):1176-1186.
 *
 * Hazard ratios, group risks and cohort figures are the abstract's. The paper's own point table and
 * cut-offs are not available to this project, so points and cut-offs are derived from the published
 * hazard ratios and marked `derived`; whoever has the full text replaces them here (a data edit plus
 * the golden vectors), nothing else changes.
 *
 * @example
 * import { lmsModel } from './lms-model.ts';
 * lmsModel.riskGroups.map((g) => g.risk.value); // [0.029, 0.208, 0.497]
 */
export const lmsModel = {
  id: 'lms',
  version: '1.0.1',
  name: 'Liver Metastasis Score (LMS)',
  outcome: 'liver metastasis after curative-intent resection',
  horizonYears: { value: 5, provenance: 'published', source: ABSTRACT },
  scope:
    'Adults with a gastroenteropancreatic neuroendocrine tumour (GEP-NET) after surgical resection with curative intent; developed in 3 Chinese centres, 2010-2022.',
  citation: {
    text: 'Zheng Q-X, Xu J-H, Yang F-J, et al. A Novel Liver Metastasis Score for Patients Undergoing Surgical Resection of Gastroenteropancreatic Neuroendocrine Tumors: A Multi-institutional Study. Ann Surg Oncol. 2025;32(2):1176-1186.',
    doi: '10.1245/s10434-024-16389-0',
    pmid: '39480603',
    url: 'https://doi.org/10.1245/s10434-024-16389-0',
  },
  evidence: {
    cohortSize: { label: 'patients in the analytic cohort', value: 724, provenance: 'published', source: ABSTRACT },
    events: { label: 'patients with liver metastasis', value: 66, provenance: 'published', source: ABSTRACT },
    eventRate: { label: 'proportion with liver metastasis', value: 0.091, provenance: 'published', source: ABSTRACT },
    medianMonthsToEvent: {
      label: 'median months to liver metastasis',
      value: 36,
      provenance: 'published',
      source: ABSTRACT,
    },
    cIndex: { label: 'C-index (tenfold cross-validation)', value: 0.888, provenance: 'published', source: ABSTRACT },
    centres: { label: 'participating centres', value: 3, provenance: 'published', source: ABSTRACT },
    osFiveYearNoMetastasis: {
      label: '5-year overall survival, no liver metastasis (as printed)',
      value: 0.636,
      provenance: 'published',
      source: ABSTRACT,
      caveat:
        'The abstract prints 63.6% without vs 95.8% with liver metastasis while saying metastasis worsens survival; the two figures appear swapped.',
    },
    osFiveYearMetastasis: {
      label: '5-year overall survival, liver metastasis (as printed)',
      value: 0.958,
      provenance: 'published',
      source: ABSTRACT,
      caveat:
        'The abstract prints 63.6% without vs 95.8% with liver metastasis while saying metastasis worsens survival; the two figures appear swapped.',
    },
  },
  derivation:
    "The abstract gives hazard ratios but not the point table. Points follow the Sullivan (Framingham) method: each level's ln(HR) is divided by the smallest, ln(2.24) for lymph node metastasis, and rounded, giving 0-8 points. Cut-offs 0-2 / 3-4 / 5-8 were chosen because, in simulated cohorts with plausible factor prevalences and a baseline hazard fitted to the low group's 2.9%, they reproduce the published group risks (2.9% / 20.8% / 49.7%) better than the other candidates tried (0-2/3-5/6-8, 0-3/4-5/6-8, 0-1/2-4/5-8, 0-3/4-6/7-8). Relative hazards are products of the published hazard ratios, rounded to 6 decimal places.",
  factors: [
    {
      kind: 'banded',
      id: 'ki67',
      label: 'Ki-67 index',
      unit: '%',
      min: 0,
      max: 100,
      levels: [
        {
          id: '<3',
          label: '<3%',
          grade: 'G1',
          upperBound: { value: 3, inclusive: false },
          reference: true,
          hazardRatio: { value: 1, provenance: 'published', source: REFERENCE },
          points: { value: 0, provenance: 'derived', source: SULLIVAN },
        },
        {
          id: '3-20',
          label: '3-20%',
          grade: 'G2',
          upperBound: { value: 20, inclusive: true },
          hazardRatio: { value: 10.36, provenance: 'published', source: ABSTRACT },
          points: { value: 3, provenance: 'derived', source: SULLIVAN },
        },
        {
          id: '>20',
          label: '>20%',
          grade: 'G3',
          hazardRatio: { value: 18.3, provenance: 'published', source: ABSTRACT },
          points: { value: 4, provenance: 'derived', source: SULLIVAN },
        },
      ],
    },
    {
      kind: 'boolean',
      id: 'vascularInvasion',
      label: 'Vascular invasion',
      question: 'Vascular invasion present on pathology',
      levels: [
        {
          id: 'no',
          label: 'No',
          reference: true,
          hazardRatio: { value: 1, provenance: 'published', source: REFERENCE },
          points: { value: 0, provenance: 'derived', source: SULLIVAN },
        },
        {
          id: 'yes',
          label: 'Yes',
          hazardRatio: { value: 5.03, provenance: 'published', source: ABSTRACT },
          points: { value: 2, provenance: 'derived', source: SULLIVAN },
        },
      ],
    },
    {
      kind: 'boolean',
      id: 'lymphNodeMetastasis',
      label: 'Lymph node metastasis',
      question: 'Lymph node metastasis present on pathology',
      levels: [
        {
          id: 'no',
          label: 'No',
          reference: true,
          hazardRatio: { value: 1, provenance: 'published', source: REFERENCE },
          points: { value: 0, provenance: 'derived', source: SULLIVAN },
        },
        {
          id: 'yes',
          label: 'Yes',
          hazardRatio: { value: 2.24, provenance: 'published', source: ABSTRACT },
          points: { value: 1, provenance: 'derived', source: SULLIVAN },
        },
      ],
    },
    {
      kind: 'boolean',
      id: 'adjuvantTherapy',
      label: 'Adjuvant therapy',
      question: 'Adjuvant therapy was given after resection',
      levels: [
        {
          id: 'no',
          label: 'Not given',
          hazardRatio: { value: 3.03, provenance: 'published', source: ABSTRACT },
          points: { value: 1, provenance: 'derived', source: SULLIVAN },
        },
        {
          id: 'yes',
          label: 'Given',
          reference: true,
          hazardRatio: { value: 1, provenance: 'published', source: REFERENCE },
          points: { value: 0, provenance: 'derived', source: SULLIVAN },
        },
      ],
    },
  ],
  riskGroups: [
    {
      id: 'low',
      label: 'Low risk',
      minPoints: { value: 0, provenance: 'derived', source: CUTOFFS },
      maxPoints: { value: 2, provenance: 'derived', source: CUTOFFS },
      risk: { value: 0.029, provenance: 'published', source: ABSTRACT },
    },
    {
      id: 'intermediate',
      label: 'Intermediate risk',
      minPoints: { value: 3, provenance: 'derived', source: CUTOFFS },
      maxPoints: { value: 4, provenance: 'derived', source: CUTOFFS },
      risk: { value: 0.208, provenance: 'published', source: ABSTRACT },
    },
    {
      id: 'high',
      label: 'High risk',
      minPoints: { value: 5, provenance: 'derived', source: CUTOFFS },
      maxPoints: { value: 8, provenance: 'derived', source: CUTOFFS },
      risk: { value: 0.497, provenance: 'published', source: ABSTRACT },
    },
  ],
  whatIf: [
    {
      factor: 'adjuvantTherapy',
      from: false,
      to: true,
      note: "Association in an observational cohort, not a treatment effect: patients who received adjuvant therapy had fewer liver metastases, which does not show that giving it would lower this patient's risk.",
    },
  ],
} as const satisfies ModelDefinition;

export type LmsModel = typeof lmsModel;

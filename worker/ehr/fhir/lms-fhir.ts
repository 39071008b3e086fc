import type { LmsRiskGroup } from '@lms-score/core';

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
/** HL7's code system for RiskAssessment.prediction.qualitativeRisk. */
export const RISK_PROBABILITY = 'http://terminology.hl7.org/CodeSystem/risk-probability';

/** How an Observation's value is read into a factor's value. */
export type ValueReader = 'percent' | 'presence' | 'count' | 'pn-category';

export interface ObservationCode {
  readonly system: string;
  readonly code: string;
  readonly display: string;
  readonly read: ValueReader;
}

/**
 * How the LMS meets FHIR: which Observation codes carry each factor, and how the result is said in
 * CDS Hooks and a RiskAssessment. Codes only locate the data; points, cut-offs and risks come
 * from the model definition, read through the core.
 */
export const LMS_FHIR = {
  /** Observation codes per factor, LOINC where one exists. */
  observations: {
    ki67: [
      {
        system: LOINC,
        code: '29593-1',
        display: 'Cells.Ki-67 nuclear Ag/cells in Tissue by Immune stain',
        read: 'percent',
      },
    ],
    // The paper says "vascular invasion"; LOINC's closest pathology code is lymph-vascular
    // invasion, which also counts lymphatic invasion. The discovery description and /docs say so.
    vascularInvasion: [
      { system: LOINC, code: '59544-7', display: 'Lymph-vascular invasion Ca spec', read: 'presence' },
    ],
    lymphNodeMetastasis: [
      { system: LOINC, code: '21893-3', display: 'Regional lymph nodes positive [#] Specimen', read: 'count' },
      {
        system: LOINC,
        code: '21900-6',
        display: 'Regional lymph nodes pathological [Class] Cancer',
        read: 'pn-category',
      },
    ],
    // No standard code records that adjuvant therapy was given: a deployment names its own
    // (LMS_ADJUVANT_THERAPY_CODES); without them the factor stays unknown.
    adjuvantTherapy: [],
  } satisfies Record<string, readonly ObservationCode[]>,
  /** What a clinician must know about the mapping, said in the discovery description, the cards and /docs. */
  caveat:
    'Vascular invasion is read from LOINC 59544-7 "Lymph-vascular invasion Ca spec", which also counts lymphatic invasion; the paper says "vascular invasion".',
  /** SNOMED CT answers for presence. */
  present: { system: SNOMED, code: '52101004', display: 'Present' },
  absent: { system: SNOMED, code: '2667000', display: 'Absent' },
  outcome: 'liver metastasis',
  /** The citation as a card's source label (the model's citation text is a whole reference). */
  sourceLabel: 'Zheng et al., Ann Surg Oncol 2025;32:1176-1186',
  /** Card urgency per group: a prognostic score is never `critical`. */
  indicator: { low: 'info', intermediate: 'info', high: 'warning' },
  /** risk-probability code per group. */
  qualitativeRisk: {
    low: { code: 'low', display: 'Low likelihood' },
    intermediate: { code: 'moderate', display: 'Moderate likelihood' },
    high: { code: 'high', display: 'High likelihood' },
  },
} as const satisfies {
  indicator: Record<LmsRiskGroup, 'info' | 'warning'>;
  qualitativeRisk: Record<LmsRiskGroup, { code: string; display: string }>;
  [key: string]: unknown;
};

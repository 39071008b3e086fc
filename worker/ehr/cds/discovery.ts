import type { ModelDefinition, Scorer } from '@lms-score/core';
import { LMS_FHIR, type ObservationCode } from '../fhir/lms-fhir.ts';

/** One prefetch template per factor that has codes: the patient's Observations with those codes, newest first. */
export const prefetchTemplates = (
  codes: Readonly<Record<string, readonly ObservationCode[]>>,
): Record<string, string> =>
  Object.fromEntries(
    Object.entries(codes)
      .filter(([, list]) => list.length > 0)
      .map(([factor, list]) => [
        factor,
        `Observation?patient={{context.patientId}}&code=${list.map((c) => `${c.system}|${c.code}`).join(',')}&_sort=-date`,
      ]),
  );

/**
 * The discovery document (CDS Hooks 2.0, Discovery): one patient-view service per model, with its
 * prefetch templates and what it needs, including the mapping's caveat and the deployment's
 * adjuvant-therapy setting.
 */
export function discovery(
  scorer: Scorer<ModelDefinition>,
  codes: Readonly<Record<string, readonly ObservationCode[]>>,
  notes: { adjuvant: string; open: boolean },
) {
  const m = scorer.definition;
  return {
    services: [
      {
        hook: 'patient-view',
        id: m.id,
        title: m.name,
        description: `${m.name} ${m.version}: points, risk group and the group's published ${m.horizonYears.value}-year risk of ${LMS_FHIR.outcome} after resection of a GEP-NET, from the patient's pathology Observations (Ki-67 LOINC 29593-1 in %, lymph-vascular invasion LOINC 59544-7, positive nodes LOINC 21893-3 or pathological N category LOINC 21900-6). ${LMS_FHIR.caveat} ${notes.adjuvant} Points and cut-offs are derived from the published hazard ratios. Prognostic: never a critical card.`,
        prefetch: prefetchTemplates(codes),
        usageRequirements: notes.open
          ? 'Open demonstration service: no client authentication is configured, and it never reads a FHIR server (send the prefetch). Nothing is stored.'
          : 'Clients authenticate with an ES384 or RS384 JWT from a configured issuer. Without the prefetch, the service reads the Observations from the fhirServer with fhirAuthorization, for clients allowed to name that server. Nothing is stored.',
      },
    ],
  };
}

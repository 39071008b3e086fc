// The EHR routes of the OpenAPI document (CDS Hooks 2.0 and FHIR R4), with examples that are the
// service's own output for a sample patient: the build runs the same readers and card builder.
import { lms } from '@lms-score/core';
import { lmsCard } from '../../worker/ehr/cds/lms-card.ts';
import { LMS_FHIR } from '../../worker/ehr/fhir/lms-fhir.ts';
import { observationCodes } from '../../worker/ehr/fhir/observation-codes.ts';
import { observationsIn, readObservations } from '../../worker/ehr/fhir/read-observations.ts';
import { scoreObservations } from '../../worker/ehr/fhir/score-observations.ts';
import { LOCAL_ORIGINS, type PublicOrigins } from '../support/public-origins.ts';

const observation = (id: string, code: string, value: object) => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  subject: { reference: 'Patient/example' },
  code: { coding: [{ system: 'http://loinc.org', code }] },
  effectiveDateTime: '2025-03-01',
  ...value,
});
const searchset = (...resources: object[]) => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: resources.map((resource) => ({ resource })),
});

/** A patient-view request as an EHR sends it: pathology found for three factors, adjuvant therapy not coded. */
export const exampleHookRequest = {
  hook: 'patient-view',
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  context: { userId: 'Practitioner/example', patientId: 'example' },
  prefetch: {
    ki67: searchset(
      observation('ki67-1', '29593-1', {
        valueQuantity: { value: 12, unit: '%', system: 'http://unitsofmeasure.org', code: '%' },
      }),
    ),
    vascularInvasion: searchset(
      observation('lvi-1', '59544-7', {
        valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '52101004', display: 'Present' }] },
      }),
    ),
    lymphNodeMetastasis: searchset(observation('pn-1', '21900-6', { valueCodeableConcept: { text: 'pN0' } })),
    // Every prefetch key, null when there is no data (as the spec asks; a deployment with adjuvant codes needs it).
    adjuvantTherapy: null,
  },
};

/** The card the service answers for exampleHookRequest (fixed uuids and time, so the build is reproducible). */
export function exampleCard(origins: PublicOrigins = LOCAL_ORIGINS) {
  const { codes, adjuvantNote } = observationCodes(undefined);
  const observations = Object.values(exampleHookRequest.prefetch).flatMap((b) => (b ? observationsIn(b) : []));
  const scored = scoreObservations(lms, readObservations(observations, codes, 'example'));
  let n = 0;
  const uuid = () => `00000000-0000-4000-8000-00000000000${++n}`;
  const context = {
    origin: origins.ehr,
    calculator: origins.api,
    patientId: 'example',
    adjuvantNote,
    now: '2026-01-01T00:00:00.000Z',
    uuid,
  };
  return { cards: [lmsCard(lms, scored, context)] };
}

const json = (description: string, example?: unknown) => ({
  description,
  content: {
    'application/json': {
      schema: { type: 'object' },
      ...(example ? { examples: { sample: { value: example } } } : {}),
    },
  },
});
const fhirJson = (description: string) => ({
  description,
  content: { 'application/fhir+json': { schema: { type: 'object' } } },
});

const AUTH =
  'Client authentication: with CDS_TRUSTED_CLIENTS set (a JSON array of {"iss", "jwks" or "jku", "fhirServers"}), every call with patient data (not the Questionnaire) needs an ES384 or RS384 JWT in Authorization: Bearer whose aud is the URL called, exp at most 5 minutes after iat, and a jti not used before; otherwise (the default) the service is an open public demo that never reads a FHIR server.';

/** Paths for /cds-services and /fhir, merged into the OpenAPI document; each names the EHR Worker as its server. */
export function ehrPaths(origins: PublicOrigins = LOCAL_ORIGINS): Record<string, object> {
  const servers = [
    { url: origins.ehr, description: 'The EHR Worker (wrangler.ehr.toml), deployed apart from the API.' },
  ];
  const card = exampleCard(origins);
  const ra = card.cards[0]!.suggestions?.[0]?.actions[0]?.resource;
  const paths = {
    '/cds-services': {
      get: {
        operationId: 'cdsDiscovery',
        summary: 'CDS Hooks 2.0 discovery: one patient-view service per model, with prefetch templates',
        description: `${LMS_FHIR.caveat} Adjuvant therapy has no standard code: set LMS_ADJUVANT_THERAPY_CODES to a JSON array of {"system", "code"} for the Observations that record it (valueBoolean or SNOMED CT Present/Absent; true = given), or it stays unknown. ${AUTH}`,
        responses: {
          '200': json('The services.'),
          '401': json('A trust list is configured and the JWT is missing, bad or replayed.'),
        },
      },
    },
    '/cds-services/lms': {
      post: {
        operationId: 'cdsService',
        summary: 'CDS Hooks 2.0 patient-view service: a card with the LMS from the pathology Observations',
        description: `The most recent final, amended or corrected Observation per factor is used; preliminary and entered-in-error ones are ignored; a value or unit that cannot be read is reported in the card. The card: summary (<140 characters: points or range, group, published ${lms.definition.horizonYears.value}-year risk), indicator info (low, intermediate) or warning (high), never critical; source with the DOI; Markdown detail with the provenance; an absolute link to the calculator prefilled in the URL fragment; and, when one group applies, a suggestion to create the RiskAssessment. { "cards": [] } when no factor is found. 412 when the prefetch lacks keys and the FHIR server may not be read. ${AUTH}`,
        requestBody: { content: { 'application/json': { examples: { complete: { value: exampleHookRequest } } } } },
        responses: {
          '200': json('The cards.', card),
          '400': json('A field of the request is wrong; errors names each.'),
          '401': json('A trust list is configured and the JWT is missing, bad or replayed.'),
          '412': json('The prefetch lacks keys, and the FHIR server may not (or could not) be read.'),
        },
      },
    },
    '/cds-services/lms/feedback': {
      post: {
        operationId: 'cdsFeedback',
        summary: 'CDS Hooks 2.0 feedback: validated, then dropped (nothing is stored)',
        requestBody: {
          content: {
            'application/json': {
              examples: {
                complete: {
                  value: {
                    feedback: [
                      {
                        card: '00000000-0000-4000-8000-000000000001',
                        outcome: 'overridden',
                        outcomeTimestamp: '2026-01-01T10:00:00Z',
                      },
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': json('{ "received": n }'),
          '400': json('A field of the feedback is wrong; errors names each.'),
          '401': json('A trust list is configured and the JWT is missing, bad or replayed.'),
        },
      },
    },
    '/fhir/Questionnaire/lms': {
      get: {
        operationId: 'questionnaire',
        summary:
          'The model as an SDC Questionnaire (FHIR R4) that prefills from the record and scores itself by FHIRPath',
        description:
          'One choice item per factor with itemWeight points; read-only calculated items for the points (summed from the answers’ codes, blank until every factor is answered), the risk group and its published risk. SDC 4.0 expression-based population: a patient launchContext, sourceQueries (a batch Bundle of the three LOINC Observation searches) and an initialExpression per coded factor (the newest final, amended or corrected Observation, as the CDS service reads it); adjuvant therapy has no standard code and is not prefilled. meta.profile: sdc-questionnaire-behave and sdc-questionnaire-pop-exp. url is canonical on this host; version is the model version; meta.tag carries the model hash.',
        responses: { '200': fhirJson('The Questionnaire.') },
      },
    },
    '/fhir/RiskAssessment/$lms': {
      post: {
        operationId: 'riskAssessment',
        summary: 'FHIR R4 RiskAssessment from a Parameters resource (the four inputs) or a Bundle of Observations',
        description:
          'status final; method names the model id, version and hash; prediction: outcome liver metastasis, probabilityDecimal (the group’s published risk), qualitativeRisk (HL7 risk-probability: low, moderate, high), whenRange 0-5 years; basis: the Observations used (left out when there are none); subject: the Parameters’ subject (required), or the one patient a Bundle’s Observations name; a note with the provenance. 422 (OperationOutcome) when more than one group is possible or a Bundle’s Observations do not all name one patient; 400 names each bad parameter, subject included. ' +
          AUTH,
        requestBody: {
          content: {
            'application/fhir+json': {
              examples: {
                complete: {
                  value: {
                    resourceType: 'Parameters',
                    parameter: [
                      { name: 'ki67', valueDecimal: 12 },
                      { name: 'vascularInvasion', valueBoolean: true },
                      { name: 'lymphNodeMetastasis', valueBoolean: false },
                      { name: 'adjuvantTherapy', valueBoolean: false },
                      { name: 'subject', valueReference: { reference: 'Patient/example' } },
                    ],
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The RiskAssessment.',
            content: { 'application/fhir+json': { schema: { type: 'object' }, examples: { sample: { value: ra } } } },
          },
          '400': fhirJson('OperationOutcome naming each bad parameter (a missing subject included).'),
          '401': json('A trust list is configured and the JWT is missing, bad or replayed.'),
          '422': fhirJson(
            'OperationOutcome: more than one risk group is possible, nothing could be read, or the Observations name no patient or more than one.',
          ),
        },
      },
    },
  };
  return Object.fromEntries(Object.entries(paths).map(([path, item]) => [path, { servers, ...item }]));
}

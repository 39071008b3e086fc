// What the SDC population tests share: the CDS reader's answer (the oracle), a FHIR server's
// search over a list of Observations, and the batch-response Bundle an SDC filler makes of it.
import { populateQuestionnaire } from '@aehrc/sdc-populate';
import { lms } from '@lms-score/core';
import { LMS_FHIR } from '../../worker/ehr/fhir/lms-fhir.ts';
import { readObservations } from '../../worker/ehr/fhir/read-observations.ts';
import { scoreObservations } from '../../worker/ehr/fhir/score-observations.ts';
import { SOURCE_QUERIES } from '../../worker/ehr/fhir/sdc-population.ts';

export type Observation = { resourceType: 'Observation'; id?: string; [key: string]: unknown };
export const PATIENT = { resourceType: 'Patient', id: 'p1' } as const;

/** The answer code per factor the CDS reader (and the core's range checks) finds: the oracle. */
export function readerAnswers(observations: readonly Observation[], patientId = PATIENT.id): Record<string, string> {
  const scored = scoreObservations(lms, readObservations(observations as never, LMS_FHIR.observations, patientId));
  const known = scored.result?.breakdown.filter((b) => b.known && b.level !== null) ?? [];
  return Object.fromEntries(known.map((b) => [b.factor, b.level!]));
}

const hasCode = (o: Observation, codes: readonly string[]) =>
  ((o.code as { coding?: { system?: string; code?: string }[] } | undefined)?.coding ?? []).some((c) =>
    codes.includes(`${c.system}|${c.code}`),
  );

/**
 * A FHIR server's answer to one of the Questionnaire's searches ("Observation?patient=p1&code=a|b,c|d&_sort=-date"):
 * a searchset of the Observations with one of the codes, about the patient unless `lax` (then
 * about anyone, to test the expression's own subject check).
 */
export function search(observations: readonly Observation[], query: string, lax = false) {
  const url = new URL(query, 'http://fhir.test/');
  const codes = (url.searchParams.get('code') ?? '').split(',');
  const patient = url.searchParams.get('patient');
  const found = observations.filter(
    (o) =>
      hasCode(o, codes) &&
      (lax || (o.subject as { reference?: string } | undefined)?.reference === `Patient/${patient}`),
  );
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: found.length,
    entry: found.map((resource) => ({ resource })),
  };
}

/** The batch queries of a Questionnaire, as `{{%patient.id}}` resolves them for PATIENT. */
export function queriesOf(q: { contained: { id?: string; entry?: { request: { url: string } }[] }[] }): string[] {
  const batch = q.contained.find((c) => c.id === SOURCE_QUERIES)!;
  return batch.entry!.map((e) => e.request.url.replace('{{%patient.id}}', PATIENT.id));
}

/** The batch-response Bundle an SDC filler binds to %PathologyQueries. */
export const batchResponse = (observations: readonly Observation[], queries: readonly string[], lax = false) => ({
  resourceType: 'Bundle',
  type: 'batch-response',
  entry: queries.map((query) => ({ resource: search(observations, query, lax), response: { status: '200' } })),
});

type Answered = { linkId: string; answer?: { valueCoding?: { code: string } }[] };

/**
 * CSIRO's in-app $populate (@aehrc/sdc-populate) of a Questionnaire for PATIENT, on a FHIR server
 * holding these Observations: the QuestionnaireResponse, its answer code per linkId, the searches
 * it sent and the issues it reported.
 */
export async function populate(questionnaire: object, observations: readonly Observation[]) {
  const queries: string[] = [];
  const { populateSuccess, populateResult } = await populateQuestionnaire({
    // A copy: the populate writes the search results into the contained Bundle it is given.
    questionnaire: structuredClone(questionnaire) as never,
    // sdc-populate 4.7.1 reads a batch query's result from `.data` (an axios-style response).
    fetchResourceCallback: async (query: string) => {
      queries.push(query);
      return { data: search(observations, query) };
    },
    fetchResourceRequestConfig: { sourceServerUrl: 'http://fhir.test/' },
    patient: PATIENT as never,
  });
  if (!populateSuccess || !populateResult) throw new Error('populate failed');
  const qr = populateResult.populatedResponse as { item?: Answered[] };
  const answers = Object.fromEntries(
    (qr.item ?? []).flatMap((i) => (i.answer?.[0]?.valueCoding ? [[i.linkId, i.answer[0].valueCoding.code]] : [])),
  );
  return { qr, answers, queries, issues: populateResult.issues };
}

import type { ObservationCode } from '../fhir/lms-fhir.ts';
import { observationsIn } from '../fhir/read-observations.ts';
import { readBody } from '../read-body.ts';

/** Most bytes read from a FHIR server's answer: a pathology search is small. */
const FHIR_ANSWER_BYTES = 2 * 1024 * 1024;

/**
 * The patient's Observations for the given factors, read from the client's FHIR server with the
 * access token the client passed. Only called for an authenticated client allowed to name that
 * server. Null when the server cannot be read (the route answers 412).
 */
export async function readFhirObservations(
  fetcher: typeof fetch,
  server: string,
  token: string,
  patientId: string,
  codes: readonly ObservationCode[],
): Promise<unknown[] | null> {
  const url = `${server}/Observation?patient=${encodeURIComponent(patientId)}&code=${encodeURIComponent(codes.map((c) => `${c.system}|${c.code}`).join(','))}&_sort=-date`;
  try {
    const response = await fetcher(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' },
      redirect: 'manual',
    });
    if (!response.ok) return null;
    const text = await readBody(response, FHIR_ANSWER_BYTES);
    return text === null ? null : observationsIn(JSON.parse(text));
  } catch {
    return null;
  }
}

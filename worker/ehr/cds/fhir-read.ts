import type { Result } from '@lms-score/core';
import { readBody } from '../../common/read-body.ts';
import type { ObservationCode } from '../fhir/lms-fhir.ts';
import { observationsIn } from '../fhir/read-observations.ts';

/** Most bytes read from a FHIR server's answer, counted after decompression: a pathology search is small. */
export const FHIR_ANSWER_BYTES = 2 * 1024 * 1024;
/** Longest a FHIR read may take, from the request to the answer's last byte: a CDS client is waiting. */
export const FHIR_READ_MS = 5_000;

/** The Observations read, or why none could be (the route answers 412 with the reason). */
export type FhirRead = Result<unknown[], string>;

/**
 * The patient's Observations for the given factors, read from the client's FHIR server with the
 * access token the client passed. Only called for an authenticated client allowed to name that
 * server. The whole read (connect to last byte) is bounded by `timeoutMs`, and the answer by
 * FHIR_ANSWER_BYTES of decoded text, whatever its headers say.
 */
export async function readFhirObservations(
  fetcher: typeof fetch,
  server: string,
  token: string,
  patientId: string,
  codes: readonly ObservationCode[],
  timeoutMs = FHIR_READ_MS,
): Promise<FhirRead> {
  const url = `${server}/Observation?patient=${encodeURIComponent(patientId)}&code=${encodeURIComponent(codes.map((c) => `${c.system}|${c.code}`).join(','))}&_sort=-date`;
  const signal = AbortSignal.timeout(timeoutMs);
  const failed = (problem: string): FhirRead => ({ ok: false, problems: [problem] });
  try {
    const response = await fetcher(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/fhir+json' },
      redirect: 'manual',
      signal,
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return failed(`The FHIR server answered ${response.status} to the Observation search.`);
    }
    const text = await readBody(response, FHIR_ANSWER_BYTES, signal);
    if (text === null) return failed(`The FHIR server's answer passed ${FHIR_ANSWER_BYTES / 1024 / 1024} MB.`);
    return { ok: true, value: observationsIn(JSON.parse(text)) };
  } catch {
    if (signal.aborted) return failed(`The FHIR server did not answer within ${timeoutMs / 1000} s.`);
    return failed('The FHIR server could not be read, or its answer is not JSON.');
  }
}

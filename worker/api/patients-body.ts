import { BATCH_LIMITS } from '../common/limits.ts';
import { invalidInput, parseJsonBody } from '../common/problems.ts';

/**
 * The rows of a `{"patients": [...]}` body (batch and validate), or the response that refuses it:
 * not JSON, no patients array, or more rows than a request may hold (`tooLarge` words that one).
 */
export function patientsOf(text: string, tooLarge: (what: string) => Response): unknown[] | Response {
  const body = parseJsonBody(text);
  if (!body.ok) return body.response;
  const patients = (body.value as { patients?: unknown } | null)?.patients;
  if (!Array.isArray(patients)) {
    return invalidInput([
      { field: 'patients', code: 'invalid_type', message: 'The body must be {"patients": [ {...}, ... ]}.' },
    ]);
  }
  if (patients.length > BATCH_LIMITS.rows) return tooLarge(`${patients.length} patients were sent`);
  return patients;
}

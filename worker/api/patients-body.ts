import type { Result } from '@lms-score/core';
import { type FieldProblem, parseJsonBody } from '../common/problems.ts';

/**
 * The rows of a `{"patients": [...]}` body (batch and validate), or the problem that refuses it:
 * not JSON, or no patients array. How many rows a request may hold is the route's to say.
 */
export function patientsOf(text: string): Result<unknown[], FieldProblem> {
  const body = parseJsonBody(text);
  if (!body.ok) return body;
  const patients = (body.value as { patients?: unknown } | null)?.patients;
  if (Array.isArray(patients)) return { ok: true, value: patients };
  return {
    ok: false,
    problems: [{ field: 'patients', code: 'invalid_type', message: 'The body must be {"patients": [ {...}, ... ]}.' }],
  };
}

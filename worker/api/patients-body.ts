import type { Result } from '@lms-score/core';
import { type FieldProblem, parseJsonBody } from '../common/problems.ts';
import { unreadNames } from './query-names.ts';

/**
 * The rows of a `{"patients": [...]}` body (batch and validate), or the problems that refuse it:
 * not JSON, no patients array, or another key beside it (`moved`: the route's query parameters,
 * which the problem says to send in the query). How many rows a request may hold is the route's to say.
 */
export function patientsOf(text: string, moved: readonly string[]): Result<unknown[], FieldProblem> {
  const body = parseJsonBody(text);
  if (!body.ok) return body;
  const value = body.value;
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  const patients = isObject && Object.hasOwn(value, 'patients') ? (value as { patients: unknown }).patients : undefined;
  const problems = isObject ? unreadNames(Object.keys(value), ['patients'], 'body', moved) : [];
  if (Array.isArray(patients) && !problems.length) return { ok: true, value: patients };
  if (!Array.isArray(patients))
    problems.unshift({
      field: 'patients',
      code: 'invalid_type',
      message: 'The body must be {"patients": [ {...}, ... ]}.',
    });
  return { ok: false, problems };
}

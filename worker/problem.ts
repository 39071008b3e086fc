import type { Problem } from '../shared/score-types.ts';

/** A field-level problem, from the core's parser or from the request's envelope. */
export type FieldProblem = Problem | { readonly field: string; readonly code: string; readonly message: string };

export interface ProblemDetails {
  readonly status: number;
  /** Short slug for the problem type, documented at /docs#problems. */
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly errors?: readonly FieldProblem[];
}

/**
 * An RFC 9457 problem response. `type` resolves against the API's own docs.
 *
 * @example
 * return problemResponse({ status: 415, type: 'unsupported-media-type', title: 'Unsupported media type', detail: 'Send application/json.' });
 */
export function problemResponse(p: ProblemDetails, headers?: Record<string, string>): Response {
  const body = {
    type: `/docs#problem-${p.type}`,
    title: p.title,
    status: p.status,
    detail: p.detail,
    errors: p.errors ?? [],
  };
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...headers },
  });
}

/** 400 for input the core refused, naming each field. */
export const invalidInput = (errors: readonly FieldProblem[]): Response =>
  problemResponse({
    status: 400,
    type: 'invalid-input',
    title: 'Invalid input',
    detail: errors.map((e) => e.message).join(' '),
    errors,
  });

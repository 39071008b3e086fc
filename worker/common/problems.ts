import type { CoreProblemCode, CsvProblemCode, Problem, Result } from '@lms-score/core';
import { BATCH_BYTES_TEXT, BATCH_ROWS_TEXT } from './limits.ts';

/** Codes the API adds to the core's and the CSV reader's: a JSON body, query parameters. */
export const API_PROBLEM_CODES = ['invalid_json', 'invalid_parameter'] as const;
export type ApiProblemCode = (typeof API_PROBLEM_CODES)[number];

/** A field-level problem, from the core's parser or from the request's envelope. */
export type FieldProblem = Problem<CoreProblemCode | CsvProblemCode | ApiProblemCode>;

/**
 * The problem types the API answers with: slug (documented at /docs#problem-<slug>), status and
 * title. The build adds a sentence each for /docs and the OpenAPI document.
 */
export const PROBLEM_TYPES = {
  'invalid-input': { status: 400, title: 'Invalid input' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'precondition-failed': { status: 412, title: 'Precondition failed' },
  'too-large': { status: 413, title: 'Too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Internal error' },
} as const;
export type ProblemType = keyof typeof PROBLEM_TYPES;

/**
 * An RFC 9457 problem response. `type` resolves against the API's own docs.
 *
 * @example
 * return problemResponse('unsupported-media-type', 'Send application/json.');
 */
export function problemResponse(
  type: ProblemType,
  detail: string,
  options: { errors?: readonly FieldProblem[]; headers?: Record<string, string> } = {},
): Response {
  const { status, title } = PROBLEM_TYPES[type];
  const body = { type: `/docs#problem-${type}`, title, status, detail, errors: options.errors ?? [] };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...options.headers },
  });
}

/** 413 for a cohort past the batch limits: what was sent, the limits, and what to do instead. */
export const cohortTooLarge = (what: string, advice: string): Response =>
  problemResponse(
    'too-large',
    `${what}; the limits are at most ${BATCH_ROWS_TEXT} and ${BATCH_BYTES_TEXT} per request. ${advice}`,
  );

/** 400 for fields the core or the envelope refused, naming each one. */
export const invalidInput = (errors: readonly FieldProblem[]): Response =>
  problemResponse('invalid-input', errors.map((e) => e.message).join(' '), { errors });

/**
 * The envelope's problems followed by the parser's: one list, empty when the input can be scored.
 *
 * @example
 * const problems = allProblems(envelope, parse(raw));
 * if (problems.length) return invalidInput(problems);
 */
export const allProblems = (
  envelope: readonly FieldProblem[],
  parsed: { ok: true } | { ok: false; problems: readonly FieldProblem[] },
): FieldProblem[] => (parsed.ok ? [...envelope] : [...envelope, ...parsed.problems]);

/** A body read as JSON, or the problem that names it. */
export function parseJsonBody(text: string): Result<unknown, FieldProblem> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, problems: [{ field: 'body', code: 'invalid_json', message: 'The body is not valid JSON.' }] };
  }
}

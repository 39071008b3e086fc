/**
 * Every code the core's parser puts on a problem. The API adds its own (worker/common/problems.ts); the
 * OpenAPI document and /docs list both, with a sentence each from scripts/build/problem-text.ts.
 */
export const CORE_PROBLEM_CODES = [
  'invalid_type',
  'unknown_field',
  'forbidden_field',
  'empty',
  'invalid_number',
  'not_finite',
  'out_of_range',
  'invalid_boolean',
  'too_many_problems',
] as const;

export type CoreProblemCode = (typeof CORE_PROBLEM_CODES)[number];

/** Codes for a CSV body as a whole (shared/csv-table.ts): the API's batch and validate, and the validation page. */
export const CSV_PROBLEM_CODES = [
  'invalid_csv',
  'duplicate_field',
  'empty_column_name',
  'too_many_columns',
  'column_count',
  'missing_column',
] as const;
export type CsvProblemCode = (typeof CSV_PROBLEM_CODES)[number];

/**
 * What every reader of input gives back (the core's parser, CSV headers, tables and batches, JSON
 * request bodies, CDS requests, feedback): the value read, or the problems naming each bad field.
 * Only the HTTP layer turns problems into a status code. (Below the readers, the CSV tokenisers
 * give a message and its line; `readBody` gives the text or null past its byte cap.)
 */
export type Result<T, P = Problem> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly P[] };

/** Why a field was refused. `field` is the input's key, or "input" for the whole value. */
export interface Problem<C extends string = CoreProblemCode> {
  readonly field: string;
  readonly code: C;
  readonly message: string;
}

// Build-time only: a sentence for each problem type and code, for /docs and openapi.json. Typed as
// complete records, so adding a type or a code anywhere fails the build until it is explained here.
import type { CoreProblemCode, CsvProblemCode } from '@lms-score/core';
import type { ApiProblemCode, ProblemType } from '../../worker/common/problems.ts';

export const PROBLEM_TYPE_TEXT: Record<ProblemType, string> = {
  'invalid-input': 'A field or the body could not be read; `errors` names each one with a code below.',
  unauthorized: 'A CDS Hooks call without a valid client JWT, where this deployment requires one.',
  'not-found': 'No route or file at that path.',
  'method-not-allowed': 'The path exists but not for that method; see the Allow header.',
  'precondition-failed':
    'A CDS Hooks call whose prefetch lacks keys the service needs, when it may not or could not read the FHIR server.',
  'too-large': 'The body passed the size or row limit; the detail gives the limits.',
  'unsupported-media-type': 'Wrong Content-Type for that route.',
  'rate-limited': 'Too many requests from this client; see Retry-After.',
  internal: 'A bug on our side; never caused by input.',
};

export const PROBLEM_CODE_TEXT: Record<CoreProblemCode | CsvProblemCode | ApiProblemCode, string> = {
  invalid_type:
    'The value has the wrong JSON type (an object where a number belongs, say), or the input is not an object.',
  unknown_field: 'A field the model does not have; the message suggests the nearest one.',
  forbidden_field: 'A key such as `__proto__` or `constructor`, refused outright.',
  empty: 'An empty string in JSON; send null or leave the field out when it is unknown.',
  invalid_number: 'Not a number, nor one of the bands.',
  not_finite: 'NaN or an infinity.',
  out_of_range: "A number outside the factor's range (Ki-67: 0 to 100).",
  invalid_boolean: 'Not one of true/false, yes/no, 1/0.',
  too_many_problems: 'Past 20 problems in one input, one last entry counts the rest instead of listing them.',
  invalid_json: 'The body is not valid JSON.',
  invalid_csv: 'The CSV cannot be read (a quoted field never closed), or it is empty.',
  duplicate_field: 'A field given twice (query, form or CSV header): which value was meant cannot be known.',
  empty_column_name: 'A CSV header column with no name; the message gives its position.',
  too_many_columns: 'A CSV header wider than the batch reads.',
  column_count: 'A CSV line with more or fewer cells than the header.',
  missing_column:
    'A CSV header without a column the route needs (`time` or `event` for /validate); the field names it.',
  invalid_parameter:
    'A query parameter out of its range (detail of the batch; bootstrap, seed, timeUnit of /validate), one the route does not read, or one given twice; or a JSON body key beside patients.',
};

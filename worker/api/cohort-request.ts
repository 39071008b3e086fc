import type { Result } from '@lms-score/core';
import { BATCH_BYTES_TEXT, BATCH_LIMITS } from '../common/limits.ts';
import { cohortTooLarge, type FieldProblem, invalidInput, problemResponse } from '../common/problems.ts';
import { mediaType, readBody } from '../common/read-body.ts';
import { unreadNames } from './query-names.ts';

/** A cohort request's body, as text, with its media type and its query read. */
export interface CohortRequest<Q> {
  readonly csv: boolean;
  readonly text: string;
  readonly query: Q;
}

/**
 * The opening that the batch and validate routes share, in this order: the media type (415), the
 * query (400 naming each bad, unknown or repeated parameter), then the body under the batch byte
 * cap (413). Part of the HTTP layer, so it answers a refusal itself, with the route's own words.
 *
 * @example
 * const read = await cohortRequest(c.req.raw, { params: ['detail'], readQuery: detailOf, unsupported: '…', advice: '…' });
 * if (read instanceof Response) return read;
 */
export async function cohortRequest<Q>(
  request: Request,
  route: {
    /** The query parameters the route reads (any other, or one given twice, is a 400 naming it). */
    readonly params: readonly string[];
    readonly readQuery: (query: URLSearchParams) => Result<Q, FieldProblem>;
    /** What the 415 asks for. */
    readonly unsupported: string;
    /** What the 413 suggests instead. */
    readonly advice: string;
  },
): Promise<CohortRequest<Q> | Response> {
  const type = mediaType(request);
  if (type !== 'application/json' && type !== 'text/csv')
    return problemResponse('unsupported-media-type', route.unsupported);
  const params = new URL(request.url).searchParams;
  const unread = unreadNames(params.keys(), route.params, 'query');
  const query = route.readQuery(params);
  if (unread.length || !query.ok) return invalidInput([...unread, ...(query.ok ? [] : query.problems)]);
  const text = await readBody(request, BATCH_LIMITS.bytes);
  if (text === null) return cohortTooLarge(`The body is larger than ${BATCH_BYTES_TEXT}`, route.advice);
  return { csv: type === 'text/csv', text, query: query.value };
}

/** The ranges that give application/json its weight, least specific first. */
const JSON_RANGES = ['*/*', 'application/*', 'application/json'];

/**
 * Whether an Accept header asks for CSV rather than JSON (RFC 9110, 12.5.1): text/csv named, with
 * a weight above 0 and not below application/json's (its own, or its most specific wildcard's).
 * Media types are read case-insensitively; `text/csv;q=0` refuses CSV, and
 * `application/json, text/csv;q=0.1` prefers JSON.
 *
 * @example
 * wantsCsv('text/csv'); // true
 * wantsCsv('application/json, text/csv;q=0.1'); // false
 */
export function wantsCsv(accept: string | undefined): boolean {
  let csv = 0;
  let json = 0;
  let jsonRange = -1;
  for (const range of (accept ?? '').toLowerCase().split(',')) {
    const [type, ...params] = range.split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2)) || 0;
    if (type === 'text/csv') csv = weight;
    const specific = JSON_RANGES.indexOf(type!);
    if (specific > jsonRange) [jsonRange, json] = [specific, weight];
  }
  return csv > 0 && csv >= json;
}

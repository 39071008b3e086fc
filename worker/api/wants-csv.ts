/** The weight (q) an Accept header gives a media type by its own name, or by a wildcard; 0 when none. */
function weightOf(ranges: readonly { type: string; q: number }[], type: string): { q: number; named: boolean } {
  const [major] = type.split('/');
  let best = { q: 0, named: false, specificity: -1 };
  for (const r of ranges) {
    const specificity = r.type === type ? 2 : r.type === `${major}/*` ? 1 : r.type === '*/*' ? 0 : -1;
    if (specificity > best.specificity) best = { q: r.q, named: specificity === 2, specificity };
  }
  return { q: best.q, named: best.named };
}

/**
 * Whether an Accept header asks for CSV rather than JSON (RFC 9110, 12.5.1): text/csv named, with
 * a weight above 0 and not below application/json's. Media types are read case-insensitively;
 * `text/csv;q=0` refuses CSV, and `application/json, text/csv;q=0.1` prefers JSON.
 *
 * @example
 * wantsCsv('text/csv'); // true
 * wantsCsv('application/json, text/csv;q=0.1'); // false
 */
export function wantsCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = accept.split(',').map((part) => {
    const [type = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    return { type, q: Number.isFinite(weight) ? weight : 0 };
  });
  const csv = weightOf(ranges, 'text/csv');
  return csv.named && csv.q > 0 && csv.q >= weightOf(ranges, 'application/json').q;
}

// Build-time only: the content hash every result carries as `model.hash`. `npm run model:hash`
// writes it into shared/ so that scoring never needs async crypto; a test recomputes it.
import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth, so that equal data always gives equal text (and
 * equal hashes) whatever order the keys were written in.
 *
 * @example
 * canonicalJson({ b: 1, a: [true, null] }); // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

/** SHA-256 (hex) of a model definition's canonical JSON. */
export const modelHash = (definition: unknown): string =>
  createHash('sha256').update(canonicalJson(definition)).digest('hex');

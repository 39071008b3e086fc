import type { FieldProblem } from '../common/problems.ts';

/**
 * Collects text fields (query string, form body) into a prototype-free record, so a key named
 * "__proto__" stays an ordinary key for the core to refuse. A repeated field is a problem: which
 * value was meant cannot be known. Linear in the number of pairs, however many repeat.
 */
export function textFields(pairs: Iterable<[string, string]>): {
  raw: Record<string, string>;
  problems: FieldProblem[];
} {
  const raw: Record<string, string> = Object.create(null);
  const problems: FieldProblem[] = [];
  const reported = new Set<string>();
  for (const [key, value] of pairs) {
    if (!(key in raw)) raw[key] = value;
    else if (!reported.has(key)) {
      reported.add(key);
      problems.push({ field: key, code: 'duplicate_field', message: `${key} is given more than once; send it once.` });
    }
  }
  return { raw, problems };
}

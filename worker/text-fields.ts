import type { FieldProblem } from './problem.ts';

/**
 * Collects text fields (query string, form body) into a prototype-free record, so a key named
 * "__proto__" stays an ordinary key for the core to refuse. A repeated field is a problem: which
 * value was meant cannot be known.
 */
export function textFields(pairs: Iterable<[string, string]>): {
  raw: Record<string, string>;
  problems: FieldProblem[];
} {
  const raw: Record<string, string> = Object.create(null);
  const problems: FieldProblem[] = [];
  for (const [key, value] of pairs) {
    if (key in raw) {
      if (!problems.some((p) => p.field === key)) {
        problems.push({
          field: key,
          code: 'duplicate_field',
          message: `${key} is given more than once; send it once.`,
        });
      }
    } else raw[key] = value;
  }
  return { raw, problems };
}

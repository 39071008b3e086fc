import { shownValue, squashedName } from '@lms-score/core';
import type { FieldProblem } from '../common/problems.ts';

/** Problems listed at most, as the core lists a row's: past that, one says how many more. */
const MAX_LISTED = 20;

/**
 * The problems of the names a request gives a route, in its query or its body's top level: each
 * name the route does not read there, and each given more than once. A misspelt option is never
 * taken as absent, for its default would answer a question that was not asked (`timeunit=days`
 * read in months). `moved` are names the route reads from the query, for a body that sends them.
 *
 * @example
 * unreadNames(['bootstrap', 'timeunit'], ['bootstrap', 'seed', 'timeUnit'], 'query');
 * // [{ field: 'timeunit', code: 'invalid_parameter',
 * //    message: '"timeunit" is not a parameter of this route (did you mean timeUnit?); it reads bootstrap, seed, timeUnit.' }]
 */
export function unreadNames(
  given: Iterable<string>,
  names: readonly string[],
  at: 'query' | 'body',
  moved: readonly string[] = [],
): FieldProblem[] {
  const counts = new Map<string, number>();
  for (const name of given) counts.set(name, (counts.get(name) ?? 0) + 1);
  const problems: FieldProblem[] = [];
  for (const [name, count] of counts) {
    const read = names.includes(name);
    if (read && count < 2) continue;
    // A name read here but for case and punctuation is its likeliest meaning.
    const near = names.find((n) => squashedName(n) === squashedName(name));
    const message = read
      ? `${shownValue(name)} is given ${count} times; send it once.`
      : `${shownValue(name)} is not ${at === 'query' ? 'a parameter of this route' : 'read from the body'}${near ? ` (did you mean ${near}?)` : ''}${moved.includes(name) ? '; send it in the query' : `; it reads ${names.join(', ')}`}.`;
    problems.push({ field: name, code: 'invalid_parameter', message });
  }
  const more = problems.length - MAX_LISTED;
  if (more <= 0) return problems;
  const message = `${more} more problems like these are not listed; correct the ones above first.`;
  const rest: FieldProblem = { field: at, code: 'too_many_problems', message };
  return [...problems.slice(0, MAX_LISTED), rest];
}

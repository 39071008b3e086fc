import type { Scorer } from './create-scorer.ts';
import type { ModelDefinition } from './model-definition.ts';
import type { BandedValue, InputOf } from './score-types.ts';

/** Above this many profiles a model's templates could outgrow their use; it is stringified instead. */
const MAX_PROFILES = 4096;

type Value = BandedValue | boolean | null | undefined;

// JSON.stringify's spelling of a number: the same digits as String(), and null when not finite.
const jsonNumber = (n: number | null) => (n !== null && Number.isFinite(n) ? String(n) : 'null');

/**
 * `JSON.stringify(score(input))`, built from one template per profile. A result is fixed by which
 * level (or unknown) each factor has, except that a banded factor echoes its measured number, so a
 * profile's JSON is made once, with a marker in each echo, and then only the numbers are written
 * in. A profile is one of at most prod(levels + 1) (the LMS: 4 x 3 x 3 x 3 = 108), so the
 * templates stay small; a serialisation that would not split cleanly at its markers, or a model
 * with more than 4,096 profiles, falls back to JSON.stringify. The test holds it equal to
 * JSON.stringify over every profile.
 *
 * @example
 * const toJson = scoreJson(lms);
 * toJson(parsed.value); // '{"complete":true,"points":6,...}', as JSON.stringify(lms.score(parsed.value))
 */
export function scoreJson<M extends ModelDefinition>(scorer: Scorer<M>): (input: InputOf<M>) => string {
  const stringify = (input: unknown) => JSON.stringify(scorer.score(input as InputOf<M>));
  // Each factor's level ids to their 1-based positions (0 is unknown); a boolean names "yes" or "no".
  const factors = scorer.definition.factors.map((f) => [f.id, new Map(f.levels.map((l, i) => [l.id, i + 1]))] as const);
  const profiles = factors.reduce((n, [, levels]) => n * (levels.size + 1), 1);
  if (profiles > MAX_PROFILES) return stringify;
  // null: this profile's JSON did not split cleanly at its markers, so it is always stringified.
  const templates: (string[] | null | undefined)[] = [];

  const templateOf = (raw: Record<string, Value>): string[] | null => {
    const marked = { ...raw };
    let echoes = 0;
    for (const [id] of factors) {
      const v = marked[id];
      if (typeof v === 'object' && v) marked[id] = { level: v.level, value: `\u0000${echoes++}` as never };
    }
    const parts = [];
    let rest = stringify(marked);
    for (let i = 0; i < echoes; i++) {
      const marker = `"\\u0000${i}"`;
      const at = rest.indexOf(marker);
      if (at < 0 || rest.includes(marker, at + 1)) return null;
      parts.push(rest.slice(0, at));
      rest = rest.slice(at + marker.length);
    }
    parts.push(rest);
    return parts;
  };

  return (input) => {
    const raw = input as Record<string, Value>;
    let profile = 0;
    for (const [id, levels] of factors) {
      const v = raw[id];
      // An echo must print as JSON.stringify would, so only a number or null takes a template.
      const at =
        v === null || v === undefined
          ? 0
          : typeof v === 'boolean'
            ? levels.get(v ? 'yes' : 'no')
            : v.value === null || typeof v.value === 'number'
              ? levels.get(v.level)
              : undefined;
      if (at === undefined) return stringify(input); // not a level: score() says why
      profile = profile * (levels.size + 1) + at;
    }
    let parts = templates[profile];
    if (parts === undefined) {
      parts = templateOf(raw);
      templates[profile] = parts;
    }
    if (parts === null) return stringify(input);
    let json = parts[0]!;
    let slot = 1;
    for (const [id] of factors) {
      const v = raw[id];
      if (typeof v === 'object' && v) json += jsonNumber(v.value) + parts[slot++];
    }
    return json;
  };
}

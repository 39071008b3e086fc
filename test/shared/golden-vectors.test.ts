import { describe, expect, it } from 'vitest';
import { parse, score } from '../../shared/lms.ts';
import { goldenCases, invalidCases, pinned, rawInput, scoredCases } from '../support/golden-vectors.ts';

describe('golden vectors', () => {
  it('cover all 24 complete profiles, 6 Ki-67 boundaries, partial and bad inputs', () => {
    const count = (g: string) => goldenCases.filter((c) => c.group === g).length;
    expect(count('complete')).toBe(24);
    expect(count('boundary')).toBe(6);
    expect(count('partial')).toBeGreaterThanOrEqual(5);
    expect(invalidCases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(scoredCases.map((c) => [c.name, c] as const))('%s scores as the oracle says', (_, c) => {
    const parsed = parse(rawInput(c), c.source ? { source: c.source } : undefined);
    expect(parsed).toMatchObject({ ok: true });
    if (!parsed.ok) return;
    const result = score(parsed.value);
    expect(pinned(result)).toEqual(c.expected);
    if (c.level) expect(result.breakdown[0]).toMatchObject({ factor: 'ki67', level: c.level });
  });

  it.each(invalidCases.map((c) => [c.name, c] as const))('%s is refused with the named problems', (_, c) => {
    const parsed = parse(rawInput(c));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map(({ field, code }) => ({ field, code }))).toEqual(c.problems);
    for (const p of parsed.problems) expect(p.message.length).toBeGreaterThan(10);
  });
});

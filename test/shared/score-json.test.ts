import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScorer, type Scorer } from '../../shared/create-scorer.ts';
import { lms } from '../../shared/lms.ts';
import type { ModelDefinition } from '../../shared/model-definition.ts';
import { scoreJson } from '../../shared/score-json.ts';
import { toyModel } from '../support/toy-model.ts';

/** Every profile of a model: each factor at each of its levels or unknown. */
function profiles(definition: ModelDefinition): Record<string, unknown>[] {
  let all: Record<string, unknown>[] = [{}];
  for (const f of definition.factors) {
    const values: unknown[] = [null];
    for (const l of f.levels) values.push(f.kind === 'banded' ? { level: l.id, value: null } : l.id === 'yes');
    all = all.flatMap((p) => values.map((v) => ({ ...p, [f.id]: v })));
  }
  return all;
}

describe('scoreJson: the text JSON.stringify(score(input)) gives, from one template per profile', () => {
  for (const [name, scorer] of [
    ['the LMS', lms],
    ['a second model', createScorer(toyModel, 'toy-hash')],
  ] as const) {
    it(`equals JSON.stringify for every profile of ${name}, asked twice (made, then from its template)`, () => {
      const toJson = scoreJson(scorer as Scorer<ModelDefinition>);
      const all = profiles(scorer.definition);
      for (const input of [...all, ...all])
        expect(toJson(input as never)).toBe(JSON.stringify(scorer.score(input as never)));
    });
  }

  it('writes any measured number into its template as JSON.stringify would', () => {
    const toJson = scoreJson(lms as Scorer<ModelDefinition>);
    const flag = fc.constantFrom(true, false, null);
    const raw = fc.record({
      ki67: fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom('<3', '3-20', '>20', null)),
      vascularInvasion: flag,
      lymphNodeMetastasis: flag,
      adjuvantTherapy: flag,
    });
    fc.assert(
      fc.property(raw, (r) => {
        const parsed = lms.parse(r);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        expect(toJson(parsed.value)).toBe(JSON.stringify(lms.score(parsed.value)));
      }),
      { numRuns: 2000 },
    );
  });

  it('echoes a number the same way when a profile is first met with a value and later with none', () => {
    const toJson = scoreJson(lms as Scorer<ModelDefinition>);
    const base = { vascularInvasion: true, lymphNodeMetastasis: null, adjuvantTherapy: false };
    for (const value of [12.5, null, 3, 0.1 + 0.2, 20]) {
      const input = { ...base, ki67: { level: '3-20', value } };
      expect(toJson(input as never)).toBe(JSON.stringify(lms.score(input as never)));
    }
  });

  it("throws score()'s own error for a value that names no level", () => {
    const toJson = scoreJson(lms as Scorer<ModelDefinition>);
    const bad = { ki67: { level: 'huge', value: 12 }, vascularInvasion: true };
    expect(() => toJson(bad as never)).toThrow(/ki67: .* is not a level of this factor/);
    expect(() => toJson({ ki67: true } as never)).toThrow(/not a level/);
  });
});

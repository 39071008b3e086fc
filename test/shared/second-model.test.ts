import { describe, expect, it } from 'vitest';
import { createScorer } from '../../shared/create-scorer.ts';
import { modelHash } from '../../shared/model-hash.ts';
import { toyModel } from '../support/toy-model.ts';

const toy = createScorer(toyModel, modelHash(toyModel));
const scoreOf = (raw: unknown, source?: 'text') => {
  const parsed = toy.parse(raw, { source });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return toy.score(parsed.value);
};

describe('a second score is a definition file: the engine scores a toy model with no code of its own', () => {
  it('scores a complete input with its own points, group, risk and horizon', () => {
    const r = scoreOf({ age: 70, smoker: 'yes' });
    expect(r).toMatchObject({ complete: true, points: 3, riskGroup: 'higher', risk: 0.4, horizonYears: 1 });
    expect(r.relativeHazard).toBe(8);
    expect(r.model).toEqual({ id: 'toy', version: '0.0.1', hash: modelHash(toyModel) });
    expect(r.whatIf).toEqual({});
  });

  it('gives ranges for unknowns from its own levels', () => {
    const r = scoreOf({ age: '', smoker: 'no' }, 'text');
    expect(r).toMatchObject({ complete: false, points: null, pointsRange: [0, 2], riskGroup: null, risk: null });
    expect(r.possibleRiskGroups).toEqual(['lower', 'higher']);
    expect(r.relativeHazardRange).toEqual([1, 4]);
  });

  it('reads its own bands and refuses fields of other models', () => {
    expect(scoreOf({ age: '>=65' }).breakdown[0]).toMatchObject({ factor: 'age', level: '>=65', value: null });
    const parsed = toy.parse({ ki67: 12, age: 10 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems.map((p) => [p.field, p.code])).toEqual([
        ['ki67', 'unknown_field'],
        ['age', 'out_of_range'],
      ]);
    }
  });
});

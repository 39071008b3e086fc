import { describe, expect, it } from 'vitest';
import { compileModel } from '../../shared/compile-model.ts';
import { lmsModel } from '../../shared/lms-model.ts';
import type { ModelDefinition } from '../../shared/model-definition.ts';
import { toyModel } from '../support/toy-model.ts';

type Sourced = { value: number };
/** The parts of a definition the cases below break, writable. */
type Editable = {
  whatIf: { factor: string; from: boolean; to: boolean; note: string }[];
  factors: {
    id: string;
    levels: { upperBound?: Sourced; points: Sourced; hazardRatio: Sourced; reference?: true }[];
  }[];
  riskGroups: { minPoints: Sourced; maxPoints: Sourced; risk: Sourced }[];
};

/** The toy model with one edit applied to a deep copy. */
function broken(edit: (m: Editable) => void): ModelDefinition {
  const copy = structuredClone(toyModel) as unknown as Editable & ModelDefinition;
  edit(copy);
  return copy;
}

describe('compiling a model checks the invariants an honest score needs', () => {
  it('accepts the LMS and the toy model', () => {
    expect(() => compileModel(lmsModel, 'h')).not.toThrow();
    expect(() => compileModel(toyModel, 'h')).not.toThrow();
  });

  it.each([
    [
      'overlapping groups',
      (m: Editable) => (m.riskGroups[1]!.minPoints.value = 1),
      /inside or before the previous group/,
    ],
    [
      'unordered groups',
      (m: Editable) => m.riskGroups.reverse(),
      /inside or before the previous group|fall in no risk group/,
    ],
    ['a group with min above max', (m: Editable) => (m.riskGroups[0]!.maxPoints.value = -1), /above maxPoints/],
    ['a gap between groups', (m: Editable) => (m.riskGroups[1]!.minPoints.value = 3), /2 points fall in no risk group/],
    [
      'totals above the last group',
      (m: Editable) => (m.riskGroups[1]!.maxPoints.value = 2),
      /3-3 points fall in no risk group/,
    ],
    ['bands out of order', (m: Editable) => m.factors[0]!.levels.reverse(), /only the last band is open-ended/],
    [
      'a band bound outside the range',
      (m: Editable) => (m.factors[0]!.levels[0]!.upperBound!.value = 500),
      /bands must rise/,
    ],
    [
      'negative points',
      (m: Editable) => (m.factors[1]!.levels[1]!.points.value = -1),
      /points must be a whole number >= 0/,
    ],
    [
      'fractional points',
      (m: Editable) => (m.factors[1]!.levels[1]!.points.value = 0.5),
      /points must be a whole number >= 0/,
    ],
    [
      'a reference hazard ratio other than 1',
      (m: Editable) => (m.factors[1]!.levels[0]!.hazardRatio.value = 1.2),
      /reference level has hazard ratio 1/,
    ],
    [
      'no reference level',
      (m: Editable) => delete m.factors[1]!.levels[0]!.reference,
      /exactly one reference level, has 0/,
    ],
    [
      'a non-positive hazard ratio',
      (m: Editable) => (m.factors[1]!.levels[1]!.hazardRatio.value = 0),
      /hazard ratio must be positive/,
    ],
    ['a risk above 1', (m: Editable) => (m.riskGroups[0]!.risk.value = 2.9), /risk must be a fraction/],
    [
      'a factor named as a reserved key',
      (m: Editable) => (m.factors[1]!.id = 'constructor'),
      /constructor: the name is reserved/,
    ],
    [
      'a what-if on a factor that is not yes/no',
      (m: Editable) => (m.whatIf = [{ factor: m.factors[0]!.id, from: false, to: true, note: 'n' }]),
      /names no yes\/no factor/,
    ],
    [
      'a what-if on no factor',
      (m: Editable) => (m.whatIf = [{ factor: 'nowhere', from: false, to: true, note: 'n' }]),
      /what-if nowhere: names no yes\/no factor/,
    ],
  ])('refuses %s', (_name, edit, message) => {
    expect(() => compileModel(broken(edit), 'h')).toThrow(message);
  });
});

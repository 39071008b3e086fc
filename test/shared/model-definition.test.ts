import { describe, expect, it } from 'vitest';
import { modelHash } from '../../scripts/build/model-hash.ts';
import { parse, score } from '../../shared/lms.ts';
import { lmsModel } from '../../shared/lms-model.ts';
import { lmsModelHash } from '../../shared/lms-model-hash.ts';

type Node = { value?: unknown; provenance?: unknown };

/** Every { value, provenance } leaf of the definition. */
function sourcedNumbers(node: unknown, path = ''): { path: string; node: Node }[] {
  if (!node || typeof node !== 'object') return [];
  const n = node as Node;
  if ('provenance' in n) return [{ path, node: n }];
  return Object.entries(node).flatMap(([k, v]) => sourcedNumbers(v, `${path}.${k}`));
}

describe('the LMS model definition', () => {
  it('carries the content hash of its canonical JSON (run npm run model:hash after editing the model)', () => {
    expect(modelHash(lmsModel)).toBe(lmsModelHash);
  });

  it('stamps every result with its id, version and hash', () => {
    const parsed = parse({});
    if (!parsed.ok) throw new Error('empty input must parse');
    expect(score(parsed.input).model).toEqual({ id: 'lms', version: lmsModel.version, hash: lmsModelHash });
  });

  it('marks every number published or derived', () => {
    const leaves = sourcedNumbers(lmsModel);
    expect(leaves.length).toBeGreaterThan(25);
    for (const { node } of leaves) {
      expect(['published', 'derived']).toContain(node.provenance);
      expect(typeof node.value).toBe('number');
    }
  });

  it('holds every published number of the abstract, marked published', () => {
    const published = sourcedNumbers(lmsModel)
      .filter((l) => l.node.provenance === 'published')
      .map((l) => l.node.value);
    for (const v of [10.36, 18.3, 5.03, 2.24, 3.03, 0.888, 724, 66, 0.091, 36, 0.029, 0.208, 0.497, 0.636, 0.958, 3]) {
      expect(published).toContain(v);
    }
  });

  it('marks every point and cut-off derived', () => {
    for (const f of lmsModel.factors) for (const l of f.levels) expect(l.points.provenance).toBe('derived');
    for (const g of lmsModel.riskGroups) {
      expect(g.minPoints.provenance).toBe('derived');
      expect(g.maxPoints.provenance).toBe('derived');
      expect(g.risk.provenance).toBe('published');
    }
  });

  it('derives points from the hazard ratios by the Sullivan method it states', () => {
    const smallest = Math.log(2.24);
    for (const f of lmsModel.factors) {
      for (const l of f.levels) expect(l.points.value).toBe(Math.round(Math.log(l.hazardRatio.value) / smallest));
    }
  });
});

import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../shared/create-scorer.ts';
import { parse, score } from '../../shared/lms.ts';
import { lmsModel } from '../../shared/lms-model.ts';
import { lmsModelHash } from '../../shared/lms-model-hash.ts';
import { canonicalJson, modelHash, sha256 } from '../../shared/model-hash.ts';

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
    // Node's own SHA-256 is the oracle for the core's pure one.
    expect(createHash('sha256').update(canonicalJson(lmsModel)).digest('hex')).toBe(lmsModelHash);
    expect(modelHash(lmsModel)).toBe(lmsModelHash);
  });

  it("computes SHA-256 as Node's crypto does, for any text (block edges, astral and lone surrogates)", () => {
    const edges = [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000].map((n) => 'a'.repeat(n));
    for (const text of [...edges, 'é漢字😀', '\ud800x\udc00'])
      expect(sha256(text), JSON.stringify(text)).toBe(createHash('sha256').update(text).digest('hex'));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256(text)).toBe(createHash('sha256').update(text).digest('hex'));
      }),
    );
  });

  it('gives equal hashes for equal definitions whatever their key order', () => {
    const reordered = Object.fromEntries(Object.entries(lmsModel).reverse());
    expect(modelHash(reordered)).toBe(lmsModelHash);
    expect(createScorer(lmsModel, modelHash(lmsModel)).stamp.hash).toBe(lmsModelHash);
    expect(modelHash({ ...lmsModel, version: 'x' })).not.toBe(lmsModelHash);
  });

  it('stamps every result with its id, version and hash', () => {
    const parsed = parse({});
    if (!parsed.ok) throw new Error('empty input must parse');
    expect(score(parsed.value).model).toEqual({ id: 'lms', version: lmsModel.version, hash: lmsModelHash });
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

import type { FactorDefinition, ModelDefinition, Provenance } from './model-definition.ts';
import type { ModelStamp } from './score-types.ts';

/** Lookups precomputed once per model so that parse and score do no searching on the hot path. */
export interface CompiledLevel {
  readonly id: string;
  readonly points: number;
  readonly hazardRatio: number;
}

export interface CompiledFactor {
  readonly id: string;
  readonly definition: FactorDefinition;
  readonly levels: readonly CompiledLevel[];
  readonly levelById: ReadonlyMap<string, CompiledLevel>;
  /** Band spellings accepted as text ("<3", "3-20%", ...), normalised, to level ids. */
  readonly bandAliases: ReadonlyMap<string, string>;
  /** Points any level can give: what "unknown" may turn out to be. */
  readonly possiblePoints: readonly number[];
  readonly minPoints: number;
  readonly maxPoints: number;
  readonly minHazardRatio: number;
  readonly maxHazardRatio: number;
  readonly pointsProvenance: Provenance;
  readonly hazardRatioProvenance: Provenance;
}

export interface CompiledGroup {
  readonly id: string;
  readonly risk: number;
  /** Bit p set when p points fall in this group. */
  readonly mask: number;
}

export interface CompiledModel {
  readonly definition: ModelDefinition;
  readonly stamp: ModelStamp;
  readonly factors: readonly CompiledFactor[];
  readonly factorById: ReadonlyMap<string, CompiledFactor>;
  readonly groups: readonly CompiledGroup[];
  readonly riskProvenance: Provenance;
  readonly pointsProvenance: Provenance;
}

/** Normalises a band as typed: no spaces, dashes unified, no trailing %. */
export const normaliseBand = (text: string): string =>
  text
    .replace(/\s+/g, '')
    .replace(/[\u2010-\u2015\u2212~]/g, '-')
    .replace(/%$/, '')
    .toLowerCase();

const MAX_POINTS = 30; // totals live in the bits of a 32-bit mask

const worstProvenance = (items: readonly { provenance: Provenance }[]): Provenance =>
  items.some((i) => i.provenance === 'derived') ? 'derived' : 'published';

function compileFactor(definition: FactorDefinition): CompiledFactor {
  const levels = definition.levels.map((l) => ({ id: l.id, points: l.points.value, hazardRatio: l.hazardRatio.value }));
  const points = levels.map((l) => l.points);
  const ratios = levels.map((l) => l.hazardRatio);
  const bandAliases = new Map<string, string>();
  if (definition.kind === 'banded') {
    for (const l of definition.levels) {
      bandAliases.set(normaliseBand(l.id), l.id);
      bandAliases.set(normaliseBand(l.label), l.id);
    }
  }
  return {
    id: definition.id,
    definition,
    levels,
    levelById: new Map(levels.map((l) => [l.id, l])),
    bandAliases,
    possiblePoints: [...new Set(points)],
    minPoints: Math.min(...points),
    maxPoints: Math.max(...points),
    minHazardRatio: Math.min(...ratios),
    maxHazardRatio: Math.max(...ratios),
    pointsProvenance: worstProvenance(definition.levels.map((l) => l.points)),
    hazardRatioProvenance: worstProvenance(definition.levels.map((l) => l.hazardRatio)),
  };
}

/** Checks a definition's invariants and precomputes its lookups. Throws on a malformed model. */
export function compileModel(definition: ModelDefinition, hash: string): CompiledModel {
  const factors = definition.factors.map(compileFactor);
  const total = factors.reduce((sum, f) => sum + f.maxPoints, 0);
  if (total > MAX_POINTS) throw new Error(`${definition.id}: at most ${MAX_POINTS} points are supported`);
  const groups = definition.riskGroups.map((g) => {
    let mask = 0;
    for (let p = g.minPoints.value; p <= g.maxPoints.value; p++) mask |= 1 << p;
    return { id: g.id, risk: g.risk.value, mask };
  });
  const covered = groups.reduce((m, g) => m | g.mask, 0);
  for (let p = 0; p <= total; p++) {
    if (!(covered & (1 << p))) throw new Error(`${definition.id}: ${p} points fall in no risk group`);
  }
  return {
    definition,
    stamp: { id: definition.id, version: definition.version, hash },
    factors,
    factorById: new Map(factors.map((f) => [f.id, f])),
    groups,
    riskProvenance: worstProvenance(definition.riskGroups.map((g) => g.risk)),
    pointsProvenance: worstProvenance(factors.map((f) => ({ provenance: f.pointsProvenance }))),
  };
}

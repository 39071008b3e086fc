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
  /** A yes/no factor's levels for true and false (undefined for a banded factor). */
  readonly yes: CompiledLevel | undefined;
  readonly no: CompiledLevel | undefined;
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

/** A counterfactual (WhatIfDefinition) with its factor's place and the level it swaps in. */
export interface CompiledWhatIf {
  readonly factor: string;
  readonly index: number;
  readonly from: boolean;
  readonly to: CompiledLevel;
  readonly note: string;
}

export interface CompiledModel {
  readonly definition: ModelDefinition;
  readonly stamp: ModelStamp;
  readonly factors: readonly CompiledFactor[];
  readonly factorById: ReadonlyMap<string, CompiledFactor>;
  /** Every factor unknown (null): what parse copies before reading a raw input. */
  readonly emptyInput: Readonly<Record<string, null>>;
  readonly groups: readonly CompiledGroup[];
  readonly whatIf: readonly CompiledWhatIf[];
  readonly riskProvenance: Provenance;
  readonly pointsProvenance: Provenance;
  readonly horizonYears: number;
}

/** Names no factor may take: parse refuses them as input keys (and so never looks them up). */
const FORBIDDEN_IDS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

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
    yes: definition.kind === 'boolean' ? levels.find((l) => l.id === 'yes') : undefined,
    no: definition.kind === 'boolean' ? levels.find((l) => l.id === 'no') : undefined,
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

/** Every reason a factor's definition cannot be scored, in words. */
function factorErrors(f: FactorDefinition): string[] {
  const errors: string[] = [];
  const references = f.levels.filter((l) => l.reference);
  if (references.length !== 1) errors.push(`${f.id}: needs exactly one reference level, has ${references.length}`);
  for (const l of f.levels) {
    if (l.reference && l.hazardRatio.value !== 1) errors.push(`${f.id} ${l.id}: a reference level has hazard ratio 1`);
    if (!(l.hazardRatio.value > 0)) errors.push(`${f.id} ${l.id}: hazard ratio must be positive`);
    if (!Number.isInteger(l.points.value) || l.points.value < 0) {
      errors.push(`${f.id} ${l.id}: points must be a whole number >= 0`);
    }
  }
  if (f.kind === 'banded') {
    let below = f.min;
    f.levels.forEach((l, i) => {
      const last = i === f.levels.length - 1;
      if (!l.upperBound !== last) errors.push(`${f.id} ${l.id}: only the last band is open-ended`);
      else if (l.upperBound && !(l.upperBound.value > below && l.upperBound.value <= f.max)) {
        errors.push(`${f.id} ${l.id}: bands must rise from ${f.min} to ${f.max} in order`);
      } else if (l.upperBound) below = l.upperBound.value;
    });
  }
  return errors;
}

/** Every reason the risk groups cannot be scored: unordered, overlapping, gapped or empty. */
function groupErrors(definition: ModelDefinition, total: number): string[] {
  const errors: string[] = [];
  let next = 0;
  for (const g of definition.riskGroups) {
    const [lo, hi] = [g.minPoints.value, g.maxPoints.value];
    if (lo > hi) errors.push(`group ${g.id}: minPoints ${lo} is above maxPoints ${hi}`);
    else if (lo < next) errors.push(`group ${g.id}: starts at ${lo}, inside or before the previous group`);
    else if (lo > next) errors.push(`${next} points fall in no risk group`);
    next = Math.max(next, hi + 1);
    if (!(g.risk.value >= 0 && g.risk.value <= 1)) errors.push(`group ${g.id}: risk must be a fraction from 0 to 1`);
  }
  if (next <= total) errors.push(`${next}-${total} points fall in no risk group`);
  return errors;
}

/**
 * Checks a definition's invariants and precomputes its lookups. Throws, listing every problem, on
 * a model that could not be scored honestly: no or several reference levels, a reference hazard
 * ratio other than 1, negative or fractional points, bands out of order, risk groups out of order,
 * overlapping or leaving totals uncovered.
 */
export function compileModel(definition: ModelDefinition, hash: string): CompiledModel {
  const factors = definition.factors.map(compileFactor);
  const total = factors.reduce((sum, f) => sum + f.maxPoints, 0);
  const errors = [...definition.factors.flatMap(factorErrors), ...groupErrors(definition, total)];
  for (const f of factors) if (FORBIDDEN_IDS.has(f.id)) errors.push(`factor ${f.id}: the name is reserved`);
  if (total > MAX_POINTS) errors.push(`at most ${MAX_POINTS} points are supported, the factors reach ${total}`);
  const whatIf = definition.whatIf.flatMap((w) => {
    const index = factors.findIndex((f) => f.id === w.factor);
    const to = factors[index]?.levelById.get(w.to ? 'yes' : 'no');
    if (!to || factors[index]!.definition.kind !== 'boolean') {
      errors.push(`what-if ${w.factor}: names no yes/no factor`);
      return [];
    }
    return [{ factor: w.factor, index, from: w.from, to, note: w.note }];
  });
  if (errors.length) throw new Error(`${definition.id}: invalid model definition: ${errors.join('; ')}.`);
  const groups = definition.riskGroups.map((g) => {
    let mask = 0;
    for (let p = g.minPoints.value; p <= g.maxPoints.value; p++) mask |= 1 << p;
    return { id: g.id, risk: g.risk.value, mask };
  });
  return {
    definition,
    stamp: { id: definition.id, version: definition.version, hash },
    factors,
    factorById: new Map(factors.map((f) => [f.id, f])),
    emptyInput: Object.fromEntries(factors.map((f) => [f.id, null])),
    groups,
    whatIf,
    riskProvenance: worstProvenance(definition.riskGroups.map((g) => g.risk)),
    pointsProvenance: worstProvenance(factors.map((f) => ({ provenance: f.pointsProvenance }))),
    horizonYears: definition.horizonYears.value,
  };
}

import type { CompiledFactor, CompiledLevel, CompiledModel } from './compile-model.ts';
import type { BandedValue, FactorBreakdown, ScoreResult, ScoreSummary, WhatIfResult } from './score-types.ts';

// Products of 2-decimal hazard ratios have at most 8 decimals; 6 drops float noise, not information.
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

type RawInput = { readonly [factor: string]: BandedValue | boolean | null | undefined };

/** The level a parsed value names; a value no level matches is a caller's bug, refused loudly. */
function levelOf(factor: CompiledFactor, value: BandedValue | boolean): CompiledLevel {
  const level =
    typeof value === 'boolean'
      ? value
        ? factor.yes
        : factor.no
      : typeof value === 'object'
        ? factor.levelById.get(value.level)
        : undefined;
  if (!level) {
    const levels = factor.levels.map((l) => l.id).join(', ');
    throw new TypeError(
      `${factor.id}: ${JSON.stringify(value)} is not a level of this factor (${levels}); use parse() first.`,
    );
  }
  return level;
}

/**
 * Sums one profile, given each factor's level (undefined: unknown), in the model's factor order,
 * with the one at `swap` replaced by `swapTo` (a what-if).
 * Reachable totals are kept as bits of a mask (bit p = p points reachable), so a partial input
 * gives the exact set of totals and groups its unknowns allow, not just a min-max span.
 */
function summarise(
  model: CompiledModel,
  levels: readonly (CompiledLevel | undefined)[],
  swap = -1,
  swapTo?: CompiledLevel,
): ScoreSummary {
  let reachable = 1;
  let hrMin = 1;
  let hrMax = 1;
  let complete = true;
  const factors = model.factors;
  for (let i = 0; i < factors.length; i++) {
    const level = i === swap ? swapTo : levels[i];
    if (level) {
      reachable <<= level.points;
      hrMin *= level.hazardRatio;
      hrMax *= level.hazardRatio;
    } else {
      const factor = factors[i]!;
      complete = false;
      let next = 0;
      for (const p of factor.possiblePoints) next |= reachable << p;
      reachable = next;
      hrMin *= factor.minHazardRatio;
      hrMax *= factor.maxHazardRatio;
    }
  }
  const min = 31 - Math.clz32(reachable & -reachable);
  const max = 31 - Math.clz32(reachable);
  const possibleRiskGroups: string[] = [];
  let risk: number | null = null;
  for (const group of model.groups) {
    if (group.mask & reachable) {
      possibleRiskGroups.push(group.id);
      risk = group.risk;
    }
  }
  const single = possibleRiskGroups.length === 1;
  return {
    points: complete ? min : null,
    pointsRange: [min, max],
    riskGroup: single ? possibleRiskGroups[0]! : null,
    possibleRiskGroups,
    risk: single ? risk : null,
    relativeHazard: complete ? round6(hrMin) : null,
    relativeHazardRange: [round6(hrMin), round6(hrMax)],
  };
}

/**
 * Scores a parsed input. Pure and synchronous; the result is plain JSON. Throws a TypeError for a
 * value that names no level of its factor: parse() never produces one, so that is a caller's bug.
 * Each factor's value is read and looked up once; a what-if re-sums those levels with one swapped.
 */
export function scoreInput(model: CompiledModel, input: RawInput): ScoreResult {
  const factors = model.factors;
  const levels: (CompiledLevel | undefined)[] = [];
  const breakdown: FactorBreakdown[] = [];
  for (const factor of factors) {
    const value = input[factor.id];
    const level = value === null || value === undefined ? undefined : levelOf(factor, value);
    levels.push(level);
    breakdown.push({
      factor: factor.id,
      known: level !== undefined,
      level: level ? level.id : null,
      value: level && typeof value === 'object' && value ? value.value : null,
      points: level ? level.points : null,
      pointsRange: level ? [level.points, level.points] : [factor.minPoints, factor.maxPoints],
      pointsProvenance: factor.pointsProvenance,
      hazardRatio: level ? level.hazardRatio : null,
      hazardRatioProvenance: factor.hazardRatioProvenance,
    });
  }
  const s = summarise(model, levels);
  const whatIf: Record<string, WhatIfResult> = {};
  for (const w of model.whatIf) {
    if (input[w.factor] !== w.from) continue;
    const t = summarise(model, levels, w.index, w.to);
    // One object literal each, not spreads: this is the hot path of every score.
    whatIf[w.factor] = {
      points: t.points,
      pointsRange: t.pointsRange,
      riskGroup: t.riskGroup,
      possibleRiskGroups: t.possibleRiskGroups,
      risk: t.risk,
      relativeHazard: t.relativeHazard,
      relativeHazardRange: t.relativeHazardRange,
      note: w.note,
    };
  }
  return {
    complete: s.points !== null,
    points: s.points,
    pointsRange: s.pointsRange,
    riskGroup: s.riskGroup,
    possibleRiskGroups: s.possibleRiskGroups,
    risk: s.risk,
    relativeHazard: s.relativeHazard,
    relativeHazardRange: s.relativeHazardRange,
    pointsProvenance: model.pointsProvenance,
    riskProvenance: model.riskProvenance,
    horizonYears: model.horizonYears,
    breakdown,
    whatIf,
    model: model.stamp,
  };
}

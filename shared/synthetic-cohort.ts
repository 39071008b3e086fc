import type { Scorer } from './create-scorer.ts';
import type { ModelDefinition } from './model-definition.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * How often each level occurs in a synthetic cohort: per banded factor, one share per band; per
 * yes/no factor, the share of "yes". These are assumptions for a demonstration, not published data.
 */
export type Prevalence = Readonly<Record<string, number | readonly number[]>>;

export interface SyntheticOptions {
  readonly n: number;
  readonly seed: number;
  readonly prevalence: Prevalence;
  /** Censoring is uniform between these follow-up times, in months. */
  readonly censorMonths: readonly [number, number];
}

/**
 * A synthetic cohort for trying the validation: factors drawn with the given (assumed) prevalences;
 * times to the outcome exponential with each risk group's published risk by the horizon; uniform
 * censoring. Rows carry ids "synthetic-1", ... so that nobody mistakes them for patients.
 *
 * @example
 * syntheticCohort(lms, { n: 500, seed: 1, prevalence: { ki67: [0.55, 0.35, 0.1], vascularInvasion: 0.25 }, censorMonths: [12, 120] });
 */
export function syntheticCohort(scorer: Scorer<ModelDefinition>, options: SyntheticOptions): Record<string, unknown>[] {
  const def = scorer.definition;
  const next = seededRandom(options.seed);
  const horizonMonths = def.horizonYears.value * 12;
  const rate = new Map(def.riskGroups.map((g) => [g.id, -Math.log(1 - g.risk.value) / horizonMonths]));
  const [from, to] = options.censorMonths;
  return Array.from({ length: options.n }, (_, i) => {
    const row: Record<string, unknown> = { id: `synthetic-${i + 1}` };
    for (const f of def.factors) {
      const p = options.prevalence[f.id];
      if (f.kind === 'boolean') row[f.id] = next() < (typeof p === 'number' ? p : 0.5);
      else {
        const shares = Array.isArray(p) ? p : f.levels.map(() => 1 / f.levels.length);
        let u = next();
        let k = 0;
        while (k < shares.length - 1 && u >= shares[k]!) u -= shares[k++]!;
        row[f.id] = f.levels[k]!.id;
      }
    }
    const { id: _id, ...fields } = row;
    const parsed = scorer.parse(fields);
    const group = parsed.ok ? scorer.score(parsed.value).riskGroup : null;
    const outcome = -Math.log(1 - next()) / (rate.get(group ?? '') ?? rate.values().next().value!);
    const censor = from + next() * (to - from);
    row.time = Math.round(Math.min(outcome, censor) * 10) / 10;
    row.event = outcome <= censor ? 1 : 0;
    return row;
  });
}

import type { BandedFactorDefinition, FactorDefinition, ModelDefinition, Provenance } from './model-definition.ts';
import type { Result } from './problem-codes.ts';

/** A banded factor's value: the band, and the measured number when one was given. */
export interface BandedValue<L extends string = string> {
  readonly level: L;
  readonly value: number | null;
}

type FactorInput<F extends FactorDefinition> = F extends BandedFactorDefinition
  ? BandedValue<F['levels'][number]['id']>
  : boolean;

/** Parsed input of a model: one key per factor, `null` meaning unknown (never assumed "no"). */
export type InputOf<M extends ModelDefinition> = {
  readonly [F in M['factors'][number] as F['id']]: FactorInput<F> | null;
};

export type ParseResult<I> = Result<I>;

/** How raw values arrive: JSON keeps types; text (query strings, CSV, form fields) has only strings. */
export interface ParseOptions {
  readonly source?: 'json' | 'text';
  /**
   * Keys that belong to the row around the input (a batch row's `id`; a cohort's `time` and
   * `event`): passed over, neither read nor refused, so the caller need not copy the row without them.
   */
  readonly envelope?: ReadonlySet<string>;
}

export interface FactorBreakdown {
  readonly factor: string;
  readonly known: boolean;
  /** Level id (e.g. "3-20", "yes"), or null when unknown. */
  readonly level: string | null;
  /** The measured number for banded factors, when one was given. */
  readonly value: number | null;
  readonly points: number | null;
  readonly pointsRange: readonly [number, number];
  readonly pointsProvenance: Provenance;
  readonly hazardRatio: number | null;
  readonly hazardRatioProvenance: Provenance;
}

export interface ScoreSummary<G extends string = string> {
  readonly points: number | null;
  readonly pointsRange: readonly [number, number];
  readonly riskGroup: G | null;
  readonly possibleRiskGroups: readonly G[];
  /** The group's published risk of the outcome by the model's horizon (`horizonYears`), as a fraction; null unless one group is possible. */
  readonly risk: number | null;
  /**
   * Hazard relative to the reference patient (every factor at its reference level): the product of
   * the published hazard ratios, rounded to 6 decimal places. Null unless every factor is known.
   */
  readonly relativeHazard: number | null;
  /** Lowest and highest relative hazard the unknown factors allow, rounded the same way. */
  readonly relativeHazardRange: readonly [number, number];
}

export interface WhatIfResult<G extends string = string> extends ScoreSummary<G> {
  readonly note: string;
}

export interface ModelStamp {
  readonly id: string;
  readonly version: string;
  readonly hash: string;
}

/** A plain JSON-ready score: the API serves it as is. */
export interface ScoreResult<G extends string = string> extends ScoreSummary<G> {
  readonly complete: boolean;
  readonly riskProvenance: Provenance;
  /** The horizon of `risk`, in years, from the model definition. */
  readonly horizonYears: number;
  readonly pointsProvenance: Provenance;
  readonly breakdown: readonly FactorBreakdown[];
  readonly whatIf: { readonly [factor: string]: WhatIfResult<G> };
  readonly model: ModelStamp;
}

export type RiskGroupOf<M extends ModelDefinition> = M['riskGroups'][number]['id'];

/**
 * The shape every score definition satisfies. A score is data: factors with levels, points and
 * hazard ratios, risk groups with their cut-offs, and the publication they come from. Every number
 * carries its provenance so that the API and the UI can say which figures are the paper's and which
 * this project derived.
 */

/** `published`: printed in the paper. `derived`: computed by this project from published figures. */
export type Provenance = 'published' | 'derived';

/** A number together with where it comes from. */
export interface Sourced<V = number> {
  readonly value: V;
  readonly provenance: Provenance;
  /** Free-text pointer: "abstract, Results", or how it was derived. */
  readonly source: string;
}

/** One level of a factor: its hazard ratio against the factor's reference level and its points. */
export interface LevelDefinition {
  readonly id: string;
  readonly label: string;
  /** Hazard ratio vs the reference level; the reference level has 1 by definition. */
  readonly hazardRatio: Sourced;
  readonly points: Sourced;
  readonly reference?: true;
}

/** A yes/no factor: `yes` and `no` levels. */
export interface BooleanFactorDefinition {
  readonly kind: 'boolean';
  readonly id: string;
  readonly label: string;
  /** What "yes" means, for documentation (e.g. "adjuvant therapy was given"). */
  readonly question: string;
  readonly levels: readonly [LevelDefinition & { readonly id: 'no' }, LevelDefinition & { readonly id: 'yes' }];
}

/** Upper bound of a band; a band without one is open-ended up to the factor's maximum. */
export interface BandBound {
  readonly value: number;
  readonly inclusive: boolean;
}

/** A measured number (e.g. a percentage) read through contiguous bands, lowest first. */
export interface BandedFactorDefinition {
  readonly kind: 'banded';
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly levels: readonly (LevelDefinition & { readonly upperBound?: BandBound; readonly grade?: string })[];
}

export type FactorDefinition = BooleanFactorDefinition | BandedFactorDefinition;

export interface RiskGroupDefinition {
  readonly id: string;
  readonly label: string;
  readonly minPoints: Sourced;
  readonly maxPoints: Sourced;
  /** Published risk of the outcome at the horizon, as a fraction. */
  readonly risk: Sourced;
}

/**
 * A counterfactual the result reports: had `factor` been `to` when it was `from`.
 * Used for "had adjuvant therapy been given", with the caveat that it is an association.
 */
export interface WhatIfDefinition {
  readonly factor: string;
  readonly from: boolean;
  readonly to: boolean;
  readonly note: string;
}

export interface ModelDefinition {
  readonly id: string;
  readonly version: string;
  readonly name: string;
  readonly outcome: string;
  readonly horizonYears: Sourced;
  readonly scope: string;
  readonly citation: {
    readonly text: string;
    readonly doi: string;
    readonly pmid: string;
    readonly url: string;
  };
  /** Published figures about the cohort and the model's performance, shown for context. */
  readonly evidence: Readonly<Record<string, Sourced & { readonly label: string; readonly caveat?: string }>>;
  /** How points and cut-offs were derived, in words. */
  readonly derivation: string;
  readonly factors: readonly FactorDefinition[];
  readonly riskGroups: readonly RiskGroupDefinition[];
  readonly whatIf: readonly WhatIfDefinition[];
}

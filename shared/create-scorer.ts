import { compileModel } from './compile-model.ts';
import type { ModelDefinition } from './model-definition.ts';
import { parseInput } from './parse-input.ts';
import { scoreInput } from './score-input.ts';
import type { InputOf, ModelStamp, ParseOptions, ParseResult, RiskGroupOf, ScoreResult } from './score-types.ts';

/** A model's parse and score, typed from its definition. */
export interface Scorer<M extends ModelDefinition> {
  readonly definition: M;
  readonly stamp: ModelStamp;
  /** Reads raw values into a typed input or problems naming each bad field. Never throws. */
  parse(raw: unknown, options?: ParseOptions): ParseResult<InputOf<M>>;
  /** Scores a parsed input; unknown fields widen the result into ranges. */
  score(input: InputOf<M>): ScoreResult<RiskGroupOf<M>>;
}

/**
 * Binds the pure engine to one model definition. `hash` is the definition's content hash,
 * `modelHash(definition)` (model-hash.ts); the LMS's is written at build time with that function
 * (scripts/write-model-hash.ts), so that loading the core hashes nothing. The hash is an argument,
 * not computed here, so that a bundle that scores never carries the SHA-256 code.
 *
 * @example
 * const lms = createScorer(lmsModel, lmsModelHash);
 * const mine = createScorer(myModel, modelHash(myModel));
 * const parsed = lms.parse({ ki67: 12, vascularInvasion: true });
 * if (parsed.ok) lms.score(parsed.value).pointsRange; // [5, 7]
 */
export function createScorer<const M extends ModelDefinition>(definition: M, hash: string): Scorer<M> {
  const model = compileModel(definition, hash);
  return {
    definition,
    stamp: model.stamp,
    parse: (raw, options) => parseInput<InputOf<M>>(model, raw, options),
    score: (input) => scoreInput(model, input as never) as ScoreResult<RiskGroupOf<M>>,
  };
}

import { compileModel } from './compile-model.ts';
import type { ModelDefinition } from './model-definition.ts';
import { modelHash } from './model-hash.ts';
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
 * Binds the pure engine to one model definition. `hash` is the definition's content hash
 * (`modelHash(definition)`, computed when omitted); the LMS's is written at build time
 * (scripts/write-model-hash.ts, with the same function) so that loading the core hashes nothing.
 *
 * @example
 * const lms = createScorer(lmsModel, lmsModelHash);
 * const mine = createScorer(myModel); // mine.stamp.hash === modelHash(myModel)
 * const parsed = lms.parse({ ki67: 12, vascularInvasion: true });
 * if (parsed.ok) lms.score(parsed.value).pointsRange; // [5, 7]
 */
export function createScorer<const M extends ModelDefinition>(
  definition: M,
  hash: string = modelHash(definition),
): Scorer<M> {
  const model = compileModel(definition, hash);
  return {
    definition,
    stamp: model.stamp,
    parse: (raw, options) => parseInput<InputOf<M>>(model, raw, options),
    score: (input) => scoreInput(model, input as never) as ScoreResult<RiskGroupOf<M>>,
  };
}

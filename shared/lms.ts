import { createScorer } from './create-scorer.ts';
import { type LmsModel, lmsModel } from './lms-model.ts';
import { lmsModelHash } from './lms-model-hash.ts';
import type { InputOf, RiskGroupOf, ScoreResult } from './score-types.ts';

/**
 * The LMS scorer: the model definition bound to the pure engine. Worker and widget both use it.
 *
 * @example
 * import { parse, score } from './lms.ts';
 * const parsed = parse({ ki67: '12', vascularInvasion: 'yes', lymphNodeMetastasis: false, adjuvantTherapy: false });
 * if (parsed.ok) score(parsed.value).riskGroup; // 'high' (3 + 2 + 0 + 1 = 6 points)
 */
export const lms = createScorer(lmsModel, lmsModelHash);
export const { parse, score } = lms;

export type LmsInput = InputOf<LmsModel>;
export type LmsRiskGroup = RiskGroupOf<LmsModel>;
export type LmsResult = ScoreResult<LmsRiskGroup>;

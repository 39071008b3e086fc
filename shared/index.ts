/**
 * @lms-score/core: the Liver Metastasis Score (Zheng et al., Ann Surg Oncol 2025;32:1176-1186,
 * doi:10.1245/s10434-024-16389-0) as data, and the pure engine that scores any model defined the
 * same way. Published numbers are marked "published"; the points we derived are marked "derived".
 *
 * @example
 * import { parse, score } from '@lms-score/core';
 * const parsed = parse({ ki67: 12, vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: false });
 * if (parsed.ok) score(parsed.value).riskGroup; // 'high'
 */
export { attributeName } from './attribute-name.ts';
export { createScorer, type Scorer } from './create-scorer.ts';
export { decimalText } from './decimal-text.ts';
export { setOwnField, shownValue, squashedName } from './field-names.ts';
export { type LmsInput, type LmsResult, type LmsRiskGroup, lms, parse, score } from './lms.ts';
export { type LmsModel, lmsModel } from './lms-model.ts';
export { lmsModelHash } from './lms-model-hash.ts';
export type {
  BandBound,
  BandedFactorDefinition,
  BooleanFactorDefinition,
  FactorDefinition,
  LevelDefinition,
  ModelDefinition,
  Provenance,
  RiskGroupDefinition,
  Sourced,
  WhatIfDefinition,
} from './model-definition.ts';
export { canonicalJson, modelHash } from './model-hash.ts';
export {
  CORE_PROBLEM_CODES,
  type CoreProblemCode,
  CSV_PROBLEM_CODES,
  type CsvProblemCode,
  type Problem,
  type Result,
} from './problem-codes.ts';
export { scoreJson } from './score-json.ts';
export type {
  BandedValue,
  FactorBreakdown,
  InputOf,
  ModelStamp,
  ParseOptions,
  ParseResult,
  RiskGroupOf,
  ScoreResult,
  ScoreSummary,
  WhatIfResult,
} from './score-types.ts';

import type { BandedFactorDefinition, BooleanFactorDefinition, ModelDefinition, Scorer } from '@lms-score/core';
import type { LocaleStrings, ModelStrings, UiStrings } from './locales/locale-strings.ts';
import { stringsFromDefinition } from './model-strings.ts';

/**
 * What a calculator element needs of one score: its scorer, its factors by kind, and its words in
 * each language it has (any other language gets the definition's English words).
 */
export interface CalculatorModel {
  readonly scorer: Scorer<ModelDefinition>;
  readonly definition: ModelDefinition;
  readonly banded: readonly BandedFactorDefinition[];
  readonly booleans: readonly BooleanFactorDefinition[];
  /** Highest total the model can give. */
  readonly maxPoints: number;
  /** The calculator's words: the UI's language, with the model's words in it when it has them. */
  strings(ui: UiStrings): LocaleStrings;
}

/**
 * Prepares a scorer for the calculator element.
 *
 * @example
 * const model = calculatorModel(lms, new Map([['en', lmsEn], ['zh-Hans', lmsZhHans]]));
 */
export function calculatorModel(
  scorer: Scorer<ModelDefinition>,
  words: ReadonlyMap<string, ModelStrings> = new Map(),
): CalculatorModel {
  const definition = scorer.definition;
  // The definition's own words, built only when a language has none of the model's.
  let fallback: ModelStrings | undefined;
  const cache = new Map<UiStrings, LocaleStrings>();
  return {
    scorer,
    definition,
    banded: definition.factors.filter((f): f is BandedFactorDefinition => f.kind === 'banded'),
    booleans: definition.factors.filter((f): f is BooleanFactorDefinition => f.kind === 'boolean'),
    maxPoints: Math.max(...definition.riskGroups.map((g) => g.maxPoints.value)),
    strings(ui) {
      let merged = cache.get(ui);
      if (!merged) {
        let own = words.get(ui.locale);
        if (!own) {
          fallback ??= stringsFromDefinition(definition);
          own = fallback;
        }
        merged = { ...ui, ...own };
        cache.set(ui, merged);
      }
      return merged;
    },
  };
}

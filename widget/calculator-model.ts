import type { BandedFactorDefinition, BooleanFactorDefinition, ModelDefinition, Scorer } from '@lms-score/core';
import type { LocalePack, LocaleStrings, ModelStrings } from './locales/locale-strings.ts';
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
  /** The calculator's words in a language: its pack's UI words, with the model's when it has them. */
  strings(pack: LocalePack): LocaleStrings;
}

/**
 * Prepares a scorer for the calculator element. A score's words come from each language's pack
 * (`models[id]`), else from `words` by locale, else from the definition's English.
 *
 * @example
 * const model = calculatorModel(lms);
 */
export function calculatorModel(
  scorer: Scorer<ModelDefinition>,
  words: ReadonlyMap<string, ModelStrings> = new Map(),
): CalculatorModel {
  const definition = scorer.definition;
  // The definition's own words, built only when a language has none of the model's.
  let fallback: ModelStrings | undefined;
  const cache = new Map<LocalePack, LocaleStrings>();
  return {
    scorer,
    definition,
    banded: definition.factors.filter((f): f is BandedFactorDefinition => f.kind === 'banded'),
    booleans: definition.factors.filter((f): f is BooleanFactorDefinition => f.kind === 'boolean'),
    maxPoints: Math.max(...definition.riskGroups.map((g) => g.maxPoints.value)),
    strings(pack) {
      let merged = cache.get(pack);
      if (!merged) {
        const { ui } = pack;
        let own = Object.hasOwn(pack.models, definition.id) ? pack.models[definition.id] : words.get(ui.locale);
        if (!own) {
          fallback ??= stringsFromDefinition(definition);
          own = fallback;
        }
        merged = { ...ui, ...own };
        cache.set(pack, merged);
      }
      return merged;
    },
  };
}

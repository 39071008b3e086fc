import type { BandedFactorDefinition, BooleanFactorDefinition, ModelDefinition, Scorer } from '@lms-score/core';
import type { LocalePack, LocaleStrings, ModelStrings } from '../locales/locale-strings.ts';

/**
 * What a calculator element needs of one score to paint its form: the definition (data only),
 * its content hash, its factors by kind, and its words in each language it has (any other
 * language gets the definition's English words). The engine is not here: it arrives with the
 * calculator's second part (calculator-part.ts), after the first paint.
 */
export interface FormModel {
  readonly definition: ModelDefinition;
  /** The definition's content hash (the scorer's stamp). */
  readonly hash: string;
  readonly banded: readonly BandedFactorDefinition[];
  readonly booleans: readonly BooleanFactorDefinition[];
  /** Highest total the model can give. */
  readonly maxPoints: number;
  /**
   * The calculator's words in a language: its pack's UI words, with the model's. Undefined when
   * neither the pack nor `words` has the model's; the second part then gives the definition's own.
   */
  strings(pack: LocalePack): LocaleStrings | undefined;
}

/** A form model with its engine: what scoring, the result and the footer need. */
export interface CalculatorModel extends FormModel {
  readonly scorer: Scorer<ModelDefinition>;
  /** Always words: the definition's own (English) for a language that has none of the model's. */
  strings(pack: LocalePack): LocaleStrings;
}

/**
 * Prepares a model definition for the calculator element. A score's words come from each
 * language's pack (`models[id]`), else from `words` by locale, else (with the second part) from
 * the definition's English.
 *
 * @example
 * static override model = formModel(lmsModel, lmsModelHash);
 */
export function formModel(
  definition: ModelDefinition,
  hash: string,
  words: ReadonlyMap<string, ModelStrings> = new Map(),
): FormModel {
  const cache = new Map<LocalePack, LocaleStrings>();
  return {
    definition,
    hash,
    banded: definition.factors.filter((f): f is BandedFactorDefinition => f.kind === 'banded'),
    booleans: definition.factors.filter((f): f is BooleanFactorDefinition => f.kind === 'boolean'),
    maxPoints: Math.max(...definition.riskGroups.map((g) => g.maxPoints.value)),
    strings(pack) {
      let merged = cache.get(pack);
      if (!merged) {
        const { ui } = pack;
        const own = Object.hasOwn(pack.models, definition.id) ? pack.models[definition.id] : words.get(ui.locale);
        if (!own) return undefined;
        merged = { ...ui, ...own };
        cache.set(pack, merged);
      }
      return merged;
    },
  };
}

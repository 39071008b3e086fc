import { createScorer, lmsModel, type ModelDefinition } from '@lms-score/core';
import type { CalculatorModel, FormModel } from '../first-paint/calculator-model.ts';
import type { LocalePack, LocaleStrings, ModelStrings } from '../locales/locale-strings.ts';
import { stringsFromDefinition } from './model-strings.ts';

// The calculator's second part: the scoring engine and everything the first paint (title, scope
// and form) does not need. The element loads it as soon as it connects (calculator-parts.ts), so a
// reader sees the form after downloading only the first part. Its exports are what the element
// calls, and nothing else: it is a file of its own in the served builds.
export { bandOf, evaluate, fromValue, toValue } from '../common/calculator-state.ts';
export { pack as englishPack } from '../locales/en.ts';
export { ActionsController } from './actions-controller.ts';
export { applyInputs } from './apply-inputs.ts';
export { localeFiles } from './locale-files.ts';
export { renderPrinted } from './render-printed.ts';
export { renderRest } from './render-rest.ts';
export { sourceNote } from './render-source.ts';
export { resultStyles } from './result.styles.ts';
export { afterHashChange, stateFromFragment, writeFragment } from './share-fragment.ts';
export { summaryText } from './summary-text.ts';

/**
 * The whole definitions of the scores this package ships. A served first part carries only the
 * form's projection of its model (scripts/build/build-widget.ts, formOnly); the engine and the
 * result read the whole one from here. Any other score's form model holds its whole definition.
 */
const definitions: ReadonlyMap<string, ModelDefinition> = new Map([[lmsModel.id, lmsModel]]);

/** The form model with its engine: the shared core bound to the whole definition and the same hash. */
export function withEngine(form: FormModel): CalculatorModel {
  const whole = definitions.get(form.definition.id);
  const definition = whole?.version === form.definition.version ? whole : form.definition;
  // The definition's own words, built only when a language has none of the model's.
  let fallback: ModelStrings | undefined;
  const cache = new Map<LocalePack, LocaleStrings>();
  const strings = (pack: LocalePack): LocaleStrings => {
    const own = form.strings(pack);
    if (own) return own;
    let merged = cache.get(pack);
    if (!merged) {
      fallback ??= stringsFromDefinition(definition);
      merged = { ...pack.ui, ...fallback };
      cache.set(pack, merged);
    }
    return merged;
  };
  return { ...form, definition, scorer: createScorer(definition, form.hash), strings };
}

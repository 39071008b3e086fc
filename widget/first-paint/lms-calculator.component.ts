import { type LmsResult, lmsModel, lmsModelHash } from '@lms-score/core';
import type { PropertyDeclarations } from 'lit';
import { formModel } from './calculator-model.ts';
import { ScoreCalculator, type ScoreChangeDetail } from './score-calculator.ts';

/** The element's `value`: the API's field names and value forms; null is unknown. */
export type CalculatorValue = {
  /** The number or band the core read, or the text as typed when the core cannot read it. */
  ki67: number | string | null;
  vascularInvasion: boolean | null;
  lymphNodeMetastasis: boolean | null;
  adjuvantTherapy: boolean | null;
};

/** Detail of `lms-change`: the inputs, and the result (null while an input is invalid). */
export type LmsChangeDetail = ScoreChangeDetail<CalculatorValue, LmsResult>;
export type LmsChangeEvent = CustomEvent<LmsChangeDetail>;

/**
 * The Liver Metastasis Score calculator. Scores in the browser with the shared core: nothing the
 * reader enters leaves the page. Inputs start unknown; partial input gives ranges.
 *
 * @example
 * <script src="https://HOST/widget.js" async></script>
 * <lms-calculator lang="zh-Hans" theme="auto" ki67="12" vascular-invasion="yes"></lms-calculator>
 *
 * @summary Liver metastasis risk after GEP-NET resection (Zheng et al. 2025).
 * @fires lms-change - On every change of the inputs; `detail` is `{ value, result, problems }`. Bubbles and is composed.
 * @csspart base - The calculator's outer box.
 * @csspart form - The inputs.
 * @csspart result - The result region.
 * @csspart chart - The risk picture.
 * @csspart footer - Method, source, model version, disclaimer and actions.
 * @csspart button - The action buttons.
 * @cssproperty --lms-font-family - Font; inherits the page's by default.
 * @cssproperty --lms-font-size - Base font size (default 1rem).
 * @cssproperty --lms-color-text - Text colour.
 * @cssproperty --lms-color-muted - Secondary text colour.
 * @cssproperty --lms-color-background - Background.
 * @cssproperty --lms-color-surface - Background of options, bars and notes.
 * @cssproperty --lms-color-border - Borders.
 * @cssproperty --lms-color-accent - Links and selected radios.
 * @cssproperty --lms-color-focus - Focus ring.
 * @cssproperty --lms-color-error - Error text and invalid borders.
 * @cssproperty --lms-color-low - Low-risk group colour.
 * @cssproperty --lms-color-intermediate - Intermediate-risk group colour.
 * @cssproperty --lms-color-high - High-risk group colour.
 * @cssproperty --lms-radius - Corner radius (default 0.5rem).
 * @cssproperty --lms-space - Spacing unit (default 1rem).
 */
export class LmsCalculator extends ScoreCalculator {
  // Its words in each language come with the language's pack (models.lms).
  static override model = formModel(lmsModel, lmsModelHash);
  // One preset per factor, named as the factor (ScoreCalculator reads them by the model's ids).
  static override properties: PropertyDeclarations = {
    ki67: {},
    vascularInvasion: { attribute: 'vascular-invasion' },
    lymphNodeMetastasis: { attribute: 'lymph-node-metastasis' },
    adjuvantTherapy: { attribute: 'adjuvant-therapy' },
  };

  /** Preset Ki-67: a percentage or a band ('<3', '3-20', '>20'). */
  declare ki67: string | undefined;
  /** Preset vascular invasion: 'yes', 'no' or 'unknown' (attribute vascular-invasion). */
  declare vascularInvasion: string | undefined;
  /** Preset lymph node metastasis (attribute lymph-node-metastasis). */
  declare lymphNodeMetastasis: string | undefined;
  /** Preset adjuvant therapy: 'yes' (given), 'no' or 'unknown' (attribute adjuvant-therapy). */
  declare adjuvantTherapy: string | undefined;

  /** The inputs, in the API's field names; null is unknown. Setting it replaces all four. */
  override get value(): CalculatorValue {
    return super.value as CalculatorValue;
  }
  override set value(value: Partial<CalculatorValue> | null) {
    super.value = value;
  }

  /** The current score (the shared core's result), or null while an input is invalid. */
  override get result(): LmsResult | null {
    return super.result as LmsResult | null;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-calculator': LmsCalculator;
  }
  // Global, so listeners on the element, an ancestor or the document are all typed (it bubbles).
  interface GlobalEventHandlersEventMap {
    'lms-change': LmsChangeEvent;
  }
}

import { html, LitElement, type PropertyValues } from 'lit';
import { version } from '../package.json'; // esbuild inlines just this key
import type { LmsResult } from '../shared/lms.ts';
import type { Problem } from '../shared/problem-codes.ts';
import {
  BOOLEAN_FACTORS,
  type CalculatorState,
  type CalculatorValue,
  EMPTY_STATE,
  evaluate,
  fromValue,
  toAnswer,
  toKi67,
  toValue,
} from './calculator-state.ts';
import { devWarn } from './dev-warn.ts';
import { formatters } from './format.ts';
import { styles } from './lms-calculator.styles.ts';
import { pickLocale } from './locales.ts';
import { renderFooter } from './render-footer.ts';
import { renderForm } from './render-form.ts';
import { renderResult } from './render-result.ts';
import { liveSummary } from './result-text.ts';
import { summaryText } from './summary-text.ts';

/** Detail of `lms-change`: the inputs, and the result (null while an input is invalid). */
export interface LmsChangeDetail {
  readonly value: CalculatorValue;
  readonly result: LmsResult | null;
  readonly problems: readonly Problem[];
}
export type LmsChangeEvent = CustomEvent<LmsChangeDetail>;

const THEMES: ReadonlySet<string> = new Set(['light', 'dark', 'auto']);

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
export class LmsCalculator extends LitElement {
  static readonly version: string = version;
  static override styles = styles;
  static override properties = {
    lang: { reflect: true },
    theme: { reflect: true },
    ki67: {},
    vascularInvasion: { attribute: 'vascular-invasion' },
    lymphNodeMetastasis: { attribute: 'lymph-node-metastasis' },
    adjuvantTherapy: { attribute: 'adjuvant-therapy' },
    _state: { state: true },
    _copyStatus: { state: true },
  };

  /** Language: 'en' or 'zh-Hans'; else the nearest ancestor's lang, else the browser's. */
  declare lang: string;
  /** 'light' (default), 'dark', or 'auto' to follow the reader's colour scheme. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** Preset Ki-67: a percentage or a band ('<3', '3-20', '>20'). */
  declare ki67: string | undefined;
  /** Preset vascular invasion: 'yes', 'no' or 'unknown' (attribute vascular-invasion). */
  declare vascularInvasion: string | undefined;
  /** Preset lymph node metastasis (attribute lymph-node-metastasis). */
  declare lymphNodeMetastasis: string | undefined;
  /** Preset adjuvant therapy: 'yes' (given), 'no' or 'unknown' (attribute adjuvant-therapy). */
  declare adjuvantTherapy: string | undefined;
  declare private _state: CalculatorState;
  declare private _copyStatus: 'idle' | 'copied' | 'failed';
  private _evaluation = evaluate(EMPTY_STATE);
  private readonly _formatReady = () => this.requestUpdate();
  private _evaluated: CalculatorState = EMPTY_STATE;

  constructor() {
    super();
    this._state = EMPTY_STATE;
    this._copyStatus = 'idle';
  }

  /** The inputs, in the API's field names; null is unknown. Setting it replaces all four. */
  get value(): CalculatorValue {
    return toValue(this._state);
  }
  set value(value: Partial<CalculatorValue> | null) {
    this._state = fromValue(value);
  }

  /** The current score (the shared core's result), or null while an input is invalid. */
  get result(): LmsResult | null {
    return this._evaluation.result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    let next = this._state;
    if (changed.has('ki67')) next = { ...next, ...toKi67(this.ki67) };
    // The yes/no presets are properties named after the model's factors.
    for (const factor of BOOLEAN_FACTORS) {
      if (changed.has(factor as keyof LmsCalculator)) next = { ...next, [factor]: toAnswer(this[factor], factor) };
    }
    if (import.meta.env.DEV && changed.has('theme') && this.theme && !THEMES.has(this.theme)) {
      devWarn(`theme="${this.theme}" is not light, dark or auto; the light theme is used.`);
    }
    this._state = next;
    // Score once per distinct state, before render and before `result` is read.
    if (this._state !== this._evaluated) {
      this._evaluation = evaluate(this._state);
      this._evaluated = this._state;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const before = changed.get('_state' as keyof LmsCalculator);
    if (changed.has('_state' as keyof LmsCalculator) && before !== undefined && before !== this._state) {
      const detail: LmsChangeDetail = { value: this.value, result: this.result, problems: this._evaluation.problems };
      this.dispatchEvent(new CustomEvent('lms-change', { detail, bubbles: true, composed: true }));
    }
  }

  private _set(patch: Partial<CalculatorState>): void {
    this._state = { ...this._state, ...patch };
    this._copyStatus = 'idle';
  }

  /** Built when "Copy summary" is pressed, not on every render; kept for the manual-copy fallback. */
  private _copiedText = '';

  private async _copy(text: string): Promise<void> {
    this._copiedText = text;
    try {
      await navigator.clipboard.writeText(text);
      this._copyStatus = 'copied';
    } catch {
      this._copyStatus = 'failed';
    }
  }

  override render() {
    const t = pickLocale(this.lang || this.closest('[lang]')?.getAttribute('lang') || navigator.language);
    const f = formatters(t.locale, this._formatReady);
    const { result, problems } = this._evaluation;
    return html`<section class="calc" part="base" lang=${t.locale} aria-labelledby="lms-title">
      <h2 id="lms-title">${t.title}</h2>
      <p class="scope">${t.scope}</p>
      ${renderForm(t, f, this._state, problems, {
        ki67Text: (ki67Text) => this._set({ ki67Text, ki67Band: ki67Text.trim() ? '' : this._state.ki67Band }),
        ki67Band: (ki67Band) => this._set({ ki67Band, ki67Text: ki67Band ? '' : this._state.ki67Text }),
        answer: (factor, answer) => this._set({ [factor]: answer }),
      })}
      <section class="result" part="result" aria-labelledby="lms-result-title">
        <h3 id="lms-result-title" class="sr-only">${t.resultHeading}</h3>
        <p class="sr-only" aria-live="polite">${liveSummary(t, f, result)}</p>
        ${renderResult(t, f, result, problems.length > 0)}
      </section>
      ${renderFooter(
        t,
        f,
        { copyStatus: this._copyStatus, summary: this._copiedText, widgetVersion: LmsCalculator.version },
        () => this._copy(summaryText(t, f, this._state, result)),
      )}
    </section>`;
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

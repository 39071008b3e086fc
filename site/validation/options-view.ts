import { BOOTSTRAP_LIMITS, TIME_UNITS, type TimeUnit } from '@lms-score/core/validate';
import { html, nothing, type TemplateResult } from 'lit';
import type { AnalysisOptions } from './analysis-messages.ts';
import type { ValidationStrings } from './locales/validation-strings.ts';

/** The options typed in boxes, in the order they are shown. */
export const OPTION_NAMES = ['bootstrap', 'seed'] as const;
export type OptionName = (typeof OPTION_NAMES)[number];

/** The largest value of each option, as lms validate and the API take them. */
export const OPTION_MAX: Readonly<Record<OptionName, number>> = { bootstrap: BOOTSTRAP_LIMITS.max, seed: 2 ** 32 - 1 };

/**
 * A typed option's value: a whole number from 0 to OPTION_MAX, or null. An empty box is null, not 0:
 * no option is taken that was not typed.
 *
 * @example
 * readOption('bootstrap', '500'); // 500
 * readOption('bootstrap', '2.5'); // null
 */
export function readOption(name: OptionName, raw: string): number | null {
  const value = raw.trim() === '' ? Number.NaN : Number(raw);
  return Number.isInteger(value) && value >= 0 && value <= OPTION_MAX[name] ? value : null;
}

/** What the options row shows and does. */
export interface OptionsContext {
  readonly options: AnalysisOptions;
  /** Options whose box holds what readOption refuses: the analysis waits until they are fixed. */
  readonly invalid: ReadonlySet<OptionName>;
  readonly count: (n: number) => string;
  /** "Analyse again" is offered. */
  readonly again: boolean;
  /** A box's text, as typed (`left` false) or as the reader left the box (`left` true). */
  readonly set: (name: OptionName, raw: string, left: boolean) => void;
  readonly setUnit: (unit: TimeUnit) => void;
  readonly run: () => void;
}

/** The problem an option's box shows, in `t`'s words. */
export const optionProblem = (t: ValidationStrings, name: OptionName, count: (n: number) => string): string =>
  t.optionInvalid(t[name], count(OPTION_MAX[name]));

/**
 * The analysis options: bootstrap replicates and seed (each refused, beside its box, when it is not
 * a whole number in range), the time unit, and "Analyse again".
 */
export function optionsView(t: ValidationStrings, ctx: OptionsContext): TemplateResult {
  // Each box with its problem below it, outside its label (the label names the box, no more).
  const box = (name: OptionName) => {
    const bad = ctx.invalid.has(name);
    const read = (left: boolean) => (e: Event) => ctx.set(name, (e.target as HTMLInputElement).value, left);
    return html`<div class="option">
      <label>${t[name]} <input type="number" name=${name} min="0" max=${OPTION_MAX[name]} step="1"
        .value=${String(ctx.options[name])} aria-invalid=${bad ? 'true' : 'false'}
        aria-describedby=${bad ? `v-${name}-problem` : nothing}
        @input=${read(false)} @change=${read(true)} /></label>
      ${bad ? html`<p class="failed" id=${`v-${name}-problem`} role="alert">${optionProblem(t, name, ctx.count)}</p>` : nothing}
    </div>`;
  };
  return html`<div class="options">
    ${OPTION_NAMES.map(box)}
    <label>${t.timeUnit} <select @change=${(e: Event) => ctx.setUnit((e.target as HTMLSelectElement).value as TimeUnit)}>${Object.keys(
      TIME_UNITS,
    ).map(
      (u) => html`<option value=${u} ?selected=${u === ctx.options.timeUnit}>${t.units[u as TimeUnit]}</option>`,
    )}</select></label>
    ${ctx.again ? html`<button type="button" @click=${ctx.run}>${t.run}</button>` : nothing}
  </div>`;
}

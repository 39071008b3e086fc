import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../shared/problem-codes.ts';
import { BOOLEAN_FACTORS, bandOf, type CalculatorState, ki67Factor } from './calculator-state.ts';
import type { Formatters } from './format.ts';
import type { Answer, BooleanFactor, LocaleStrings } from './locales/locale-strings.ts';
import { bandLabel } from './result-text.ts';

export interface FormHandlers {
  readonly ki67Text: (text: string) => void;
  readonly ki67Band: (band: string) => void;
  readonly answer: (factor: BooleanFactor, answer: Answer) => void;
}

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unknown'];

/** The inputs: Ki-67 as a number or a band, then Yes/No/Unknown for each boolean factor. */
export function renderForm(
  t: LocaleStrings,
  f: Formatters,
  s: CalculatorState,
  problems: readonly Problem[],
  on: FormHandlers,
): TemplateResult {
  const problem = problems.find((p) => p.field === ki67Factor.id);
  const band = bandOf(s.ki67Text);
  const described = problem ? 'ki67-hint ki67-error' : 'ki67-hint';
  return html`<form part="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
    <fieldset class="ki67">
      <legend>${t.ki67Label}</legend>
      <div class="ki67-row">
        <label class="sr-only" for="ki67">${t.ki67Label}</label>
        <input id="ki67" name="ki67" type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
          .value=${s.ki67Text} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${described}
          @input=${(e: Event) => on.ki67Text((e.target as HTMLInputElement).value)} />
        <span class="unit" aria-hidden="true">%</span>
        <label for="ki67-band">${t.ki67BandLabel}</label>
        <select id="ki67-band" name="ki67Band" .value=${s.ki67Band} @change=${(e: Event) => on.ki67Band((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${s.ki67Band === ''}>${t.ki67BandNone}</option>
          ${ki67Factor.levels.map((l) => html`<option value=${l.id} ?selected=${s.ki67Band === l.id}>${bandLabel(t, l.id)}</option>`)}
        </select>
      </div>
      <p id="ki67-hint" class="hint">${band ? t.ki67FallsIn(bandLabel(t, band)) : t.ki67Hint}</p>
      ${
        problem
          ? html`<p id="ki67-error" class="error">${t.ki67Error(problem.code, f.integer(ki67Factor.min), f.integer(ki67Factor.max))}</p>`
          : nothing
      }
    </fieldset>
    ${BOOLEAN_FACTORS.map(
      (factor) => html`<fieldset class="choice">
        <legend>${t.factors[factor]}</legend>
        <div class="options">
          ${ANSWERS.map(
            (a) => html`<label class="option">
              <input type="radio" name=${factor} value=${a} .checked=${s[factor] === a} @change=${() => on.answer(factor, a)} />
              <span>${t.answers[factor][a]}</span>
            </label>`,
          )}
        </div>
      </fieldset>`,
    )}
  </form>`;
}

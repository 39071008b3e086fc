import type { BandedFactorDefinition, BooleanFactorDefinition, Problem } from '@lms-score/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { CalculatorState } from '../common/calculator-state.ts';
import type { RenderContext } from '../common/render-context.ts';
import { answerWords, bandLabel, factorLabel, factorName } from '../common/result-text.ts';
import type { Answer, FormStrings } from '../locales/locale-strings.ts';
import type { FormModel } from './calculator-model.ts';
import type { Formatters } from './format.ts';

export interface FormHandlers {
  readonly text: (factor: string, text: string) => void;
  readonly band: (factor: string, band: string) => void;
  readonly answer: (factor: string, answer: Answer) => void;
}

/** The band a typed number falls in, by the core's rules; null when it cannot tell (or has no engine yet). */
export type BandOf = (factor: string, text: string) => string | null;

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unknown'];

/**
 * The host's note on where a field's value came from (the SMART app: "Observation 2026-05-02,
 * LOINC …"), as `<p id="<factor>-source">`, or null; the second part renders it (render-source.ts).
 */
export type SourceNote = (factor: string) => TemplateResult | null;

/** A measured factor: a number box, or one of its bands; its hint names the band a number falls in. */
function bandedField(
  bandOf: BandOf,
  t: FormStrings,
  f: Formatters,
  s: CalculatorState,
  factor: BandedFactorDefinition,
  problems: readonly Problem[],
  on: FormHandlers,
  note: TemplateResult | null,
) {
  const id = factor.id;
  const problem = problems.find((p) => p.field === id);
  const described = [`${id}-hint`, ...(note === null ? [] : [`${id}-source`]), ...(problem ? [`${id}-error`] : [])];
  const band = bandOf(id, s.text[id]!);
  const min = f.integer(factor.min);
  const max = f.integer(factor.max);
  const label = factorLabel(t, id);
  return html`<fieldset class="banded">
    <legend>${label}</legend>
    <div class="banded-row">
      <label class="sr-only" for=${id}>${label}</label>
      <input id=${id} name=${id} type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
        .value=${s.text[id]!} aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${described.join(' ')}
        @input=${(e: Event) => on.text(id, (e.target as HTMLInputElement).value)} />
      <span class="unit" aria-hidden="true">${factor.unit === '%' ? '%' : factor.unit}</span>
      <label for=${`${id}-band`}>${t.bandChooser(factorName(t, id))}</label>
      <select id=${`${id}-band`} name=${`${id}Band`} .value=${s.band[id]!} @change=${(e: Event) => on.band(id, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${s.band[id] === ''}>${t.bandNone}</option>
        ${factor.levels.map((l) => html`<option value=${l.id} ?selected=${s.band[id] === l.id}>${bandLabel(t, factor, l.id)}</option>`)}
      </select>
    </div>
    <p id=${`${id}-hint`} class="hint">${band ? t.fallsIn(bandLabel(t, factor, band)) : (t.factors[id]?.hint ?? t.numberHint(min, max))}</p>
    ${note ?? nothing}
    ${problem ? html`<p id=${`${id}-error`} class="error">${t.numberError(factorName(t, id), problem.code, min, max, factor.unit === '%' ? '%' : ` ${factor.unit}`)}</p>` : nothing}
  </fieldset>`;
}

/** A yes/no factor: Yes, No or Unknown (the start). */
function booleanField(
  t: FormStrings,
  s: CalculatorState,
  factor: BooleanFactorDefinition,
  on: FormHandlers,
  note: TemplateResult | null,
) {
  const id = factor.id;
  const words = answerWords(t, id);
  return html`<fieldset class="choice" aria-describedby=${note === null ? nothing : `${id}-source`}>
    <legend>${factorLabel(t, id)}</legend>
    <div class="options">
      ${ANSWERS.map(
        (a) => html`<label class="option">
          <input type="radio" name=${id} value=${a} .checked=${s.answer[id] === a} @change=${() => on.answer(id, a)} />
          <span>${words[a]}</span>
        </label>`,
      )}
    </div>
    ${note ?? nothing}
  </fieldset>`;
}

/** What the form renders from: the state, its problems, and what to do on input. */
export interface FormContext extends RenderContext<FormModel, FormStrings> {
  readonly s: CalculatorState;
  readonly problems: readonly Problem[];
  readonly on: FormHandlers;
  readonly bandOf: BandOf;
  /** The host's notes on where values came from, shown under each field once the second part is here. */
  readonly note?: SourceNote | undefined;
}

/** By factor id, a short text saying where the field's value came from. */
export type FieldSources = Readonly<Record<string, string>>;

/** The inputs, one fieldset per factor in the model's order. */
export function renderForm({ m, t, f, s, problems, on, bandOf, note }: FormContext): TemplateResult {
  return html`<form part="form" novalidate @submit=${(e: Event) => e.preventDefault()}>
    ${m.definition.factors.map((factor) =>
      factor.kind === 'banded'
        ? bandedField(bandOf, t, f, s, factor, problems, on, note?.(factor.id) ?? null)
        : booleanField(t, s, factor, on, note?.(factor.id) ?? null),
    )}
  </form>`;
}

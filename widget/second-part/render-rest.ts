import type { ScoreResult } from '@lms-score/core';
import { html, type TemplateResult } from 'lit';
import type { RenderContext } from '../common/render-context.ts';
import { liveSummary } from '../common/result-text.ts';
import type { CalculatorModel } from '../first-paint/calculator-model.ts';
import type { LocaleStrings } from '../locales/locale-strings.ts';
import { type FooterActions, type FooterState, renderFooter } from './render-footer.ts';
import { renderPatient } from './render-patient.ts';
import { renderResult } from './render-result.ts';

export interface RestOptions extends FooterState {
  readonly audience: 'clinician' | 'patient' | undefined;
  readonly picture: 'chart' | 'icons' | undefined;
  /** The field of the first problem, whose value blocks the score. */
  readonly invalid: string | null;
}

/** Everything below the form, which the second part brings: the result (clinician or patient) and the footer. */
export function renderRest({
  m,
  t,
  f,
  result,
  options: o,
  on,
}: RenderContext<CalculatorModel, LocaleStrings> & {
  readonly result: ScoreResult | null;
  readonly options: RestOptions;
  readonly on: FooterActions;
}): TemplateResult {
  return html`<section class="result" part="result" aria-labelledby="lms-result-title">
      <h3 id="lms-result-title" class="sr-only">${t.resultHeading}</h3>
      <p class="sr-only" aria-live="polite">${liveSummary(t, f, result)}</p>
      ${
        o.audience === 'patient'
          ? renderPatient({ m, t, f, r: result, invalid: o.invalid })
          : renderResult({ m, t, f, r: result, invalid: o.invalid, icons: o.picture === 'icons' })
      }
    </section>
    ${renderFooter({ m, t, f, footer: o, on })}`;
}

import type { ScoreResult } from '@lms-score/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from '../common/render-context.ts';
import { factorLabel, levelText } from '../common/result-text.ts';
import type { CalculatorModel } from '../first-paint/calculator-model.ts';
import type { LocaleStrings } from '../locales/locale-strings.ts';

/**
 * What only the printed page shows, in place of the form and its controls: the date, the inputs
 * as text, how the points were made and the model's version with its full hash. Hidden on screen.
 */
export function renderPrinted({
  m,
  t,
  f,
  r,
  printedAt,
}: RenderContext<CalculatorModel, LocaleStrings> & {
  readonly r: ScoreResult | null;
  readonly printedAt: Date | null;
}): TemplateResult {
  const def = m.definition;
  const date = printedAt
    ? new Intl.DateTimeFormat(t.numbers ?? t.locale, { dateStyle: 'long', timeStyle: 'short' }).format(printedAt)
    : null;
  return html`<div class="print-only" part="printed">
    ${date ? html`<p>${t.printedOn(date)}</p>` : nothing}
    ${
      r
        ? html`<h3>${t.entered}</h3>
          <dl class="entered">${r.breakdown.map((b) => html`<div><dt>${factorLabel(t, b.factor)}</dt><dd>${levelText(m, t, f, b)}</dd></div>`)}</dl>`
        : nothing
    }
    <p>${t.derivedSummary}</p>
    <p>${t.modelLine(def.version, m.scorer.stamp.hash)}</p>
  </div>`;
}

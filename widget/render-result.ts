import { html, nothing, type TemplateResult } from 'lit';
import type { LmsResult } from '../shared/lms.ts';
import { ki67Factor, maxPoints } from './calculator-state.ts';
import type { Formatters } from './format.ts';
import type { BooleanFactor, LocaleStrings } from './locales/locale-strings.ts';
import { groupText, hasInput, hazardText, levelText, pointsText, possibleRisks } from './result-text.ts';
import { riskChart } from './risk-chart.ts';

/** Points, group, published risk, relative hazard, picture, breakdown and the what-if. */
export function renderResult(t: LocaleStrings, f: Formatters, r: LmsResult | null, invalid: boolean): TemplateResult {
  // Nothing entered yet: guidance, and the published risks without a mark, instead of a 0-max
  // range over every group.
  const { picture, alt } = riskChart(t, f, hasInput(r) ? r : null);
  if (!hasInput(r)) {
    return html`<div class="result-body empty">
      <p class="placeholder">${invalid ? t.invalidResult : t.emptyResult}</p>
      <figure class="chart" part="chart"><figcaption>${t.chartTitle}</figcaption><div role="img" aria-label=${alt}>${picture}</div></figure>
    </div>`;
  }
  const group = r.riskGroup ?? 'range';
  const unknown = r.breakdown.filter((b) => !b.known).length;
  const what = r.whatIf.adjuvantTherapy;
  return html`<div class="result-body">
    <div class="headline">
      <p class="points"><strong>${pointsText(t, f, r)}</strong> <span class="muted">${t.outOf(f.integer(maxPoints))} · ${t.derivedLabel}</span></p>
      <p class="group ${group}"><span class="dot" aria-hidden="true"></span>${groupText(t, r)}</p>
      ${unknown ? html`<p class="muted">${t.unknownFactors(unknown)}</p>` : nothing}
    </div>
    <dl class="figures">
      <div><dt>${t.groupRisk(f.integer(r.horizonYears))}</dt><dd>${r.risk !== null ? f.percent(r.risk) : possibleRisks(t, f, r)} <span class="muted">${t.groupRiskNote} · ${t.publishedLabel}</span></dd></div>
      <div><dt>${t.relativeHazard}</dt><dd>${hazardText(t, f, r)} <span class="muted">${t.relativeHazardNote}</span></dd></div>
    </dl>
    <figure class="chart" part="chart"><figcaption>${t.chartTitle}</figcaption><div role="img" aria-label=${alt}>${picture}</div></figure>
    <table class="breakdown">
      <caption>${t.breakdownCaption}</caption>
      <thead><tr><th scope="col">${t.breakdownHead.factor}</th><th scope="col">${t.breakdownHead.level}</th><th scope="col">${t.breakdownHead.points}</th><th scope="col">${t.breakdownHead.hazardRatio}</th></tr></thead>
      <tbody>${r.breakdown.map(
        (
          b,
        ) => html`<tr><th scope="row">${b.factor === ki67Factor.id ? t.ki67Label : t.factors[b.factor as BooleanFactor]}</th><td>${levelText(t, f, b)}</td>
          <td>${b.points !== null ? f.integer(b.points) : t.range(f.integer(b.pointsRange[0]), f.integer(b.pointsRange[1]))}</td>
          <td>${b.hazardRatio === null ? '–' : b.hazardRatio === 1 ? t.reference : f.ratio(b.hazardRatio)}</td></tr>`,
      )}</tbody>
    </table>
    ${
      what
        ? html`<aside class="what-if"><p><strong>${t.whatIfTitle}:</strong> ${t.whatIf(pointsText(t, f, what), groupText(t, what))}</p><p class="muted">${t.whatIfNote}</p></aside>`
        : nothing
    }
  </div>`;
}

import type { ScoreResult } from '@lms-score/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from '../common/render-context.ts';
import {
  factorLabel,
  factorName,
  groupText,
  hasInput,
  hazardText,
  levelText,
  pointsText,
  possibleRisks,
} from '../common/result-text.ts';
import type { CalculatorModel } from '../first-paint/calculator-model.ts';
import type { LocaleStrings } from '../locales/locale-strings.ts';
import { renderIcons } from './render-patient.ts';
import { riskChart } from './risk-chart.ts';

/** What a result view renders: the score (null before any input), and the field that blocks it. */
export interface ResultContext extends RenderContext<CalculatorModel, LocaleStrings> {
  readonly r: ScoreResult | null;
  readonly invalid: string | null;
  /** Also each possible group's icon array (picture="icons"). */
  readonly icons?: boolean;
}

/**
 * Points, group, published risk, relative hazard, picture, breakdown and the what-ifs; with
 * `icons` (picture="icons"), the icon array of each possible group as well.
 */
export function renderResult({ m, t, f, r, invalid, icons = false }: ResultContext): TemplateResult {
  // Nothing entered yet (or a number the core refused): a short text, and no chart, no 0-max range
  // over every group: a picture there would read as a result.
  if (!hasInput(r)) {
    return html`<div class="result-body empty">
      <p class="placeholder">${invalid ? t.invalidResult(factorName(t, invalid)) : t.emptyResult}</p>
    </div>`;
  }
  const { picture, alt } = riskChart(m, t, f, r);
  const chart = html`<figure class="chart" part="chart"><figcaption>${t.chartTitle}</figcaption><div role="img" aria-label=${alt}>${picture}</div></figure>`;
  const group = r.riskGroup ?? 'range';
  const unknown = r.breakdown.filter((b) => !b.known).length;
  return html`<div class="result-body">
    <div class="headline">
      <p class="points"><strong>${pointsText(t, f, r)}</strong> <span class="muted">${t.outOf(f.integer(m.maxPoints))} · ${t.derivedLabel}</span></p>
      <p class="group ${group}"><span class="dot" aria-hidden="true"></span>${groupText(t, r)}</p>
      ${unknown ? html`<p class="muted">${t.unknownFactors(unknown)}</p>` : nothing}
    </div>
    <dl class="figures">
      <div><dt>${t.groupRisk(f.integer(r.horizonYears))}</dt><dd>${r.risk !== null ? f.percent(r.risk) : possibleRisks(m, t, f, r)} <span class="muted">${t.groupRiskNote} · ${t.publishedLabel}</span></dd></div>
      <div><dt>${t.relativeHazard}</dt><dd>${hazardText(t, f, r)} <span class="muted">${t.relativeHazardNote}</span></dd></div>
    </dl>
    ${chart}
    ${icons ? html`<div class="icon-arrays">${r.possibleRiskGroups.map((g) => renderIcons({ m, t, f, groupId: g, years: r.horizonYears }))}</div>` : nothing}
    <table class="breakdown">
      <caption>${t.breakdownCaption}</caption>
      <thead><tr><th scope="col">${t.breakdownHead.factor}</th><th scope="col">${t.breakdownHead.level}</th><th scope="col">${t.breakdownHead.points}</th><th scope="col">${t.breakdownHead.hazardRatio}</th></tr></thead>
      <tbody>${r.breakdown.map(
        (b) => html`<tr><th scope="row">${factorLabel(t, b.factor)}</th><td><bdi>${levelText(m, t, f, b)}</bdi></td>
          <td>${b.points !== null ? f.integer(b.points) : t.range(f.integer(b.pointsRange[0]), f.integer(b.pointsRange[1]))}</td>
          <td>${b.hazardRatio === null ? '–' : b.hazardRatio === 1 ? t.reference : f.ratio(b.hazardRatio)}</td></tr>`,
      )}</tbody>
    </table>
    ${Object.entries(r.whatIf).map(
      ([factor, what]) =>
        html`<aside class="what-if"><p><strong>${t.whatIfTitles[factor] ?? factorLabel(t, factor)}:</strong> ${t.whatIf(pointsText(t, f, what), groupText(t, what))}</p><p class="muted">${t.whatIfNote}</p></aside>`,
    )}
  </div>`;
}

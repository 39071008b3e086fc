import { html, type TemplateResult } from 'lit';
import type { RenderContext } from '../common/render-context.ts';
import { factorName, groupName, hasInput } from '../common/result-text.ts';
import type { CalculatorModel } from '../first-paint/calculator-model.ts';
import type { LocaleStrings } from '../locales/locale-strings.ts';
import { iconArray } from './icon-array.ts';
import type { ResultContext } from './render-result.ts';

/** One group's icon array with its sentence: about n of 100 had the outcome by the horizon. */
export function renderIcons({
  m,
  t,
  f,
  groupId,
  years,
}: RenderContext<CalculatorModel, LocaleStrings> & {
  readonly groupId: string;
  readonly years: number;
}): TemplateResult {
  const group = m.definition.riskGroups.find((g) => g.id === groupId)!;
  const shaded = Math.round(group.risk.value * 100);
  const shown = f.integer(shaded);
  return html`<figure class="icon-array" part="icons">
    <div role="img" aria-label=${t.patient.iconsAlt(groupName(t, groupId), shown)}>${iconArray(shaded, groupId)}</div>
    <figcaption><strong>${groupName(t, groupId)}</strong> ${t.patientInHundred(shown, f.integer(years))}</figcaption>
  </figure>`;
}

/**
 * The patient view (audience="patient"): the score and group in short sentences, an icon array of
 * 100 people for the group's published risk (one per possible group while factors are unknown),
 * and what the numbers can and cannot say. No hazard ratios, no tables.
 */
export function renderPatient({ m, t, f, r, invalid }: ResultContext): TemplateResult {
  if (!hasInput(r)) {
    return html`<div class="result-body empty"><p class="placeholder">${invalid ? t.invalidResult(factorName(t, invalid)) : t.patient.empty}</p></div>`;
  }
  const top = f.integer(m.maxPoints);
  const names = r.possibleRiskGroups.map((g) => groupName(t, g));
  return html`<div class="result-body patient">
    <div class="headline">
      <p class="points"><strong>${
        r.points !== null
          ? t.patient.score(f.integer(r.points), top)
          : t.patient.range(f.integer(r.pointsRange[0]), f.integer(r.pointsRange[1]), top)
      }</strong></p>
      <p class="group ${r.riskGroup ?? 'range'}"><span class="dot" aria-hidden="true"></span>${
        r.riskGroup !== null ? t.patient.group(names[0]!) : t.patient.groups(t.list(names))
      }</p>
    </div>
    <div class="icon-arrays">${r.possibleRiskGroups.map((g) => renderIcons({ m, t, f, groupId: g, years: r.horizonYears }))}</div>
    <p class="caveat">${t.patient.caveat}</p>
  </div>`;
}

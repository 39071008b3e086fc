import type { GroupValidation } from '@lms-score/core/validate';
import { html, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import type { ValidationStrings } from './locales/validation-strings.ts';

const W = 560;
const H = 260;
const LEFT = 44;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 36;

/** Tick spacing on the time axis: a round step giving about six ticks. */
function tickStep(max: number): number {
  const raw = max / 6;
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? raw;
}

/** Patients still followed at `t`: the at-risk count of the first step at or after it. */
const atRiskAt = (g: GroupValidation, t: number) => g.kaplanMeier.find((s) => s.time >= t)?.atRisk ?? 0;

/**
 * Kaplan–Meier curves by risk group as SVG (steps, each group's published point at the horizon as
 * a diamond), with the numbers at risk under the time axis as a table so that screen readers and
 * copy-paste get them too.
 */
export function kmChart(
  t: ValidationStrings,
  groups: readonly GroupValidation[],
  horizon: { readonly time: number; readonly years: number },
  unit: string,
  format: (n: number) => string,
): TemplateResult {
  const last = Math.max(horizon.time, ...groups.flatMap((g) => g.kaplanMeier.map((s) => s.time)));
  const step = tickStep(last);
  const xMax = Math.ceil(last / step) * step || step;
  const ticks = Array.from({ length: Math.round(xMax / step) + 1 }, (_, i) => i * step);
  const x = (time: number) => LEFT + (time / xMax) * (W - LEFT - RIGHT);
  const y = (s: number) => TOP + (1 - s) * (H - TOP - BOTTOM);
  const curves: SVGTemplateResult[] = groups
    .filter((g) => g.kaplanMeier.length)
    .map((g) => {
      let d = `M${x(0)},${y(1)}`;
      for (const p of g.kaplanMeier) d += `H${x(p.time)}V${y(p.survival)}`;
      const published = 1 - g.publishedRisk;
      return svg`<g class="curve ${g.id}">
        <path d=${d} fill="none"></path>
        <path class="published" d="M${x(horizon.time)},${y(published) - 6}l6,6l-6,6l-6,-6z"></path>
      </g>`;
    });
  const yTicks = [0, 0.25, 0.5, 0.75, 1];
  const picture = svg`<svg viewBox="0 0 ${W} ${H}" aria-hidden="true" focusable="false">
    ${yTicks.map((v) => svg`<line class="grid" x1=${LEFT} x2=${W - RIGHT} y1=${y(v)} y2=${y(v)}></line><text class="tick" x=${LEFT - 6} y=${y(v) + 4} text-anchor="end">${format(v)}</text>`)}
    ${ticks.map((v) => svg`<text class="tick" x=${x(v)} y=${H - BOTTOM + 16} text-anchor="middle">${format(v)}</text>`)}
    <text class="axis" x=${(LEFT + W - RIGHT) / 2} y=${H - 4} text-anchor="middle">${t.axisTime(unit)}</text>
    <text class="axis" x="12" y=${(TOP + H - BOTTOM) / 2} text-anchor="middle" transform="rotate(-90 12 ${(TOP + H - BOTTOM) / 2})">${t.axisSurvival}</text>
    ${curves}
  </svg>`;
  const names = groups.map((g) => t.groups[g.id] ?? g.id).join(', ');
  return html`<figure class="km" part="chart">
    <figcaption>${t.curvesHeading}</figcaption>
    <div role="img" aria-label=${t.curvesAlt(names)}>${picture}</div>
    <p class="legend">${groups.map((g) => html`<span class="key ${g.id}"><span class="swatch" aria-hidden="true"></span>${t.groups[g.id] ?? g.id}</span>`)}
      <span class="key">${t.publishedPoint(format(horizon.years))}</span></p>
    <table class="at-risk">
      <caption>${t.atRiskHeading}</caption>
      <thead><tr><th scope="col">${t.axisTime(unit)}</th>${ticks.map((v) => html`<th scope="col">${format(v)}</th>`)}</tr></thead>
      <tbody>${groups.map((g) => html`<tr><th scope="row">${t.groups[g.id] ?? g.id}</th>${ticks.map((v) => html`<td>${format(atRiskAt(g, v))}</td>`)}</tr>`)}</tbody>
    </table>
  </figure>`;
}

import type { GroupValidation, TimeUnit } from '@lms-score/core/validate';
import { html, type SVGTemplateResult, svg, type TemplateResult } from 'lit';
import type { ValidationStrings } from './locales/validation-strings.ts';
import { scrollBox } from './scroll-box.ts';

// Margins in CSS pixels: the SVG is drawn at the width it is shown (the figure's, measured), so its
// 12px text stays 12px on a phone and on a desktop. The y-axis title sits above the plot, where no
// tick label can meet it.
const LEFT = 40;
const RIGHT = 20;
const TOP = 30;
const BOTTOM = 44;
/** Room a time label needs ("3,500" at 12px, with space either side). */
const TICK_ROOM = 52;

/** Steps in months that land on whole years and on the 5-year horizon where they can. */
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 30, 60, 120, 240, 600];

/** Tick spacing on the time axis: a round step (in months, a calendar one) giving at most `most` intervals. */
function tickStep(max: number, most: number, unit: TimeUnit): number {
  const raw = max / Math.max(1, most);
  const months = unit === 'months' ? MONTH_STEPS.find((s) => s >= raw) : undefined;
  if (months) return months;
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? raw;
}

/** Patients still followed at `t`: the at-risk count of the first step at or after it. */
const atRiskAt = (g: GroupValidation, t: number) => g.kaplanMeier.find((s) => s.time >= t)?.atRisk ?? 0;

export interface ChartFrame {
  /** The figure's width in CSS pixels. */
  readonly width: number;
  readonly horizon: { readonly time: number; readonly years: number };
  readonly unit: TimeUnit;
  readonly format: (n: number) => string;
}

/**
 * Kaplan–Meier curves by risk group as SVG (steps, each group's published point at the horizon as
 * a diamond), drawn at `width` with as many time ticks as fit, and the numbers at risk at those
 * ticks under it as a table, so that screen readers and copy-paste get them too.
 */
export function kmChart(t: ValidationStrings, groups: readonly GroupValidation[], frame: ChartFrame): TemplateResult {
  const { horizon, format } = frame;
  const unit = t.units[frame.unit];
  const W = Math.max(240, Math.round(frame.width));
  const H = Math.round(Math.min(300, Math.max(220, W * 0.55)));
  const last = Math.max(horizon.time, ...groups.flatMap((g) => g.kaplanMeier.map((s) => s.time)));
  const step = tickStep(last, Math.floor((W - LEFT - RIGHT) / TICK_ROOM), frame.unit);
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
  const picture = svg`<svg viewBox="0 0 ${W} ${H}" width=${W} height=${H} aria-hidden="true" focusable="false">
    ${yTicks.map((v) => svg`<line class="grid" x1=${LEFT} x2=${W - RIGHT} y1=${y(v)} y2=${y(v)}></line><text class="tick" x=${LEFT - 6} y=${y(v) + 4} text-anchor="end">${format(v)}</text>`)}
    ${ticks.map((v) => svg`<text class="tick" x=${x(v)} y=${H - BOTTOM + 18} text-anchor="middle">${format(v)}</text>`)}
    <text class="axis" x=${(LEFT + W - RIGHT) / 2} y=${H - 6} text-anchor="middle">${t.axisTime(unit)}</text>
    <text class="axis" x="0" y="14" text-anchor="start">${t.axisSurvival}</text>
    ${curves}
  </svg>`;
  const names = groups.map((g) => t.groups[g.id] ?? g.id).join(', ');
  const table = html`<table class="at-risk">
      <caption>${t.atRiskHeading}</caption>
      <thead><tr><th scope="col">${t.axisTime(unit)}</th>${ticks.map((v) => html`<th scope="col">${format(v)}</th>`)}</tr></thead>
      <tbody>${groups.map((g) => html`<tr><th scope="row">${t.groups[g.id] ?? g.id}</th>${ticks.map((v) => html`<td>${format(atRiskAt(g, v))}</td>`)}</tr>`)}</tbody>
    </table>`;
  return html`<figure class="km" part="chart">
    <figcaption>${t.curvesHeading}</figcaption>
    <div class="plot" role="img" aria-label=${t.curvesAlt(names)}>${picture}</div>
    <p class="legend">${groups.map((g) => html`<span class="key ${g.id}"><span class="swatch" aria-hidden="true"></span>${t.groups[g.id] ?? g.id}</span>`)}
      <span class="key">${t.publishedPoint(format(horizon.years))}</span></p>
    ${scrollBox(t.atRiskHeading, table)}
  </figure>`;
}

import type { ScoreResult } from '@lms-score/core';
import { type SVGTemplateResult, svg } from 'lit';
import { type Language, RTL } from '../common/language.ts';
import { groupName, groupText, pointsText } from '../common/result-text.ts';
import type { CalculatorModel } from '../first-paint/calculator-model.ts';
import type { Formatters } from '../first-paint/format.ts';
import type { LocaleStrings } from '../locales/locale-strings.ts';

const W = 360;
const BAR_W = 64;
const BAR_TOP = 28;
const BAR_H = 84;
const SCALE_Y = 160;

/**
 * The groups' published risks as bars, the patient's possible groups outlined and labelled (never
 * colour alone), and the 0-max point scale with the patient's marks: a solid bar over the scale
 * (an outlined ring there read as a "0" above the number) and the points they cover in bold. The
 * text alternative says the same in words. Right to left, the chart mirrors (the lowest group and 0
 * points on the right), while its numbers stay left to right. Drawn only once something is entered.
 */
export function riskChart(
  m: CalculatorModel,
  t: LocaleStrings,
  f: Formatters,
  result: ScoreResult,
): { picture: SVGTemplateResult; alt: string } {
  const groups = m.definition.riskGroups;
  const maxPoints = m.maxPoints;
  const top = Math.max(...groups.map((g) => g.risk.value));
  const possible = new Set(result.possibleRiskGroups);
  const slot = W / groups.length;
  const step = (W - 24) / maxPoints;
  const rtl = RTL.has(t.locale as Language);
  // Horizontal positions as drawn: mirrored right to left; a box [at, at + width] flips as a whole.
  const across = (at: number) => (rtl ? W - at : at);
  const box = (at: number, width: number) => (rtl ? W - at - width : at);
  const x = (p: number) => 12 + p * step;
  const bars = groups.map((g, i) => {
    const h = Math.max(2, (g.risk.value / top) * BAR_H);
    const cx = across(i * slot + slot / 2);
    const mine = possible.has(g.id);
    return svg`<g class="bar ${g.id}${mine ? ' mine' : ''}">
      <rect x=${cx - BAR_W / 2} y=${BAR_TOP + BAR_H - h} width=${BAR_W} height=${h} rx="3"></rect>
      <text x=${cx} y=${BAR_TOP + BAR_H - h - 6} text-anchor="middle" direction="ltr" unicode-bidi="embed" class="value">${f.percent(g.risk.value)}</text>
      <text x=${cx} y=${BAR_TOP + BAR_H + 16} text-anchor="middle" class="label">${mine ? '▲ ' : ''}${groupName(t, g.id)}</text>
    </g>`;
  });
  const segments = groups.map(
    (g) =>
      svg`<rect class="seg ${g.id}" x=${box(x(g.minPoints.value) - step / 2, (g.maxPoints.value - g.minPoints.value + 1) * step)} y=${SCALE_Y - 4} width=${(g.maxPoints.value - g.minPoints.value + 1) * step} height="8"></rect>`,
  );
  // One mark per possible group, over the part of the range inside it: when the groups are low
  // and high only, the intermediate segment stays uncovered.
  const [lo, hi] = result.pointsRange;
  const spans = groups
    .filter((g) => possible.has(g.id))
    .map((g) => [Math.max(lo, g.minPoints.value), Math.min(hi, g.maxPoints.value)] as const)
    .filter(([a, b]) => a <= b);
  const marks = spans.map(
    ([a, b]) =>
      svg`<rect class="mark" x=${box(x(a) - 4, x(b) - x(a) + 8)} y=${SCALE_Y - 7} width=${x(b) - x(a) + 8} height="14" rx="2"></rect>`,
  );
  const ticks = Array.from(
    { length: maxPoints + 1 },
    (_, p) =>
      svg`<text x=${across(x(p))} y=${SCALE_Y + 20} text-anchor="middle" direction="ltr" class=${spans.some(([a, b]) => a <= p && p <= b) ? 'tick on' : 'tick'}>${p}</text>`,
  );
  const risks = groups.map((g) => `${groupName(t, g.id)} ${f.percent(g.risk.value)}`).join('; ');
  const markText = `${pointsText(t, f, result)} ${t.outOf(f.integer(maxPoints))}; ${groupText(t, result)}.`;
  const picture = svg`<svg viewBox="0 0 ${W} 204" aria-hidden="true" focusable="false">
    ${bars}
    <text x=${W / 2} y=${SCALE_Y + 38} text-anchor="middle" class="axis">${t.chartPointsAxis}</text>
    ${segments}${marks}${ticks}
  </svg>`;
  return { picture, alt: t.chartAlt(f.integer(m.definition.horizonYears.value), risks, markText) };
}

import { describe, expect, it } from 'vitest';
import { parse, score } from '../../shared/lms.ts';
import { lmsModel } from '../../shared/lms-model.ts';
import { LANGUAGES } from '../../widget/common/language.ts';
import { formatters, intlFormatters, PLAIN_MATCHES_INTL, plainFormatters } from '../../widget/first-paint/format.ts';
import type { LocalePack } from '../../widget/locales/locale-strings.ts';
import { goldenCases } from '../support/golden-vectors.ts';

/** Every number the widget can show: points, group risks, hazard ratios and their products. */
function shownNumbers() {
  const ratios = new Set<number>();
  const integers = new Set<number>();
  for (const c of goldenCases) {
    const parsed = c.expected
      ? parse(c.json ? JSON.parse(c.json) : c.input, c.source ? { source: c.source } : undefined)
      : null;
    if (!parsed?.ok) continue;
    const r = score(parsed.value);
    for (const x of [r.relativeHazard, ...r.relativeHazardRange, ...r.breakdown.map((b) => b.hazardRatio)])
      if (x !== null) ratios.add(x);
    for (const b of r.breakdown) if (b.value !== null) ratios.add(b.value);
    for (const p of [...r.pointsRange, ...r.breakdown.flatMap((b) => b.pointsRange)]) integers.add(p);
  }
  // A factor's value is shown as typed (ratio): every hundredth and some thousandths of each range.
  for (const f of lmsModel.factors) {
    if (f.kind !== 'banded') continue;
    for (let k = f.min * 1000; k <= f.max * 1000; k += 7) ratios.add(k / 1000);
    for (let k = f.min * 100; k <= f.max * 100; k++) ratios.add(k / 100);
  }
  for (const x of [1e-7, 0.005, 0.015, 1.005, 2.675, 99.995, 99.999]) ratios.add(x);
  return { ratios: [...ratios], integers: [...integers, 100], percents: lmsModel.riskGroups.map((g) => g.risk.value) };
}

describe('first-paint number formatting', () => {
  it.each([...PLAIN_MATCHES_INTL])(
    'matches Intl character for character in %s, so the switch shifts nothing',
    (locale) => {
      const intl = intlFormatters(locale);
      const { ratios, integers, percents } = shownNumbers();
      expect(ratios.length).toBeGreaterThan(20);
      for (const x of ratios) expect(plainFormatters.ratio(x)).toBe(intl.ratio(x));
      for (const n of integers) expect(plainFormatters.integer(n)).toBe(intl.integer(n));
      for (const p of percents) expect(plainFormatters.percent(p)).toBe(intl.percent(p));
      expect(formatters(locale, false)).toBe(plainFormatters);
    },
  );

  it('gives Intl for a locale whose numbers read otherwise, and the plain ones for its form alone', () => {
    expect(PLAIN_MATCHES_INTL.has('de')).toBe(false);
    expect(formatters('de', false).ratio(1.5)).toBe('1,5');
    expect(formatters('de', true)).toBe(plainFormatters);
  });

  it.each(LANGUAGES)(
    "gives the form's bounds as %s's Intl does, so the form alone never waits for ICU",
    async (language) => {
      const { pack } = (await import(`../../widget/locales/${language.toLowerCase()}.ts`)) as { pack: LocalePack };
      const intl = intlFormatters(pack.ui.numbers ?? pack.ui.locale);
      const bounds = lmsModel.factors.flatMap((f) => (f.kind === 'banded' ? [f.min, f.max] : []));
      expect(bounds.length).toBeGreaterThan(0);
      for (const n of bounds) expect(plainFormatters.integer(n)).toBe(intl.integer(n));
    },
  );
});

import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../widget/common/language.ts';
import type { LmsCalculator } from '../../widget/entries/lms-calculator.ts';
import { answer, mount, part, text, typeKi67 } from './fixture.ts';

async function violations(el: LmsCalculator) {
  const { violations } = await axe.run(el, {
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  });
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

type Setup = (el: LmsCalculator) => Promise<void>;
const states: [string, Setup][] = [
  ['empty', async () => {}],
  [
    'complete, high risk, with what-if',
    async (el) => {
      await typeKi67(el, '25');
      await answer(el, 'vascularInvasion', 'yes');
      await answer(el, 'lymphNodeMetastasis', 'no');
      await answer(el, 'adjuvantTherapy', 'no');
    },
  ],
  ['partial', async (el) => typeKi67(el, '4')],
  ['invalid Ki-67', async (el) => typeKi67(el, '140')],
];

describe('accessibility', () => {
  for (const lang of LANGUAGES) {
    for (const theme of ['light', 'dark']) {
      for (const audience of ['clinician', 'patient']) {
        it.each(states)(`axe finds no violations (${lang}, ${theme}, ${audience}): %s`, async (_, setup) => {
          document.body.style.background = theme === 'dark' ? '#000' : '#fff';
          const el = await mount({ lang, theme, audience, share: '' });
          await setup(el);
          expect(await violations(el)).toEqual([]);
        });
      }
    }
  }

  it('groups each factor in a fieldset with a legend, and labels the Ki-67 box', async () => {
    const el = await mount();
    const legends = [...el.shadowRoot!.querySelectorAll('fieldset > legend')].map((l) => l.textContent!.trim());
    expect(legends).toEqual(['Ki-67 index (%)', 'Vascular invasion', 'Lymph node metastasis', 'Adjuvant therapy']);
    expect(part(el, 'label[for="ki67"]').textContent).toBe('Ki-67 index (%)');
    expect(part(el, 'label[for="ki67-band"]').textContent).toBe('or Ki-67 band');
  });

  it('announces the result in a polite live region', async () => {
    const el = await mount();
    const live = part(el, '[aria-live="polite"]');
    expect(live.textContent).toBe('');
    await typeKi67(el, '25');
    await answer(el, 'vascularInvasion', 'yes');
    expect(live.textContent).toMatch(/^6-8 points\. High risk\. 5-year liver-metastasis risk of the group: 49\.7%\.$/);
  });

  it('marks an impossible Ki-67 invalid and ties the message to the box', async () => {
    const el = await mount();
    await typeKi67(el, '-3');
    const input = part<HTMLInputElement>(el, '#ki67');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('ki67-error');
    expect(text(el, '#ki67-error')).toBe('Ki-67 must be between 0 and 100%.');
    expect(text(el, '.placeholder')).toBe('Correct the Ki-67 value to see the score.');
  });

  it("gives the picture a text alternative that names the risks and the patient's place", async () => {
    const el = await mount();
    await typeKi67(el, '1');
    await answer(el, 'vascularInvasion', 'no');
    await answer(el, 'lymphNodeMetastasis', 'yes');
    await answer(el, 'adjuvantTherapy', 'yes');
    const figure = part(el, 'figure [role="img"]');
    expect(figure.getAttribute('aria-label')).toBe(
      'Bar chart of published 5-year risks: Low risk 2.9%; Intermediate risk 20.8%; High risk 49.7%. 1 point of 8; Low risk.',
    );
    expect(part(el, 'figure svg').getAttribute('aria-hidden')).toBe('true');
  });

  it('stays usable at 320 px wide: nothing overflows the element', async () => {
    const el = await mount();
    el.style.width = '320px';
    await typeKi67(el, '12');
    await answer(el, 'adjuvantTherapy', 'no');
    const base = part(el, '.calc');
    expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth + 1);
  });
});

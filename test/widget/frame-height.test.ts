import { lmsModel } from '@lms-score/core';
import { describe, expect, it } from 'vitest';
import type { LmsCalculator } from '../../widget/entries/lms-calculator.ts';
import { layoutInputs, tallestParts } from '../../widget/first-paint/tallest-parts.ts';
import { answer, chooseBand, enterCase, mount, typeKi67 } from './fixture.ts';

type Answer = 'yes' | 'no' | 'unknown';
const ANSWERS: readonly Answer[] = ['yes', 'no', 'unknown'];

const heights = (el: LmsCalculator) => {
  const of = (name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`)!.getBoundingClientRect().height;
  return { form: of('form'), result: of('result') };
};

describe("the /embed frame's height: room for the tallest layout any input gives (frame-height.ts)", () => {
  it('measures every band, a number near each band top, each refused number, with every yes/no answer', () => {
    const inputs = layoutInputs(lmsModel);
    expect(inputs).toHaveLength(7 * 27 + 3);
    const ki67 = new Set(inputs.map((i) => i.ki67));
    expect(ki67).toEqual(new Set([null, '<3', '3-20', '>20', '2.99', '19.99', '99.99', 'x', '101', '1e999']));
    expect(inputs).toContainEqual({
      ki67: '19.99',
      vascularInvasion: false,
      lymphNodeMetastasis: null,
      adjuvantTherapy: false,
    });
  });

  it.each([
    ['clinician, 360px', {}, '360px'],
    ['patient, German, 600px', { audience: 'patient', lang: 'de' }, '600px'],
    ['with the icon arrays, 44rem', { picture: 'icons' }, '44rem'],
  ])(
    'no case entered through the form is taller than it measured (%s), and the page sees none of its copies',
    async (_, attributes, width) => {
      const el = await mount(attributes);
      el.style.width = width;
      await el.updateComplete;
      let heard = 0;
      const count = () => heard++;
      document.addEventListener('lms-change', count);
      const tallest = (await tallestParts(el, el.getBoundingClientRect().width))!;
      document.removeEventListener('lms-change', count);
      expect(heard).toBe(0);
      expect(document.querySelectorAll('lms-calculator')).toHaveLength(1);
      expect(document.body.querySelectorAll('*')).toHaveLength(2); // the mount's box and the element
      const fits = () => {
        const now = heights(el);
        expect(now.form).toBeLessThanOrEqual(tallest.form + 0.01);
        expect(now.result).toBeLessThanOrEqual(tallest.result + 0.01);
      };
      let tallestSeen = 0;
      for (const ki67 of ['', '1', '7.5', '19.99', '42', 'abc', '150'])
        for (const a of ANSWERS)
          for (const b of ANSWERS) {
            await enterCase(el, ki67, a, b, a === b ? 'no' : 'yes');
            fits();
            tallestSeen = Math.max(tallestSeen, heights(el).result);
          }
      await typeKi67(el, '');
      await chooseBand(el, '3-20');
      await answer(el, 'adjuvantTherapy', 'unknown');
      fits();
      // The reservation is measured, not padded: some case comes close to it.
      expect(tallestSeen).toBeGreaterThan(tallest.result * 0.9);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../widget/common/language.ts';
import { loadPack } from '../../widget/loaders/locale-loader.ts';
import { pack as en } from '../../widget/locales/en.ts';
import type { LocalePack } from '../../widget/locales/locale-strings.ts';
import { answer, enterCase, mount, part, text, typeKi67 } from './fixture.ts';

const packOf = (lang: (typeof LANGUAGES)[number]): Promise<LocalePack> =>
  lang === 'en' ? Promise.resolve(en) : loadPack(lang);

// Before any input the result says what to do, in words, and draws nothing: a chart of every
// group's bar with no patient on it read as a result.
describe('the result before any input', () => {
  it.each(LANGUAGES)('is a short text and no chart in %s, clinician and patient view', async (lang) => {
    const { ui } = await packOf(lang);
    for (const [audience, words] of [
      ['clinician', ui.emptyResult],
      ['patient', ui.patient.empty],
    ] as const) {
      const el = await mount({ lang, audience });
      expect(text(el, '.result-body.empty')).toBe(words);
      expect(el.shadowRoot!.querySelectorAll('.result svg, .result figure')).toHaveLength(0);
      el.parentElement!.remove();
    }
  });

  it('draws the chart once something is entered, and not while the number is refused', async () => {
    const el = await mount();
    await typeKi67(el, '140');
    expect(text(el, '.placeholder')).toBe('Correct the Ki-67 value to see the score.');
    expect(el.shadowRoot!.querySelectorAll('.chart')).toHaveLength(0);
    await typeKi67(el, '4');
    expect(el.shadowRoot!.querySelectorAll('.chart svg .bar')).toHaveLength(3);
  });
});

/** The scale's marks and its numbers in bold, as drawn. */
const scale = (el: Element) => {
  const svg = el.shadowRoot!.querySelector('.chart svg')!;
  const marks = [...svg.querySelectorAll<SVGRectElement>('.mark')];
  const bold = [...svg.querySelectorAll('.tick')]
    .filter((t) => getComputedStyle(t).fontWeight === '700')
    .map((t) => Number(t.textContent));
  return { marks, bold };
};

describe("the patient's place on the points scale", () => {
  it('is a solid bar, not a ring that reads as a "0", with its number in bold', async () => {
    const el = await mount();
    await enterCase(el, '25', 'yes', 'no', 'no'); // 7 points
    const { marks, bold } = scale(el);
    expect(marks).toHaveLength(1);
    const mark = marks[0]!;
    const style = getComputedStyle(mark);
    expect(style.fill).not.toBe('none');
    expect(style.fill).toBe(getComputedStyle(part(el, '.calc')).color); // the text colour
    // Narrower than a digit's ring: a bar, with square-ish corners.
    expect(Number(mark.getAttribute('rx'))).toBeLessThanOrEqual(2);
    expect(bold).toEqual([7]);
  });

  it('covers a range and bolds each number in it; the impossible group between stays plain', async () => {
    // Ki-67 unknown (0, 3 or 4) + vascular invasion (2) + no node, therapy given: 2 or 5-6 points.
    const el = await mount();
    await answer(el, 'vascularInvasion', 'yes');
    await answer(el, 'lymphNodeMetastasis', 'no');
    await answer(el, 'adjuvantTherapy', 'yes');
    const { marks, bold } = scale(el);
    expect(marks).toHaveLength(2);
    expect(bold).toEqual([2, 5, 6]);
  });
});

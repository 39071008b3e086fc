import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../widget/common/language.ts';
import { enterCase, mount, part, text, typeKi67 } from './fixture.ts';

/** The filled people in an icon array: each person is two subpaths (head and body). */
const shaded = (svg: Element) =>
  ((svg.querySelector('.person.shaded')?.getAttribute('d') ?? '').match(/M/g) ?? []).length / 2;

async function highRisk(lang = 'en', attributes: Record<string, string> = { audience: 'patient' }) {
  const el = await mount({ lang, ...attributes });
  await enterCase(el, '25', 'yes', 'no', 'no');
  return el;
}

// Flesch-Kincaid grade level: 0.39 (words/sentences) + 11.8 (syllables/words) - 15.59.
function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  const groups = w.replace(/e$/, '').match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}
function gradeLevel(text: string): number {
  const sentences = text.split(/[.!?]+/).filter((s) => /[a-z]/i.test(s)).length;
  const words = text.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syl / words.length) - 15.59;
}

describe('the patient view (audience="patient")', () => {
  it('says the score and group in short sentences, with no hazard ratio and no table', async () => {
    const el = await highRisk();
    expect(text(el, '.points')).toBe('Your score is 7 out of 8.');
    expect(text(el, '.group')).toBe('This puts you in the High risk group.');
    expect(el.shadowRoot!.querySelector('table, .figures')).toBeNull();
    expect(text(el, '.result')).not.toMatch(/hazard|HR\b/i);
  });

  it("shows 100 people, as many shaded as the group's published risk, with a text alternative", async () => {
    const el = await highRisk();
    const figure = part(el, '.icon-array [role="img"]');
    expect(figure.getAttribute('aria-label')).toBe('High risk: 50 of 100 people are shaded.');
    expect(shaded(figure.querySelector('svg')!)).toBe(50);
    expect(text(el, '.icon-array figcaption')).toBe(
      'High risk Think of 100 people in this group. In the study, about 50 of them had the cancer spread to the liver within 5 years.',
    );
  });

  it('shows each possible group while factors are unknown', async () => {
    const el = await mount({ audience: 'patient' });
    await typeKi67(el, '12');
    const arrays = [...el.shadowRoot!.querySelectorAll('.icon-array [role="img"]')];
    expect(arrays.map((a) => a.getAttribute('aria-label'))).toEqual([
      'Intermediate risk: 21 of 100 people are shaded.',
      'High risk: 50 of 100 people are shaded.',
    ]);
    expect(text(el, '.points')).toBe('Some answers are not known. Your score could be from 3 to 7 out of 8.');
  });

  it('reads at about a 6th to 8th grade level in English (Flesch-Kincaid)', async () => {
    const partial = await mount({ audience: 'patient' });
    await typeKi67(partial, '12');
    const complete = await highRisk();
    const texts = [partial, complete].map((el) => text(el, '.result-body'));
    const empty = text(await mount({ audience: 'patient' }), '.result-body');
    const grade = gradeLevel([...texts, empty].join(' '));
    expect(grade).toBeLessThanOrEqual(8);
    // The formula measures something: the clinician view's text of the same case reads harder.
    const clinician = gradeLevel(text(await highRisk('en', {}), '.result-body'));
    expect(clinician).toBeGreaterThan(grade + 2);
  });

  it.each(LANGUAGES.map((l) => [l]))('is in %s too, with the same parts', async (lang) => {
    const el = await highRisk(lang);
    expect(el.shadowRoot!.querySelectorAll('.icon-array')).toHaveLength(1);
    expect(text(el, '.caveat').length).toBeGreaterThan(20);
    expect(el.shadowRoot!.querySelector('table')).toBeNull();
  });

  it('the clinician view keeps everything and can show the icon array too (picture="icons")', async () => {
    const el = await highRisk('en', { picture: 'icons' });
    expect(el.shadowRoot!.querySelector('table.breakdown')).not.toBeNull();
    expect(part(el, '.icon-array [role="img"]').getAttribute('aria-label')).toBe(
      'High risk: 50 of 100 people are shaded.',
    );
    expect((await highRisk('en', {})).shadowRoot!.querySelector('.icon-array')).toBeNull();
  });
});

describe('print', () => {
  it('prints the inputs as text, the date and the full model hash, in a block hidden on screen', async () => {
    const el = await highRisk('en', {});
    const printed = part(el, '.print-only');
    expect(getComputedStyle(printed).display).toBe('none');
    const entered = [...printed.querySelectorAll('.entered div')].map((d) => [
      d.querySelector('dt')!.textContent,
      d.querySelector('dd')!.textContent,
    ]);
    expect(entered).toEqual([
      ['Ki-67 index (%)', '25% · >20% (G3)'],
      ['Vascular invasion', 'Yes'],
      ['Lymph node metastasis', 'No'],
      ['Adjuvant therapy', 'Not given'],
    ]);
    expect(text(el, '.print-only')).toContain(el.result!.model.hash);
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(text(el, '.print-only')).toMatch(/^Printed on /);
  });
});

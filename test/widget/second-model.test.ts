import { afterEach, describe, expect, it } from 'vitest';
import { formModel } from '../../widget/first-paint/calculator-model.ts';
import { ScoreCalculator } from '../../widget/first-paint/score-calculator.ts';
import { toyModel } from '../support/toy-model.ts';

// A second score's element: its model and one preset per factor, and no other code.
class ToyCalculator extends ScoreCalculator {
  static override model = formModel(toyModel, 'toy-hash');
  static override properties = { age: {}, smoker: {} };
}
customElements.define('toy-calculator', ToyCalculator);

afterEach(() => document.body.replaceChildren());

async function mountToy(attributes: Record<string, string> = {}): Promise<ToyCalculator> {
  const el = document.createElement('toy-calculator') as ToyCalculator;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const q = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)!;
const text = (el: Element, selector: string) => q(el, selector).textContent!.replace(/\s+/g, ' ').trim();

describe('a second score is a definition file: the widget calculates a toy model with no code of its own', () => {
  it("builds its form from the model's factors and bands", async () => {
    const el = await mountToy();
    expect(text(el, 'h2')).toBe('Toy Score');
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent!.trim());
    expect(legends).toEqual(['Age (years)', 'Smoker']);
    const bands = [...el.shadowRoot!.querySelectorAll('#age-band option')].map((o) => (o as HTMLOptionElement).value);
    expect(bands).toEqual(['', '<65', '>=65']);
    expect(el.shadowRoot!.querySelectorAll('input[name="smoker"]')).toHaveLength(3);
    expect(text(el, '#age-hint')).toBe('A number from 18 to 120, or choose a band.');
  });

  it('scores what is entered with its own points, groups, risk and horizon', async () => {
    const el = await mountToy();
    const age = q(el, '#age') as HTMLInputElement;
    age.value = '70';
    age.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text(el, '.points strong')).toBe('2-3 points');
    (q(el, 'input[name="smoker"][value="yes"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(text(el, '.points strong')).toBe('3 points');
    expect(text(el, '.group')).toBe('Higher risk');
    expect(text(el, '.figures')).toContain('1-year risk of a made-up outcome, for the group');
    expect(text(el, '.figures dd')).toContain('40.0%');
    expect(el.shadowRoot!.querySelectorAll('.breakdown tbody tr')).toHaveLength(2);
    expect(text(el, '.breakdown tbody tr')).toContain('70 years · >=65');
    expect(el.shadowRoot!.querySelector('.what-if')).toBeNull();
    expect(el.value).toEqual({ age: 70, smoker: true });
    expect(el.result).toMatchObject({ points: 3, riskGroup: 'higher', risk: 0.4, horizonYears: 1 });
  });

  it('takes presets named after its factors and refuses out-of-range numbers in its own terms', async () => {
    const el = await mountToy({ age: '>=65', smoker: 'no' });
    expect(el.value).toEqual({ age: '>=65', smoker: false });
    expect(text(el, '.points strong')).toBe('2 points');
    const age = q(el, '#age') as HTMLInputElement;
    age.value = '12';
    age.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(text(el, '.error')).toBe('Age must be between 18 and 120 years.');
  });

  it("speaks the reader's language around the model's own words", async () => {
    const el = await mountToy({ lang: 'zh-Hans', smoker: 'yes' });
    expect(text(el, '.points strong')).toBe('1-3 分');
    expect(text(el, 'legend')).toBe('Age (years)');
  });
});

import { describe, expect, it } from 'vitest';
import { chooseBand, mount, part, text } from './fixture.ts';

describe('properties and attributes', () => {
  it('starts with every input unknown: no silent defaults', async () => {
    const el = await mount();
    expect(el.value).toEqual({ ki67: null, vascularInvasion: null, lymphNodeMetastasis: null, adjuvantTherapy: null });
    expect(el.result).toMatchObject({ complete: false, pointsRange: [0, 8], riskGroup: null });
    for (const factor of ['vascularInvasion', 'lymphNodeMetastasis', 'adjuvantTherapy']) {
      expect(part<HTMLInputElement>(el, `input[name="${factor}"][value="unknown"]`).checked).toBe(true);
    }
    expect(text(el, '.placeholder')).toContain('never taken as "no"');
    expect(el.shadowRoot!.querySelectorAll('.bar.mine, .mark')).toHaveLength(0); // no patient mark yet
  });

  it('presets inputs from attributes, as a journal page shows a worked case', async () => {
    const el = await mount({
      ki67: '25',
      'vascular-invasion': 'yes',
      'lymph-node-metastasis': 'no',
      'adjuvant-therapy': 'no',
    });
    expect(el.value).toEqual({ ki67: 25, vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: false });
    expect(el.result).toMatchObject({ points: 7, riskGroup: 'high' });
    expect(part<HTMLInputElement>(el, '#ki67').value).toBe('25');
    expect(text(el, '.points strong')).toBe('7 points');
  });

  it('reads a band preset into the band choice', async () => {
    const el = await mount({ ki67: '3-20' });
    expect(part<HTMLSelectElement>(el, '#ki67-band').value).toBe('3-20');
    expect(el.value.ki67).toBe('3-20');
  });

  it('follows attribute changes after the first render', async () => {
    const el = await mount();
    el.setAttribute('adjuvant-therapy', 'no');
    await el.updateComplete;
    expect(el.value.adjuvantTherapy).toBe(false);
    expect(el.result!.whatIf.adjuvantTherapy).toBeDefined();
  });

  it('sets all inputs through `value` and recomputes `result`', async () => {
    const el = await mount({ ki67: '50' });
    el.value = { ki67: '<3', vascularInvasion: true };
    await el.updateComplete;
    expect(el.value).toEqual({ ki67: '<3', vascularInvasion: true, lymphNodeMetastasis: null, adjuvantTherapy: null });
    expect(el.result).toMatchObject({ pointsRange: [2, 4], possibleRiskGroups: ['low', 'intermediate'] });
    el.value = null;
    await el.updateComplete;
    expect(el.value.ki67).toBeNull();
  });

  it('gives a null result while Ki-67 is impossible, and recovers', async () => {
    const el = await mount();
    el.value = { ki67: 250 };
    await el.updateComplete;
    expect(el.result).toBeNull();
    await chooseBand(el, '>20');
    expect(el.result).toMatchObject({ pointsRange: [4, 8] });
  });

  it('reflects theme and applies the dark colours', async () => {
    const el = await mount({ theme: 'dark' });
    expect(getComputedStyle(part(el, '.calc')).backgroundColor).toBe('rgb(22, 24, 29)');
    el.theme = 'light';
    await el.updateComplete;
    expect(el.getAttribute('theme')).toBe('light');
    expect(getComputedStyle(part(el, '.calc')).backgroundColor).toBe('rgb(255, 255, 255)');
  });

  it('reports its version for the guarded define', async () => {
    const el = await mount();
    expect((el.constructor as unknown as { version: string }).version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

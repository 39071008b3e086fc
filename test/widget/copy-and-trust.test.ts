import { afterEach, describe, expect, it, vi } from 'vitest';
import { lmsModel } from '../../shared/lms-model.ts';
import { lmsModelHash } from '../../shared/lms-model-hash.ts';
import { answer, mount, part, text, typeKi67 } from './fixture.ts';

afterEach(() => vi.restoreAllMocks());

describe('trust and copying', () => {
  it('shows scope, the derived-weights disclosure, citation with DOI, model version and short hash, and the disclaimer', async () => {
    const el = await mount();
    expect(text(el, '.scope')).toContain('curative-intent resection');
    expect(text(el, 'details.derived summary')).toBe(
      'Point weights and cut-offs are derived from the published hazard ratios.',
    );
    expect(text(el, 'details.derived ul')).toContain('Low risk: 0-2 points');
    expect(part<HTMLAnchorElement>(el, '.source a').href).toBe('https://doi.org/10.1245/s10434-024-16389-0');
    expect(text(el, 'footer')).toContain(lmsModelHash.slice(0, 8));
    expect(text(el, '.disclaimer')).toContain('Nothing you enter leaves this page');
  });

  it('marks points derived and group risks published next to the figures', async () => {
    const el = await mount();
    await typeKi67(el, '12');
    expect(text(el, '.points')).toContain('derived');
    expect(text(el, '.figures')).toContain('published');
  });

  it('copies a plain-text summary with inputs, result, model and citation', async () => {
    const writes: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (t: string) => void writes.push(t));
    const el = await mount();
    await typeKi67(el, '12');
    await answer(el, 'vascularInvasion', 'yes');
    await answer(el, 'lymphNodeMetastasis', 'no');
    await answer(el, 'adjuvantTherapy', 'no');
    part<HTMLButtonElement>(el, 'button[part="button"]').click();
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    const note = writes[0]!;
    expect(note).toContain('Ki-67 index (%): 12%');
    expect(note).toContain('Adjuvant therapy: Not given');
    expect(note).toContain('6 points. High risk.');
    expect(note).toContain(`lms ${lmsModel.version} · ${lmsModelHash.slice(0, 8)}`);
    expect(note).toContain('doi:10.1245/s10434-024-16389-0');
    await el.updateComplete;
    expect(text(el, '.status')).toBe('Summary copied.');
  });

  it("writes each label's colon as the language does: full-width in Chinese and Japanese, spaced in French", async () => {
    const writes: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (t: string) => void writes.push(t));
    for (const [lang, colon, source] of [
      ['zh-Hans', '：', '来源'],
      ['ja', '：', '出典'],
      ['fr', ' : ', 'Source'],
    ] as const) {
      const el = await mount({ lang });
      await typeKi67(el, '12');
      part<HTMLButtonElement>(el, 'button[part="button"]').click();
      await vi.waitFor(() => expect(writes).toHaveLength(1));
      const note = writes.pop()!;
      // Every "label: value" line: its inputs, the relative hazard and the source.
      const labelled = note.split('\n').filter((line) => line.includes(colon));
      expect(labelled.length, note).toBeGreaterThanOrEqual(5);
      // The citation aside (the paper's title, in English), no ASCII colon, comma or parenthesis after a word.
      const own = note.split('\n').filter((line) => !line.includes('doi:'));
      for (const line of own) expect(line).not.toMatch(lang === 'fr' ? /\S: / : /: |, | \(/);
      expect(text(el, '.source')).toContain(colon);
      expect(note).toContain(`\n${source}${colon}Zheng Q-X`);
      el.remove();
    }
  });

  it('copies no result line while nothing is entered, and names the source', async () => {
    const writes: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (t: string) => void writes.push(t));
    const el = await mount();
    part<HTMLButtonElement>(el, 'button[part="button"]').click();
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    const lines = writes[0]!.split('\n');
    expect(lines.filter((line) => line.startsWith(' ') || line.includes('out of'))).toEqual([]);
    expect(lines).toContain('Ki-67 index (%): Unknown');
    expect(lines.some((line) => line.startsWith('Source: Zheng Q-X'))).toBe(true);
  });

  it('offers the text to select when the clipboard is blocked', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const el = await mount();
    part<HTMLButtonElement>(el, 'button[part="button"]').click();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('textarea')).not.toBeNull());
    expect(part<HTMLTextAreaElement>(el, 'textarea').value).toContain('Liver Metastasis Score');
  });

  it('gives citation text for the calculator', async () => {
    const el = await mount();
    expect(text(el, '.cite-text')).toMatch(
      /^LMS calculator \d+\.\d+\.\d+ \(model \d+\.\d+\.\d+, [0-9a-f]{8}\)\. Based on: Zheng/,
    );
    expect(text(el, '.cite-text')).toContain(`(model ${lmsModel.version}, ${lmsModelHash.slice(0, 8)})`);
  });
});

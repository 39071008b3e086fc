import { describe, expect, it } from 'vitest';
import { answer, mount, part, text, typeKi67 } from './fixture.ts';

describe('languages', () => {
  it('uses its lang attribute', async () => {
    const el = await mount({ lang: 'zh-Hans' });
    expect(text(el, 'h2')).toBe('肝转移评分（LMS）');
    expect(part(el, '.calc').getAttribute('lang')).toBe('zh-Hans');
  });

  it('falls back to the nearest ancestor lang, mapping any Chinese tag to zh-Hans', async () => {
    const el = await mount({}, 'zh-CN');
    expect(text(el, 'legend')).toBe('Ki-67 指数（%）');
  });

  it('falls back to English for a language it does not have', async () => {
    const el = await mount({ lang: 'fr' });
    expect(text(el, 'h2')).toBe('Liver Metastasis Score (LMS)');
  });

  it('formats numbers with Intl and shows the result in Chinese', async () => {
    const el = await mount({ lang: 'zh-Hans' });
    await typeKi67(el, '25');
    await answer(el, 'vascularInvasion', 'yes');
    await answer(el, 'lymphNodeMetastasis', 'yes');
    await answer(el, 'adjuvantTherapy', 'no');
    expect(text(el, '.points strong')).toBe('8 分');
    expect(text(el, '.group')).toBe('高危');
    expect(text(el, '.figures dd')).toContain('49.7%');
    expect(text(el, '.what-if')).toContain('若已接受辅助治疗');
  });

  it('switches language when lang changes', async () => {
    const el = await mount({ lang: 'en' });
    el.lang = 'zh-Hans';
    await el.updateComplete;
    expect(text(el, 'h2')).toBe('肝转移评分（LMS）');
  });

  it("keeps the Ki-67 error in the reader's language", async () => {
    const el = await mount({ lang: 'zh-Hans' });
    await typeKi67(el, '101');
    expect(text(el, '#ki67-error')).toBe('Ki-67 须在 0 至 100% 之间。');
  });
});

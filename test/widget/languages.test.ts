import { describe, expect, it } from 'vitest';
import { LANGUAGES, resolveLanguage } from '../../widget/common/language.ts';
import { englishPlural } from '../../widget/locales/en.ts';
import { enterCase, mount, part, text, typeKi67 } from './fixture.ts';

// Each language's title, as its pack says it: the test that the pack loaded and is the one shown.
const TITLES: Record<(typeof LANGUAGES)[number], string> = {
  en: 'Liver Metastasis Score (LMS)',
  'zh-Hans': '肝转移评分（LMS）',
  'zh-Hant': '肝轉移評分（LMS）',
  ja: '肝転移スコア（LMS）',
  ko: '간전이 점수(LMS)',
  de: 'Lebermetastasen-Score (LMS)',
  fr: 'Score de métastases hépatiques (LMS)',
  es: 'Puntuación de metástasis hepáticas (LMS)',
  ar: 'درجة النقائل الكبدية (LMS)',
};

describe('languages', () => {
  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh-Hans-TW', 'zh-Hans'],
    ['zh_TW', 'zh-Hant'],
    ['de-AT', 'de'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['ar-EG', 'ar'],
    ['JA-jp', 'ja'],
    ['tlh', 'en'],
    ['__proto__', 'en'],
    ['', 'en'],
  ])('maps %s to %s', (tag, language) => {
    expect(resolveLanguage(tag)).toBe(language);
  });

  it.each(LANGUAGES.map((l) => [l]))('renders %s from its pack, with lang and dir set', async (lang) => {
    const el = await mount({ lang });
    expect(text(el, 'h2')).toBe(TITLES[lang]);
    expect(part(el, '.calc').getAttribute('lang')).toBe(lang);
    expect(part(el, '.calc').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
  });

  it('falls back to the nearest ancestor lang, picking the script of a Chinese tag', async () => {
    expect(text(await mount({}, 'zh-CN'), 'legend')).toBe('Ki-67 指数（%）');
    expect(text(await mount({}, 'zh-TW'), 'legend')).toBe('Ki-67 指數（%）');
  });

  it('falls back to English for a language it does not have', async () => {
    const el = await mount({ lang: 'tlh' });
    expect(text(el, 'h2')).toBe(TITLES.en);
  });

  it('formats numbers with Intl and shows the result in Chinese', async () => {
    const el = await mount({ lang: 'zh-Hans' });
    await enterCase(el, '25', 'yes', 'yes', 'no');
    expect(text(el, '.points strong')).toBe('8 分');
    expect(text(el, '.group')).toBe('高危');
    expect(text(el, '.figures dd')).toContain('49.7%');
    expect(text(el, '.what-if')).toContain('若已接受辅助治疗');
  });

  it("formats numbers the language's way: a decimal comma in German, Latin digits in Arabic", async () => {
    const de = await mount({ lang: 'de' });
    await enterCase(de, '25', 'yes', 'no', 'no');
    expect(text(de, '.figures dd')).toContain('49,7');
    const ar = await mount({ lang: 'ar' });
    await enterCase(ar, '25', 'yes', 'no', 'no');
    expect(text(ar, '.figures dd')).toMatch(/49\.7/);
    expect(text(ar, '.figures dd')).not.toMatch(/[٠-٩]/);
  });

  it('chooses plural forms with Intl.PluralRules: French 0 and 1 are singular, Arabic has a dual', async () => {
    const fr = await mount({ lang: 'fr' });
    await enterCase(fr, '1', 'no', 'no', 'yes');
    expect(text(fr, '.points strong')).toBe('0 point');
    const ar = await mount({ lang: 'ar' });
    await enterCase(ar, '1', 'yes', 'no', 'yes');
    expect(text(ar, '.points strong')).toBe('2 نقطتان');
  });

  it("English's written-out plural rule equals Intl.PluralRules('en') for whole numbers", () => {
    const intl = new Intl.PluralRules('en');
    for (let n = 0; n <= 1000; n++) expect(englishPlural(n), String(n)).toBe(intl.select(n));
  });

  it('switches language when lang changes, keeping the inputs', async () => {
    const el = await mount({ lang: 'en' });
    await typeKi67(el, '25');
    el.lang = 'ja';
    await el.updateComplete;
    expect(text(el, 'h2')).toBe(TITLES.ja);
    expect(part<HTMLInputElement>(el, '#ki67').value).toBe('25');
  });

  it("keeps the Ki-67 error in the reader's language", async () => {
    const el = await mount({ lang: 'zh-Hans' });
    await typeKi67(el, '101');
    expect(text(el, '#ki67-error')).toBe('Ki-67 须在 0 至 100% 之间。');
  });
});

describe('right to left', () => {
  it('mirrors the chart in Arabic: the lowest group and 0 points on the right, numbers left to right', async () => {
    const positions = async (lang: string) => {
      // The chart is drawn once something is entered.
      const el = await mount({ lang, ki67: '1' });
      const svg = part<SVGSVGElement>(el, '.chart svg');
      const barX = [...svg.querySelectorAll('.bar .value')].map((t) => Number(t.getAttribute('x')));
      const ticks = [...svg.querySelectorAll('.tick')].map((t) => Number(t.getAttribute('x')));
      const directions = [...svg.querySelectorAll('.value, .tick')].map((t) => t.getAttribute('direction'));
      return { barX, ticks, directions };
    };
    const ltr = await positions('en');
    const rtl = await positions('ar');
    expect(ltr.barX[0]).toBeLessThan(ltr.barX[2]!);
    expect(rtl.barX[0]).toBeGreaterThan(rtl.barX[2]!);
    expect(rtl.barX).toEqual(ltr.barX.map((x) => 360 - x));
    expect(rtl.ticks).toEqual(ltr.ticks.map((x) => 360 - x));
    expect(new Set(rtl.directions)).toEqual(new Set(['ltr']));
  });
});

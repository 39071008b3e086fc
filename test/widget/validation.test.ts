import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { validationTable } from '../../shared/cli/validation-table.ts';
import { lms } from '../../shared/lms.ts';
import { syntheticCohort } from '../../shared/synthetic-cohort.ts';
import { validateCohort } from '../../shared/validate-cohort.ts';
import { DEMO_COHORT } from '../../site/validation/demo-cohort.ts';
import { VALIDATION_PACKS } from '../../site/validation/locales/validation-packs.ts';
import { LANGUAGES } from '../../widget/common/language.ts';
import '../../site/validation/lms-validation.ts';
import type { LmsValidation } from '../../site/validation/lms-validation.ts';
import fixtures from '../vectors/survival/survival-fixtures.json' with { type: 'json' };
import { mountValidation } from './validation-fixture.ts';

afterEach(() => document.body.replaceChildren());

const q = (el: LmsValidation, s: string) => el.shadowRoot!.querySelector(s)!;
const all = (el: LmsValidation, s: string) => [...el.shadowRoot!.querySelectorAll(s)];
const text = (el: LmsValidation, s: string) => q(el, s).textContent!.replace(/\s+/g, ' ').trim();
const cohort = fixtures.cohorts[1]!;
const csvFile = (body: string, name = 'cohort.csv') => new File([body], name, { type: 'text/csv' });
/** Resolves when the element has drawn its next report, all of it. */
const drawn = (el: LmsValidation) =>
  new Promise((resolve) => el.addEventListener('lms-validated', resolve, { once: true }));
/** Clicks a download link as a reader would (the page makes the file then), without saving it: its address and text. */
async function download(el: LmsValidation, kind: 'json' | 'csv'): Promise<{ href: string; text: string }> {
  const link = q(el, `.downloads a[download="lms-validation.${kind}"]`) as HTMLAnchorElement;
  el.addEventListener('click', (e) => e.preventDefault(), { once: true });
  link.click();
  return { href: link.href, text: await (await fetch(link.href)).text() };
}
const csvOf = (rows: typeof cohort.rows) =>
  `id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy,time,event\n${rows.map((r, i) => `p${i},${r.ki67},${r.vascularInvasion},${r.lymphNodeMetastasis},${r.adjuvantTherapy},${r.time},${r.event}`).join('\n')}\n`;

describe('<lms-validation>: the score validated on a cohort in the browser', () => {
  it("reads a CSV the researcher picks and shows R's concordance counts, calibration and curves", async () => {
    const el = await mountValidation();
    const input = q(el, 'input[type="file"]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(csvFile(csvOf(cohort.rows)));
    input.files = files.files;
    const done = drawn(el);
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await done;
    const { value: _value, ...counts } = cohort.concordancePoints;
    expect(el.report!.cIndex).toMatchObject(counts);
    expect(el.report!.rows).toMatchObject({ received: cohort.rows.length, used: cohort.rows.length });
    await el.updateComplete;
    expect(all(el, '.calibration tbody tr')).toHaveLength(3);
    expect(all(el, '.curve')).toHaveLength(Object.keys(cohort.kaplanMeier).length);
    expect(all(el, '.at-risk tbody tr')).toHaveLength(3);
    expect(text(el, '.status')).toContain(`${cohort.rows.length} of ${cohort.rows.length} rows used`);
  });

  it('lists every excluded row with its reason', async () => {
    const el = await mountValidation();
    const csv =
      'id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy,time,event\na,12,yes,no,no,10,1\nb,12,,no,no,10,1\nc,12,yes,no,no,-3,1\nd,12,yes,no\n';
    await el.readFile(csvFile(csv));
    await el.updateComplete;
    const rows = all(el, '.excluded tbody tr').map((tr) => [...tr.children].map((td) => td.textContent!.trim()));
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['2', 'b', 'a factor is unknown'],
      ['3', 'c', 'invalid time'],
      ['4', 'd', 'wrong number of cells'],
    ]);
    expect(rows[2]![3]).toBe('Line 5 has 4 cells; the header has 7.');
  });

  it('refuses a file whose header it cannot read, saying which column', async () => {
    const el = await mountValidation();
    await el.readFile(csvFile('ki67,followUp,event\n1,2,1\n'));
    await el.updateComplete;
    expect(text(el, '.refused')).toContain('Unknown field "followUp"');
    expect(el.shadowRoot!.querySelector('.report')).toBeNull();
  });

  it('loads a synthetic cohort, labelled synthetic, that reproduces the core and the same interval for the same seed', async () => {
    const el = await mountValidation();
    await el.loadDemo();
    await el.updateComplete;
    expect(text(el, '.source')).toContain('Synthetic, not patient data');
    expect(JSON.parse((await download(el, 'json')).text).source).toMatchObject({
      synthetic: true,
      note: expect.stringContaining('not patient data'),
    });
    expect((await download(el, 'csv')).text.split('\r\n')[1]).toMatch(/^source,,synthetic,Synthetic demo cohort,/);
    const first = el.report!;
    const rows = syntheticCohort(lms, DEMO_COHORT);
    expect(first).toEqual(validateCohort(lms, rows, { source: 'json', refused: new Map() }));
    // The digits lms validate writes for the same report: the C-index with its interval, each O/E.
    const table = validationTable(first);
    const [, value, lower, upper] = table.match(/C-index \(points\)\s+(\S+)\s+\(95% CI (\S+)–(\S+);/)!;
    expect(text(el, '.c-index dd')).toContain(`${value} (95% CI ${lower} to ${upper};`);
    const ratios = first.groups.map((g) =>
      table
        .split('\n')
        .find((l) => l.startsWith(`${g.id} `))!
        .trim()
        .split(/\s+/)
        .at(-1),
    );
    expect(all(el, '.calibration tbody tr').map((row) => row.querySelectorAll('td')[4]!.textContent)).toEqual(ratios);
    (q(el, '.options button') as HTMLButtonElement).click();
    await expect.poll(() => el.report !== first).toBe(true);
    expect([el.report!.cIndex.lower, el.report!.cIndex.upper]).toEqual([first.cIndex.lower, first.cIndex.upper]);
  });

  it('offers the report as JSON and CSV downloads made in the page', async () => {
    const el = await mountValidation();
    await el.readFile(csvFile(csvOf(cohort.rows.slice(0, 30))));
    await el.updateComplete;
    const json = await download(el, 'json');
    expect(json.href.startsWith('blob:')).toBe(true);
    expect(JSON.parse(json.text)).toEqual({
      source: { name: 'cohort.csv', synthetic: false },
      ...JSON.parse(JSON.stringify(el.report)),
    });
    const lines = (await download(el, 'csv')).text.split('\r\n');
    expect(lines[0]).toBe('section,group,measure,value,lower,upper,detail');
    expect(lines).toContain(`rows,,received,30,,,`);
  });

  it("names the published point's horizon in years whatever the unit and language", async () => {
    const el = await mountValidation('zh-Hans');
    const unit = q(el, '.options select') as HTMLSelectElement;
    unit.value = 'years';
    unit.dispatchEvent(new Event('change'));
    await el.loadDemo();
    await el.updateComplete;
    expect(text(el, '.legend')).toContain('已发表的 5 年点');
  });

  it('speaks Chinese', async () => {
    const el = await mountValidation('zh-Hans');
    expect(text(el, 'h2')).toBe('在您自己的队列中验证 LMS');
    await el.loadDemo();
    await el.updateComplete;
    expect(text(el, '.calibration tbody tr')).toContain('低危');
  });

  it.each([
    ['zh-TW', '在您自己的世代中驗證 LMS'],
    ['zh-HK', '在您自己的世代中驗證 LMS'],
    ['zh-MO', '在您自己的世代中驗證 LMS'],
    ['zh-Hant-CN', '在您自己的世代中驗證 LMS'],
    ['zh-Hant', '在您自己的世代中驗證 LMS'],
    ['zh-CN', '在您自己的队列中验证 LMS'],
    ['zh', '在您自己的队列中验证 LMS'],
    ['zh-Hans-TW', '在您自己的队列中验证 LMS'],
    ['ja-JP', '自施設のコホートで LMS を検証する'],
    ['de-AT', 'Den LMS an der eigenen Kohorte validieren'],
    ['tlh', 'Validate the LMS on your own cohort'],
    ['__proto__', 'Validate the LMS on your own cohort'],
  ])('picks its words for lang="%s" by the calculator’s rule', async (lang, title) => {
    const el = await mountValidation(lang);
    expect(text(el, 'h2')).toBe(title);
  });

  it('speaks Traditional Chinese through a whole report', async () => {
    const el = await mountValidation('zh-TW');
    await el.loadDemo();
    await el.updateComplete;
    expect(text(el, '.calibration tbody tr')).toContain('低風險');
  });

  it.each(LANGUAGES)(
    'speaks %s through a whole report: right to left for Arabic, Latin digits in every language',
    async (lang) => {
      const t = VALIDATION_PACKS[lang];
      const el = await mountValidation(lang);
      expect(text(el, 'h2')).toBe(t.title);
      if (lang !== 'en') expect(t.title).not.toBe(VALIDATION_PACKS.en.title);
      const section = q(el, 'section');
      expect([section.getAttribute('lang'), section.getAttribute('dir')]).toEqual([
        t.locale,
        lang === 'ar' ? 'rtl' : 'ltr',
      ]);
      await el.loadDemo();
      await el.updateComplete;
      expect(text(el, '.calibration tbody tr')).toContain(t.groups.low);
      expect(text(el, '.demo-c')).toBe(t.demoCIndexNote(new Intl.NumberFormat(t.numbers ?? t.locale).format(0.888)));
      expect(text(el, '.c-index dd')).toMatch(/^0[.,]761/); // Latin digits in every language, Arabic too
    },
  );

  it('switches language from its switch, listing each language by its own name', async () => {
    const el = await mountValidation('en');
    const select = q(el, '.language select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'English',
      '简体中文',
      '繁體中文',
      '日本語',
      '한국어',
      'Deutsch',
      'Français',
      'Español',
      'العربية',
    ]);
    select.value = 'zh-Hans';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.lang).toBe('zh-Hans');
    expect(text(el, 'h2')).toBe('在您自己的队列中验证 LMS');
    expect((q(el, '.language select') as HTMLSelectElement).value).toBe('zh-Hans');
  });

  it('names the demo cohort, on the page and in the downloads, in the language shown after a switch', async () => {
    const el = await mountValidation('zh-Hans');
    await el.loadDemo();
    await el.updateComplete;
    expect(text(el, '.source')).toContain('合成');
    const select = q(el, '.language select') as HTMLSelectElement;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el, '.source')).toContain('Synthetic demo cohort');
    expect(text(el, '.source')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(JSON.parse((await download(el, 'json')).text).source.name).toBe('Synthetic demo cohort');
  });

  it('follows the browser’s languages, not an ancestor’s lang, when it is the page', async () => {
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['tlh', 'zh-CN', 'en'] });
    const title = document.title;
    try {
      const holder = document.createElement('div');
      holder.lang = 'en';
      const el = document.createElement('lms-validation');
      holder.append(el);
      document.body.append(holder);
      await el.updateComplete;
      expect(text(el, 'h2')).toBe('Validate the LMS on your own cohort'); // inside a page: that page's lang
      el.page = true;
      await el.updateComplete;
      expect(text(el, 'h2')).toBe('在您自己的队列中验证 LMS'); // the page: the first browser language it has
      expect(document.documentElement.lang).toBe('zh-Hans');
      expect(document.title).toBe(VALIDATION_PACKS['zh-Hans'].pageTitle);
      expect(text(el, 'nav')).toBe('计算器 · API 参考');
    } finally {
      delete (navigator as { languages?: unknown }).languages; // Navigator.prototype's getter again
      document.documentElement.lang = 'en';
      document.documentElement.dir = 'ltr';
      document.title = title;
    }
  });

  it('refuses a file without time and event columns, naming both in its own words', async () => {
    const el = await mountValidation('zh-Hans');
    await el.readFile(csvFile('id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy\np1,12,yes,no,no\n'));
    await el.updateComplete;
    expect(all(el, '.refused li').map((li) => li.textContent)).toEqual([
      VALIDATION_PACKS['zh-Hans'].missingColumn.time,
      VALIDATION_PACKS['zh-Hans'].missingColumn.event,
    ]);
    expect(el.shadowRoot!.querySelector('.report')).toBeNull();
  });

  it('says "no patients" for an empty group, where follow-up ends, and a risk of 100% for a curve at 0', async () => {
    const el = await mountValidation();
    const csv = `id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy,time,event
a,1,no,no,yes,12,1
b,1,no,no,yes,40,0
c,25,yes,yes,no,10,1
d,25,yes,yes,no,20,1
`;
    await el.readFile(csvFile(csv));
    await el.updateComplete;
    const observed = all(el, '.calibration td.observed').map((td) => td.textContent!.trim());
    expect(observed).toEqual(['not estimable: follow-up ends at 40 months', 'no patients', '100.0% (no interval)']);
    expect(el.shadowRoot!.querySelector('.demo-c')).toBeNull(); // a real file: no synthetic caveat
  });

  it.each(['en', 'ar'])('has no axe violations in %s, empty and with a report', async (lang) => {
    const el = await mountValidation(lang);
    const run = async () =>
      (
        await axe.run(el, {
          resultTypes: ['violations'],
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        })
      ).violations.map((v) => v.id);
    expect(await run()).toEqual([]);
    await el.loadDemo();
    await el.updateComplete;
    expect(await run()).toEqual([]);
  });
});

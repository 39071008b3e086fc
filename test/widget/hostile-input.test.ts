import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse, score } from '../../shared/lms.ts';
import { answer, mount, part, text, typeKi67 } from './fixture.ts';

afterEach(() => vi.restoreAllMocks());

describe('the widget on hostile attribute values', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'lang="%s" renders in English instead of throwing',
    async (lang) => {
      const el = await mount({ lang });
      expect(text(el, 'h2')).toBe('Liver Metastasis Score (LMS)');
      await typeKi67(el, '25');
      expect(text(el, '.points strong')).toBe('4-8 points');
    },
  );

  it('an ancestor lang of "__proto__" falls back to English too', async () => {
    const el = await mount({}, '__proto__');
    expect(text(el, 'h2')).toBe('Liver Metastasis Score (LMS)');
  });

  it('warns once per bad value in development, naming the value', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await mount({ lang: 'xx-bad-1' });
    await mount({ lang: 'xx-bad-1' });
    await mount({ lang: 'xx-bad-2', theme: 'neon', audience: 'family', picture: 'pie' });
    await mount({ audience: 'family' });
    const messages = warn.mock.calls.map((c) => String(c[0]));
    expect(messages.filter((m) => m.includes('audience="family"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('picture="pie"'))).toHaveLength(1);
    await mount({ ki67: 'lots' });
    await mount({ ki67: 'lots' });
    const after = warn.mock.calls.map((c) => String(c[0]));
    expect(after.filter((m) => m.includes('the ki67 preset cannot be read'))).toHaveLength(1);
    expect(after.join(' ')).not.toContain('lots');
    expect(messages.filter((m) => m.includes('lang="xx-bad-1"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('lang="xx-bad-2"'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('theme="neon"'))).toHaveLength(1);
  });

  it('a preset that is not yes/no/unknown is left unknown, and its value is not logged', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ 'vascular-invasion': '__proto__', 'adjuvant-therapy': 'maybe-secret' });
    expect(el.value.vascularInvasion).toBeNull();
    expect(el.value.adjuvantTherapy).toBeNull();
    expect(warn.mock.calls.flat().join(' ')).not.toContain('maybe-secret');
  });
});

describe("the widget's value, result and error agree with the core on anything typed", () => {
  it.each([
    ['0x10', 'invalid_number'],
    ['0b11', 'invalid_number'],
    ['1_0', 'invalid_number'],
    ['Infinity', 'invalid_number'],
    ['101', 'out_of_range'],
  ])(
    '%s is what the API would refuse: value keeps the text, result is null, the box shows the error',
    async (typed, code) => {
      const el = await mount();
      await typeKi67(el, typed);
      expect(el.value.ki67).toBe(typed);
      expect(el.result).toBeNull();
      const parsed = parse({ ki67: typed }, { source: 'text' });
      expect(parsed.ok ? [] : parsed.problems.map((p) => p.code)).toEqual([code]);
      expect(part(el, '#ki67').getAttribute('aria-invalid')).toBe('true');
    },
  );

  it('"12 %" and "12%" both read as 12', async () => {
    const el = await mount();
    for (const typed of ['12%', '12 %']) {
      await typeKi67(el, typed);
      expect(el.value.ki67).toBe(12);
      expect(el.result?.breakdown[0]).toMatchObject({ level: '3-20', value: 12 });
    }
  });

  it('random text in the Ki-67 box and random answers give the value, result and error the core gives', async () => {
    const el = await mount();
    const typed = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.double({ noNaN: false }).map(String),
      fc.constantFrom('0x10', '1e1', '12 %', ' 3 ', '<3', '3-20', '>20', '-0', '+5', '.5', '5.', '１２', '\u202e12'),
    );
    const choice = fc.constantFrom('yes', 'no', 'unknown') as fc.Arbitrary<'yes' | 'no' | 'unknown'>;
    await fc.assert(
      fc.asyncProperty(typed, choice, choice, choice, async (ki67, vi_, ln, adj) => {
        await typeKi67(el, ki67);
        await answer(el, 'vascularInvasion', vi_);
        await answer(el, 'lymphNodeMetastasis', ln);
        await answer(el, 'adjuvantTherapy', adj);
        const asText = (a: string) => (a === 'unknown' ? '' : a);
        const raw = {
          ki67: ki67.trim(),
          vascularInvasion: asText(vi_),
          lymphNodeMetastasis: asText(ln),
          adjuvantTherapy: asText(adj),
        };
        const parsed = parse(raw, { source: 'text' });
        expect(el.result).toEqual(parsed.ok ? score(parsed.value) : null);
        expect(part(el, '#ki67').getAttribute('aria-invalid')).toBe(parsed.ok ? 'false' : 'true');
        // The value is what the API reads the same way: sending it gives the same verdict.
        const again = parse(el.value, { source: 'json' });
        expect(again.ok).toBe(parsed.ok);
        if (again.ok && parsed.ok) expect(score(again.value)).toEqual(score(parsed.value));
      }),
      { numRuns: 150 },
    );
  });
});

describe('what the widget says about a result', () => {
  it('says "1 point", not "1 points"', async () => {
    const el = await mount({ 'vascular-invasion': 'no', 'lymph-node-metastasis': 'yes', 'adjuvant-therapy': 'yes' });
    await typeKi67(el, '1');
    expect(text(el, '.points strong')).toBe('1 point');
  });

  it('marks only the possible groups on the scale when a group in between is impossible', async () => {
    // Ki-67 unknown (0, 3 or 4) + vascular invasion (2) + no node, therapy given: 2, 5 or 6 points.
    const el = await mount({ 'vascular-invasion': 'yes', 'lymph-node-metastasis': 'no', 'adjuvant-therapy': 'yes' });
    expect(el.result?.possibleRiskGroups).toEqual(['low', 'high']);
    const box = (e: Element): [number, number] => [
      Number(e.getAttribute('x')),
      Number(e.getAttribute('x')) + Number(e.getAttribute('width')),
    ];
    const marks = [...el.shadowRoot!.querySelectorAll('.mark')].map(box);
    const [middleStart, middleEnd] = box(part(el, '.seg.intermediate'));
    expect(marks).toHaveLength(2);
    for (const [a, b] of marks) expect(b <= middleStart || a >= middleEnd).toBe(true);
  });

  it('copies "12%" once, as the core read it, not "12%%"', async () => {
    const writes: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (t: string) => void writes.push(t));
    const el = await mount();
    await typeKi67(el, '12%');
    part<HTMLButtonElement>(el, 'button[part="button"]').click();
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toContain('Ki-67 index (%): 12% · 3-20% (G2)');
    expect(writes[0]).not.toContain('%%');
  });
});

describe('events that arrive before the next render', () => {
  it('keeps both of two answers given in the same task', async () => {
    const el = await mount();
    const radio = (factor: string, value: string) =>
      el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${factor}"][value="${value}"]`)!;
    radio('vascularInvasion', 'yes').click();
    radio('lymphNodeMetastasis', 'no').click();
    await el.updateComplete;
    expect(el.value).toMatchObject({ vascularInvasion: true, lymphNodeMetastasis: false });
  });
});

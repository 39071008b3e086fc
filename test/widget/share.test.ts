import { afterEach, describe, expect, it, vi } from 'vitest';
import { pinned, rawInput, scoredCases } from '../support/golden-vectors.ts';
import { answer, mount, part, typeKi67 } from './fixture.ts';

const start = `${location.pathname}${location.search}`;
afterEach(() => history.replaceState(null, '', start));

// Cases a form can hold: JSON values (text-source cases are the API's query strings).
const shareable = scoredCases.filter((c) => c.input !== undefined && c.source !== 'text');

describe('share: the inputs in the page URL fragment', () => {
  it('is off by default: the host page URL is never changed, or read, unasked', async () => {
    const el = await mount();
    await typeKi67(el, '25');
    await answer(el, 'vascularInvasion', 'yes');
    expect(location.hash).toBe('');
    location.hash = '#ki67=2';
    await new Promise((r) => addEventListener('hashchange', r, { once: true }));
    await el.updateComplete;
    expect(el.value.ki67).toBe(25);
  });

  it('writes the inputs to the fragment as they change, without a new history entry', async () => {
    const entries = history.length;
    const el = await mount({ share: '' });
    await typeKi67(el, '25');
    await answer(el, 'vascularInvasion', 'yes');
    await answer(el, 'adjuvantTherapy', 'no');
    expect(location.hash).toBe('#ki67=25&vascular-invasion=yes&adjuvant-therapy=no');
    expect(history.length).toBe(entries);
    await answer(el, 'vascularInvasion', 'unknown');
    expect(location.hash).toBe('#ki67=25&adjuvant-therapy=no');
  });

  it.each(shareable.map((c) => [c.name, c] as const))('round-trips golden vector "%s" through a link', async (_, c) => {
    const first = await mount({ share: '' });
    first.value = rawInput(c) as never;
    await first.updateComplete;
    const link = location.hash;
    document.body.replaceChildren();
    history.replaceState(null, '', `${start}${link}`);
    const opened = await mount({ share: '' });
    expect(opened.value).toEqual(first.value);
    expect(pinned(opened.result!)).toEqual(c.expected);
  });

  it('lets a shared link win over presets, and follows a link pasted into the same page', async () => {
    history.replaceState(null, '', `${start}#ki67=%3E20&lymph-node-metastasis=yes`);
    const el = await mount({ share: '', ki67: '2' });
    expect(el.value).toMatchObject({ ki67: '>20', lymphNodeMetastasis: true, vascularInvasion: null });
    location.hash = '#ki67=12';
    await new Promise((r) => addEventListener('hashchange', r, { once: true }));
    await el.updateComplete;
    expect(el.value.ki67).toBe(12);
  });

  it('ignores what it cannot read, leaving those factors unknown', async () => {
    history.replaceState(null, '', `${start}#ki67=abc&vascular-invasion=__proto__&section=2`);
    const el = await mount({ share: '' });
    expect(el.value.vascularInvasion).toBeNull();
    expect(el.result).toBeNull(); // "abc" is kept in the box and refused, as typed text would be
  });

  it('"Copy link" copies the page address with the inputs', async () => {
    const writes: string[] = [];
    vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (t: string) => void writes.push(t));
    const el = await mount({ share: '' });
    await typeKi67(el, '12');
    part<HTMLButtonElement>(el, '.copy-link').click();
    await vi.waitFor(() => expect(writes).toEqual([location.href]));
    expect(writes[0]).toMatch(/#ki67=12$/);
  });

  it('offers no "Copy link" without share', async () => {
    const el = await mount();
    expect(el.shadowRoot!.querySelector('.copy-link')).toBeNull();
  });
});

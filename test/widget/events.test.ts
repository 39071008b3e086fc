import { describe, expect, it } from 'vitest';
import type { LmsChangeEvent } from '../../widget/entries/lms-calculator.ts';
import { answer, mount, typeKi67 } from './fixture.ts';

describe('events', () => {
  it('fires lms-change with the value and result on every change, bubbling out of the shadow root', async () => {
    const el = await mount();
    const seen: LmsChangeEvent[] = [];
    document.addEventListener('lms-change', (e) => seen.push(e));
    await typeKi67(el, '12');
    await answer(el, 'vascularInvasion', 'yes');
    expect(seen).toHaveLength(2);
    const last = seen[1]!;
    expect(last.bubbles && last.composed).toBe(true);
    expect(last.target).toBe(el);
    expect(last.detail.value).toEqual({
      ki67: 12,
      vascularInvasion: true,
      lymphNodeMetastasis: null,
      adjuvantTherapy: null,
    });
    expect(last.detail.result).toEqual(el.result);
    expect(last.detail.problems).toEqual([]);
  });

  it('does not fire for the first render', async () => {
    let fired = 0;
    document.addEventListener('lms-change', () => fired++, { once: true });
    await mount({ ki67: '5' });
    expect(fired).toBe(0);
  });

  it('carries the problems and a null result while an input is invalid', async () => {
    const el = await mount();
    const events: LmsChangeEvent[] = [];
    el.addEventListener('lms-change', (e) => events.push(e));
    await typeKi67(el, 'abc');
    expect(events[0]!.detail.result).toBeNull();
    expect(events[0]!.detail.problems).toEqual([expect.objectContaining({ field: 'ki67', code: 'invalid_number' })]);
  });
});

import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mount, part } from './fixture.ts';

const focused = (el: Element) => el.shadowRoot!.activeElement;

describe('keyboard', () => {
  it('reaches every input with Tab and scores what is typed', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const el = await mount();
    before.focus();
    await userEvent.tab();
    expect(focused(el)?.id).toBe('ki67');
    await userEvent.keyboard('22');
    await el.updateComplete;
    expect(el.value.ki67).toBe(22);
    await userEvent.tab();
    expect(focused(el)?.id).toBe('ki67-band');
    await userEvent.tab();
    expect((focused(el) as HTMLInputElement).name).toBe('vascularInvasion');
  });

  it('moves between Yes/No/Unknown with the arrow keys', async () => {
    const el = await mount();
    const unknown = part<HTMLInputElement>(el, 'input[name="vascularInvasion"][value="unknown"]');
    unknown.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(el.value.vascularInvasion).toBe(false);
    await userEvent.keyboard('{ArrowLeft}');
    await el.updateComplete;
    expect(el.value.vascularInvasion).toBe(true);
  });

  it('shows a visible focus ring', async () => {
    const el = await mount();
    part<HTMLInputElement>(el, '#ki67').focus();
    await userEvent.keyboard('1');
    const style = getComputedStyle(part(el, '#ki67'));
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('opens the method disclosure with Enter', async () => {
    const el = await mount();
    const summary = part(el, 'details.derived > summary');
    summary.focus();
    await userEvent.keyboard('{Enter}');
    expect(part<HTMLDetailsElement>(el, 'details.derived').open).toBe(true);
  });
});

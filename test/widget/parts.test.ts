import { describe, expect, it } from 'vitest';
import { mount, part, typeKi67 } from './fixture.ts';

describe('parts and custom properties', () => {
  it('exposes the documented parts', async () => {
    const el = await mount();
    await typeKi67(el, '10');
    const parts = [...el.shadowRoot!.querySelectorAll('[part]')].map((n) => n.getAttribute('part'));
    for (const name of ['base', 'form', 'result', 'chart', 'footer', 'button']) expect(parts).toContain(name);
  });

  it('lets the page style a part with ::part()', async () => {
    const style = document.createElement('style');
    style.textContent = 'lms-calculator::part(base) { border-color: rgb(1, 2, 3); }';
    document.head.append(style);
    const el = await mount();
    expect(getComputedStyle(part(el, '.calc')).borderTopColor).toBe('rgb(1, 2, 3)');
    style.remove();
  });

  it('takes colours, radius and spacing from --lms-* properties', async () => {
    const el = await mount();
    el.style.width = '600px'; // wide enough for the full spacing
    el.style.setProperty('--lms-color-background', 'rgb(10, 20, 30)');
    el.style.setProperty('--lms-radius', '3px');
    el.style.setProperty('--lms-space', '7px');
    const base = getComputedStyle(part(el, '.calc'));
    expect(base.backgroundColor).toBe('rgb(10, 20, 30)');
    expect(base.borderTopLeftRadius).toBe('3px');
    expect(base.paddingTop).toBe('7px');
  });

  it('tightens its spacing when the element itself is narrow', async () => {
    const el = await mount();
    el.style.width = '320px';
    el.style.setProperty('--lms-space', '8px');
    expect(getComputedStyle(part(el, '.calc')).paddingTop).toBe('6px');
  });

  it('inherits the page font unless --lms-font-family is set', async () => {
    document.body.style.fontFamily = 'serif';
    const el = await mount();
    expect(getComputedStyle(part(el, '.calc')).fontFamily).toBe('serif');
    el.style.setProperty('--lms-font-family', 'monospace');
    expect(getComputedStyle(part(el, '.calc')).fontFamily).toBe('monospace');
    document.body.style.fontFamily = '';
  });
});

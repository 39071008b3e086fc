import { describe, expect, it } from 'vitest';
import { mount, part } from './fixture.ts';

describe('layout', () => {
  it("keeps a banded factor's number box, unit and band chooser on one line", async () => {
    const el = await mount();
    el.style.width = '40rem';
    await el.updateComplete;
    const tops = ['#ki67', '.unit', '#ki67-band'].map((s) => Math.round(part(el, s).getBoundingClientRect().top / 10));
    expect(new Set(tops).size).toBe(1);
  });
});

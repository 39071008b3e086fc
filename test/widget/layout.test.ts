import { describe, expect, it } from 'vitest';
import { mount, part } from './fixture.ts';

describe('layout', () => {
  it("lays a banded factor's number box, unit and band chooser out in one row with the row's gap", async () => {
    const el = await mount();
    el.style.width = '40rem';
    await el.updateComplete;
    const boxes = ['#ki67', '.unit', '#ki67-band'].map((s) => part(el, s).getBoundingClientRect());
    const middle = (b: DOMRect) => b.top + b.height / 2;
    for (const b of boxes) expect(Math.abs(middle(b) - middle(boxes[0]!))).toBeLessThan(4);
    // The row's gap is 0.75em (12px at 16px) between items; inline flow would leave one space.
    expect(boxes[1]!.left - boxes[0]!.right).toBeGreaterThanOrEqual(11);
  });
});

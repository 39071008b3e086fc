import { describe, expect, it } from 'vitest';
import { heldOrMade, lastValueMemo } from '../../worker/ehr/memo.ts';

describe('memo: settings read once, keys made once', () => {
  it('lastValueMemo reads again only when the value changes', () => {
    const reads: (string | undefined)[] = [];
    const read = lastValueMemo((config: string | undefined) => {
      reads.push(config);
      return { config };
    });
    const a = read('a');
    expect(read('a')).toBe(a);
    expect(read('b')).toEqual({ config: 'b' });
    expect(read(undefined)).toEqual({ config: undefined });
    expect(read(undefined)).toEqual({ config: undefined });
    expect(reads).toEqual(['a', 'b', undefined]);
  });

  it('heldOrMade makes a value once per key and keeps it', () => {
    const held = new Map<string, object>();
    let made = 0;
    const make = () => {
      made++;
      return {};
    };
    const x = heldOrMade(held, 'x', make);
    expect(heldOrMade(held, 'x', make)).toBe(x);
    expect(heldOrMade(held, 'y', make)).not.toBe(x);
    expect(made).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { parse, score } from '../../shared/lms.ts';
import { pinned, scoredCases } from '../support/golden-vectors.ts';
import { answer, chooseBand, mount, typeKi67 } from './fixture.ts';

const uiCases = scoredCases.filter((c) => !c.source);

describe('parity: golden vectors entered through the UI', () => {
  it.each(uiCases.map((c) => [c.name, c] as const))("%s gives exactly the core's result", async (_, c) => {
    const input = c.input as Record<string, unknown>;
    const el = await mount();
    const ki67 = input.ki67;
    if (typeof ki67 === 'number') await typeKi67(el, String(ki67));
    else if (typeof ki67 === 'string') await chooseBand(el, ki67);
    for (const factor of ['vascularInvasion', 'lymphNodeMetastasis', 'adjuvantTherapy']) {
      const v = input[factor];
      await answer(el, factor, v === true ? 'yes' : v === false ? 'no' : 'unknown');
    }
    const parsed = parse(input);
    if (!parsed.ok) throw new Error('golden input must parse');
    expect(el.result).toEqual(score(parsed.value));
    expect(pinned(el.result!)).toEqual(c.expected);
  });
});

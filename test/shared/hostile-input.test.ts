import { describe, expect, it } from 'vitest';
import { parse, score } from '../../shared/lms.ts';

const ki67Of = (raw: string) => {
  const parsed = parse({ ki67: raw }, { source: 'text' });
  return parsed.ok ? parsed.value.ki67 : parsed.problems.map((p) => p.code);
};

describe('the parser on hostile and odd text', () => {
  it('reads a percent sign with or without a space before it', () => {
    expect(ki67Of('12%')).toEqual({ level: '3-20', value: 12 });
    expect(ki67Of('12 %')).toEqual({ level: '3-20', value: 12 });
    expect(ki67Of(' 2.5 % ')).toEqual({ level: '<3', value: 2.5 });
  });

  it('refuses hex, binary, octal and separators that Number() would read', () => {
    for (const text of ['0x10', '0b11', '0o17', '1_0', '1,5', 'Infinity'])
      expect(ki67Of(text), text).toEqual(['invalid_number']);
  });

  it('refuses megabyte-long non-numbers of every shape a backtracking pattern would choke on', () => {
    const n = 1_000_000;
    for (const text of [
      `${'1'.repeat(n)}x`,
      `${'1'.repeat(n)}.${'1'.repeat(n)}x`,
      `1e${'1'.repeat(n)}x`,
      `.${'1'.repeat(n)}x`,
    ]) {
      expect(ki67Of(text)).toEqual(['invalid_number']);
    }
  });
});

describe('score() on values parse() never makes', () => {
  it.each([
    ['a band that does not exist', { ki67: { level: '>50', value: null } }, /ki67: .*">50".* is not a level/],
    ['a word for a yes/no factor', { vascularInvasion: 'yes' }, /vascularInvasion: "yes" is not a level/],
    ['a number for a banded factor', { ki67: 12 }, /ki67: 12 is not a level/],
  ])('refuses %s instead of treating it as unknown', (_name, input, message) => {
    expect(() => score(input as never)).toThrow(TypeError);
    expect(() => score(input as never)).toThrow(message);
  });
});

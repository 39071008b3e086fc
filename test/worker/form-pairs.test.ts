import { lms } from '@lms-score/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formPairs, queryOf } from '../../worker/api/form-pairs.ts';
import { textFields } from '../../worker/api/text-fields.ts';

// Text made of what form encoding gives meaning to, valid and broken escapes, non-ASCII and
// surrogates (paired and lone), so most strings hit an edge of the standard.
const piece = fc.constantFrom(
  '&',
  '=',
  '+',
  '?',
  '%',
  '%2',
  '%20',
  '%2B',
  '%26',
  '%3D',
  '%E4%B8%AD',
  '%C3',
  '%ED%A0%80',
  '%FF',
  '%zz',
  'a',
  'ki67',
  '12',
  '__proto__',
  'é',
  '中',
  '😀',
  '\uD83D',
  '\uDE00',
  ' ',
  '#',
);
const formText = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

describe('formPairs: URLSearchParams, without its cost', () => {
  it('gives exactly what URLSearchParams gives for any string', () => {
    fc.assert(
      fc.property(fc.oneof(formText, fc.string({ unit: 'binary' })), (text) => {
        // As JSON, so that a lone surrogate in a failure report is escaped, not sent raw.
        expect(JSON.stringify(formPairs(text))).toBe(JSON.stringify([...new URLSearchParams(text)]));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['', []],
    ['?', []],
    ['??a=1', [['?a', '1']]],
    [
      'a=1&&b&=c&a=2',
      [
        ['a', '1'],
        ['b', ''],
        ['', 'c'],
        ['a', '2'],
      ],
    ],
    ['a+b=c%2Bd%20e', [['a b', 'c+d e']]],
    ['bad=%zz%', [['bad', '%zz%']]],
    ['lone=%ED%A0%80', [['lone', '\uFFFD\uFFFD\uFFFD']]],
  ])('reads %j as the standard does', (text, pairs) => {
    expect(formPairs(text)).toEqual(pairs);
    expect([...new URLSearchParams(text)]).toEqual(pairs);
  });

  it('reads a long run of pairs without "=" as names with empty values', () => {
    // Each pair is sliced before "=" is looked for, so the search never runs past its "&" (linear).
    const pairs = formPairs('a&'.repeat(200_000));
    expect(pairs).toHaveLength(200_000);
    expect(pairs.every(([name, value]) => name === 'a' && value === '')).toBe(true);
  });
});

describe('queryOf', () => {
  it.each([
    'https://api.example/v1/lms/score?ki67=12&x=%3F#frag',
    'https://api.example/v1/lms/score',
    'https://api.example/v1/lms/score?',
    'https://api.example/v1/lms/score?a=1?b=2',
  ])('gives the query of %s as URL does', (url) => {
    expect(queryOf(url)).toBe(new URL(url).search.slice(1));
  });
});

describe('textFields: each field once, as an own field', () => {
  it('keeps "__proto__" and prototype names as ordinary fields, and names a repeated one', () => {
    const { raw, problems } = textFields(
      formPairs('__proto__=5&toString=1&toString=2&hasOwnProperty=x&ki67=12&ki67=13&ki67=14'),
    );
    expect(Object.getPrototypeOf(raw)).toBe(Object.prototype);
    expect(Object.keys(raw)).toEqual(['__proto__', 'toString', 'hasOwnProperty', 'ki67']);
    expect(Object.getOwnPropertyDescriptor(raw, '__proto__')?.value).toBe('5');
    expect(raw.ki67).toBe('12');
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['toString', 'duplicate_field'],
      ['ki67', 'duplicate_field'],
    ]);
    const parsed = lms.parse(raw, { source: 'text' });
    expect(parsed.ok ? [] : parsed.problems.map((p) => [p.field, p.code])).toEqual([
      ['__proto__', 'forbidden_field'],
      ['toString', 'unknown_field'],
      ['hasOwnProperty', 'unknown_field'],
    ]);
  });
});

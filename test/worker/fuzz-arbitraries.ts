import fc from 'fast-check';

const FIELDS = ['ki67', 'vascularInvasion', 'lymphNodeMetastasis', 'adjuvantTherapy'];

/** Keys a caller might send: the real ones, near misses, prototype keys, and noise. */
export const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FIELDS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'Ki67',
      'ki-67',
      'id',
      '',
      ' ki67',
      'toString',
      'hasOwnProperty',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** Text values: numbers in every spelling, booleans, NaN-ish words, unicode and control characters. */
export const textValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '12',
    ' 12 ',
    '12%',
    '3',
    '20',
    '20.0001',
    '2.999999',
    '-0',
    '+5',
    '1e1',
    '1e309',
    '-1e-320',
    '0x10',
    '1_0',
    '١٢',
    'NaN',
    'Infinity',
    '-Infinity',
    'null',
    'undefined',
    'unknown',
    'UNKNOWN',
    'yes',
    'No',
    'TRUE',
    'false',
    '1',
    '0',
    '2',
    'y',
    'n',
    '是',
    '否',
    '<3',
    '3-20',
    '>20',
    '3–20%',
    '> 20 %',
    '\u0000',
    '\u202e12',
    '１２',
    '12,5',
  ),
  fc.double().map(String),
  fc.integer().map(String),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

/** JSON values: right and wrong types, extremes, nesting. */
export const jsonValue = fc.oneof(
  { weight: 3, arbitrary: textValue },
  { weight: 2, arbitrary: fc.oneof(fc.double(), fc.constantFrom(0, -0, 100, 100.000001, 1e308, 5e-324, -1, 3, 20)) },
  { weight: 2, arbitrary: fc.constantFrom(true, false, null, 1, 0) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

export const jsonPatient = fc.dictionary(key, jsonValue, { maxKeys: 6 });
export const textPatient = fc.array(fc.tuple(key, textValue), { maxLength: 7 });

/** Content types as clients send them, right and wrong. */
export const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'text/plain',
      'application/x-www-form-urlencoded',
      'text/csv',
      '',
      'multipart/form-data; boundary=x',
      'application/json-patch+json',
    ),
  },
);

/** A JSON body as text: valid, truncated, deeply nested, or not JSON at all. */
export const jsonBody = fc.oneof(
  { weight: 6, arbitrary: jsonPatient.map((p) => JSON.stringify(p)) },
  {
    weight: 1,
    arbitrary: jsonPatient.chain((p) =>
      fc.nat().map((n) => JSON.stringify(p).slice(0, n % (JSON.stringify(p).length + 1))),
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      'null',
      '[]',
      '"ki67"',
      '{"ki67":1,"ki67":2}',
      '{"__proto__":{"ki67":5}}',
      '{"constructor":{"prototype":{"x":1}}}',
      '\ufeff{"ki67":1}',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

/** A CSV cell, with what makes CSV hard: quotes, commas, line breaks. */
export const csvCell = fc.oneof(textValue, fc.constantFrom('"', '""', 'a,b', 'line\nbreak', 'cr\r\nlf', ' padded '));

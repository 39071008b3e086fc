import fc from 'fast-check';

export const FIELDS = ['ki67', 'vascularInvasion', 'lymphNodeMetastasis', 'adjuvantTherapy'];

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

const MB2 = 2 * 1024 * 1024 - 64; // just inside the batch limit
const names = (n: number, prefix = 'c') => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(',');
const upTo = (max: number) => fc.integer({ min: 1, max });
// The payload is built when the request is sent, so that fast-check keeps only sizes for shrinking,
// not megabytes of strings (which made the isolate's garbage collector part of the timing).
type Shape = [what: string, path: string, contentType: string | null, payload: () => string];

/**
 * Request shapes an attacker would try against the work a body costs, each built up to the size
 * limit: [what it is, path, content type (none for GET), body or query].
 */
export const hostileRequest: fc.Arbitrary<Shape> = fc.oneof(
  upTo(280_000).map((n) => ['wide CSV header', '/v1/lms/score/batch', 'text/csv', () => `${names(n)}\n1\n`] as Shape),
  upTo(MB2 - 10).map(
    (n) => ['one huge unquoted cell', '/v1/lms/score/batch', 'text/csv', () => `ki67\n${'1'.repeat(n)}x\n`] as Shape,
  ),
  upTo(MB2 / 2 - 10).map(
    (n) =>
      ['one huge quoted cell of quotes', '/v1/lms/score/batch', 'text/csv', () => `id\n"${'""'.repeat(n)}"\n`] as Shape,
  ),
  upTo(10_000).map(
    (n) =>
      [
        'up to 10,000 rows',
        '/v1/lms/score/batch',
        'text/csv',
        () => `id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy\n${'p,12,yes,no,\n'.repeat(n)}`,
      ] as Shape,
  ),
  upTo(10_000).map(
    (n) =>
      [
        '64 columns, short rows',
        '/v1/lms/score/batch',
        'text/csv',
        () => `${names(64)}\n${`${'1,'.repeat(63)}1\n`.repeat(n)}`,
      ] as Shape,
  ),
  upTo(MB2 - 10).map(
    (n) => ['one row of empty cells', '/v1/lms/score/batch', 'text/csv', () => `ki67\n${','.repeat(n)}\n`] as Shape,
  ),
  upTo(MB2 / 2).map(
    (n) =>
      [
        'deeply nested JSON',
        '/v1/lms/score/batch',
        'application/json',
        () => `${'['.repeat(n)}${']'.repeat(n)}`,
      ] as Shape,
  ),
  upTo(MB2 / 8).map(
    (n) =>
      [
        'one patient, many tiny fields',
        '/v1/lms/score/batch',
        'application/json',
        () => `{"patients":[{${Array.from({ length: n }, (_, i) => `"${i}":1`).join(',')}}]}`,
      ] as Shape,
  ),
  upTo(10_000).map(
    (n) =>
      [
        'many tiny patients',
        '/v1/lms/score/batch',
        'application/json',
        () => `{"patients":[${'{"x":1},'.repeat(n)}{}]}`,
      ] as Shape,
  ),
  upTo(10_000).map(
    (n) =>
      [
        'validate up to 10,000 rows, 100 replicates',
        '/v1/lms/validate?bootstrap=100',
        'text/csv',
        () =>
          `ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy,time,event\n${'12,yes,no,no,30,1\n'.repeat(n)}`,
      ] as Shape,
  ),
  upTo(MB2 - 40).map(
    (n) =>
      [
        'validate, one huge time cell',
        '/v1/lms/validate',
        'text/csv',
        () => `ki67,time,event\n12,${'1'.repeat(n)}x,1\n`,
      ] as Shape,
  ),
  upTo(1_500).map(
    (n) =>
      [
        'many query parameters',
        '/v1/lms/score',
        null,
        () => Array.from({ length: n }, (_, i) => `k${i % 50}=${i}`).join('&'),
      ] as Shape,
  ),
  upTo(16 * 1024 - 20).map(
    (n) =>
      ['one score body of digits', '/v1/lms/score', 'application/json', () => `{"ki67":"${'1'.repeat(n)}x"}`] as Shape,
  ),
);

// The batch's fast paths give exactly what the plain ones give: unquotedRecords reads what parseCsv
// reads, and the memoised writers write what scoring each row on its own writes, for any rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchCsvLine } from '../../shared/batch-csv.ts';
import { FieldsMemo } from '../../shared/batch-memo.ts';
import { csvBatchLines, jsonSummaryRows } from '../../shared/batch-writers.ts';
import { parseCsv, unquotedLines, unquotedRecords } from '../../shared/csv-parse.ts';
import { csvTableRow } from '../../shared/csv-table.ts';
import { lms } from '../../shared/lms.ts';
import { batchRowAt, scoreRow, scoreTableRow } from '../../shared/score-row.ts';

// Texts without quotes, made of the characters that matter: separators, every line end, a BOM,
// spaces, and values the core reads or refuses.
const piece = fc.constantFrom(',', '\n', '\r', '\r\n', '\ufeff', ' ', 'a', '12', 'yes', 'no', '>20', '=1', 'é');
const unquoted = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

const cell = fc.constantFrom(
  '',
  '12',
  '12.5',
  '>20',
  '3-20',
  'yes',
  'no',
  'unknown',
  '1',
  'x',
  '=cmd',
  ' 7 ',
  'a,b',
  '"q"',
);
const HEADERS = [
  ['id', 'ki67', 'vascularInvasion', 'lymphNodeMetastasis', 'adjuvantTherapy'],
  ['ki67', 'id', 'adjuvantTherapy'],
  ['vascularInvasion', 'ki67'],
];
// Rows repeat profiles, as cohorts do, and some have too few or too many cells.
const table = fc.constantFrom(...HEADERS).chain((header) =>
  fc.record({
    header: fc.constant(header),
    rows: fc.array(
      fc.oneof(
        { arbitrary: fc.array(cell, { minLength: header.length, maxLength: header.length }), weight: 4 },
        { arbitrary: fc.array(cell, { minLength: 1, maxLength: 6 }), weight: 1 },
      ),
      { maxLength: 40 },
    ),
  }),
);

const value = fc.oneof(
  fc.constantFrom(12, 12.5, '12', '>20', true, false, 'yes', 1, 0, -0, '0', null, '', 'unknown', -3, Number.MAX_VALUE),
  fc.constant({ nested: 1 }),
  fc.constant([1]),
);
const patient = fc.dictionary(
  fc.constantFrom('id', 'ki67', 'vascularInvasion', 'lymphNodeMetastasis', 'adjuvantTherapy', 'other', '__proto__'),
  fc.oneof(value, fc.constantFrom('p1', 'p2', 7, 1.5, Number.NaN, { x: 1 })),
);

describe("the batch's fast paths", () => {
  it('reads a text without quotes exactly as parseCsv does', () => {
    fc.assert(
      fc.property(unquoted, fc.integer({ min: 1, max: 50 }), (text, firstLine) => {
        const read = parseCsv(text, firstLine);
        expect(read.ok).toBe(true);
        expect([...unquotedRecords(text, firstLine)]).toEqual(read.ok ? read.records : null);
        expect([...unquotedLines(text, firstLine)].map((l) => l.text.split(','))).toEqual(
          read.ok ? read.records.map((r) => r.cells) : null,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('writes every CSV line as batchCsvLine does for the row alone, repeats and bad cell counts included', () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const lines = csvBatchLines(lms, header);
        rows.forEach((cells, k) => {
          const record = { line: k + 2, cells };
          const alone = scoreTableRow(lms, csvTableRow(header, record));
          expect(lines.record(record)).toEqual({ text: batchCsvLine(header, cells, alone), failed: 'errors' in alone });
        });
      }),
      { numRuns: 500 },
    );
  });

  it('writes every unquoted line as batchCsvLine does for its cells alone, ids, repeats and bad cell counts included', () => {
    // A cell holding a comma makes a line of more cells; quotes are for the record path.
    const id = fc.constantFrom('p1', 'p2', '7', '', '=cmd', ' 7 ', 'a b', '-1', 'é', 'x,y');
    fc.assert(
      fc.property(table, fc.array(id, { maxLength: 40 }), ({ header, rows }, ids) => {
        const lines = csvBatchLines(lms, header);
        rows.forEach((cells, k) => {
          const idAt = header.indexOf('id');
          const withId: string[] = [...cells];
          if (idAt !== -1 && idAt < cells.length && k < ids.length) withId[idAt] = ids[k]!;
          const text = withId.join(',');
          if (text === '' || text.includes('"')) return;
          const split = text.split(',');
          const alone = scoreTableRow(lms, csvTableRow(header, { line: k + 2, cells: split }));
          const expected = { text: batchCsvLine(header, split, alone), failed: 'errors' in alone };
          expect(lines.unquoted(text, k + 2)).toEqual(expected);
          // The record path beside it keeps its own memo.
          expect(lines.record({ line: k + 2, cells: split })).toEqual(expected);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('writes every JSON row as JSON.stringify of the row alone, ids and refused values included', () => {
    fc.assert(
      fc.property(fc.array(patient, { maxLength: 30 }), (patients) => {
        const row = jsonSummaryRows(lms);
        for (const raw of [...patients, ...patients]) {
          const alone = scoreRow(lms, raw, 'json');
          expect(row(raw, 'json')).toEqual({
            text: JSON.stringify(batchRowAt(alone, 'summary')),
            failed: 'errors' in alone,
          });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never gives two different rows one answer', () => {
    const rows = [
      { ki67: '12' },
      { ki67: 12 },
      { ki67: '1,b' },
      { ki67: '1', b: '' },
      { ki67: null },
      { ki67: 'null' },
      { ki67: true },
      { ki67: 't' },
      { a: '1|2:b' },
      { a: '1', b: '' },
      { a: '1' },
      {},
      { vascularInvasion: 'yes', ki67: '12' },
      { ki67: '12', vascularInvasion: 'yes' },
    ];
    const memo = new FieldsMemo<number>();
    const answers = rows.map((fields, k) => memo.get(fields, 'id', () => k));
    expect(answers).toEqual(rows.map((_, k) => k));
    // Asked again, each row gets its own answer back, without computing it; the id aside.
    expect(rows.map((fields) => memo.get({ id: 'p9', ...fields }, 'id', () => -1))).toEqual(answers);
    let computed = 0;
    memo.get({ ki67: { level: '>20' } }, 'id', () => computed++);
    memo.get({ ki67: { level: '>20' } }, 'id', () => computed++);
    expect(computed).toBe(2);
  });

  it('stops growing past its room and still answers every row', () => {
    const memo = new FieldsMemo<number>();
    for (let k = 0; k < 40_000; k++) expect(memo.get({ ki67: k }, 'id', () => k)).toBe(k);
    expect(memo.get({ ki67: 5 }, 'id', () => -1)).toBe(5); // kept
    expect(memo.get({ ki67: 39_999 }, 'id', () => -1)).toBe(-1); // no room: computed again
  });
});

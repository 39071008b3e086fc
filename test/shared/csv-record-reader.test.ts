import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvParseResult, parseCsv } from '../../shared/csv-parse.ts';
import { CsvRecordReader } from '../../shared/csv-record-reader.ts';

/** Feeds `chunks` to a reader: its records joined, or its first error. */
function readChunks(chunks: readonly string[]): CsvParseResult {
  const reader = new CsvRecordReader();
  const records = [];
  for (const read of [...chunks.map((c) => reader.push(c)), reader.end()]) {
    if (!read.ok) return read;
    records.push(...read.records);
  }
  return { ok: true, records };
}

const splitAt = (text: string, cuts: readonly number[]) => {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((from, i) => text.slice(from, points[i] ?? text.length));
};

// Every case a chunk boundary can fall inside: doubled quotes, CR LF, line breaks in quotes, a BOM,
// empty lines, a quote inside an unquoted field, and an unclosed quote.
const TRICKY = [
  '\ufeff"id",ki67\r\n"a ""b""",12\r\n\r\nc,"x\r\ny"\rd,5\n',
  'h\n""\n\nq"uote,"1,2"\n"open\nstill',
  'a,b\r\n1,2\r\n3,"4\n\n5"\r\n',
  '"a""",b\n"""",c\r',
];

describe('the streaming CSV reader', () => {
  it('reads exactly what parseCsv reads, however the text is cut into chunks (every single cut)', () => {
    for (const text of TRICKY) {
      const whole = parseCsv(text);
      for (let cut = 0; cut <= text.length; cut++)
        expect(readChunks(splitAt(text, [cut])), `cut ${cut}`).toEqual(whole);
    }
  });

  it('reads exactly what parseCsv reads for any text and any chunking', () => {
    const csvText = fc
      .array(fc.constantFrom('a', '1', ',', '"', '\r', '\n', '\r\n', '""', ' ', '\ufeff', 'é'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        expect(readChunks(splitAt(text, cuts))).toEqual(parseCsv(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('returns each record as soon as its line is complete, holding back only the unfinished one', () => {
    const reader = new CsvRecordReader();
    expect(reader.push('id,ki67\n"a\nb",')).toEqual({ ok: true, records: [{ line: 1, cells: ['id', 'ki67'] }] });
    expect(reader.push('5\nc,')).toEqual({ ok: true, records: [{ line: 2, cells: ['a\nb', '5'] }] });
    expect(reader.end()).toEqual({ ok: true, records: [{ line: 4, cells: ['c', ''] }] });
  });
});

import { describe, expect, it } from 'vitest';
import { csvRow } from '../../shared/csv-format.ts';
import { parseCsv } from '../../shared/csv-parse.ts';

const cells = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.message);
  return r.records.map((x) => x.cells);
};

describe('the RFC 4180 CSV parser', () => {
  it('splits plain fields on commas and LF or CRLF line ends', () => {
    expect(cells('a,b\r\n1,2\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });
  it('reads quoted fields with doubled quotes, commas and line breaks inside', () => {
    expect(cells('"x ""y""","1,2","line\r\nbreak"\n')).toEqual([['x "y"', '1,2', 'line\r\nbreak']]);
  });
  it('drops a leading BOM and skips blank lines', () => {
    expect(cells('\ufeffid\n\n1\r\n\r\n')).toEqual([['id'], ['1']]);
  });
  it('keeps a line holding only "" as a row with one empty cell', () => {
    expect(cells('h\n""\n\n')).toEqual([['h'], ['']]);
  });
  it('keeps empty fields, including a trailing one', () => {
    expect(cells('a,,c,\n')).toEqual([['a', '', 'c', '']]);
  });
  it('reports the line where an unclosed quote starts', () => {
    expect(parseCsv('a\n1\n"open\nstill')).toEqual({ ok: false, line: 3, message: expect.stringContaining('line 3') });
  });
  it('counts lines inside quoted fields when numbering records', () => {
    const r = parseCsv('h\n"a\nb"\nc\n');
    expect(r.ok && r.records.map((x) => x.line)).toEqual([1, 2, 4]);
  });
  it('round-trips what the formatter writes', () => {
    const row = ['plain', 'with,comma', 'with "quote"', 'multi\nline', ' padded ', ''];
    expect(cells(csvRow(row))).toEqual([row]);
  });
});

import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../shared/csv-format.ts';
import { parseCsv } from '../../shared/csv-parse.ts';
import { csvTableRow } from '../../shared/csv-table.ts';
import { lms } from '../../shared/lms.ts';

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

describe('the CSV formatter on cells a spreadsheet may run as formulas', () => {
  /** The cell as a spreadsheet gets it back from the written CSV. */
  const written = (value: string) => cells(csvRow([value]))[0]![0];

  it.each(['=HYPERLINK("http://evil.example","x")', '+1+1', '-1+1', '@SUM(A1)', '\tx', '\rx'])(
    'prefixes %j, starting with a sign or a TAB or CR (OWASP), with an apostrophe',
    (value) => {
      expect(written(value)).toBe(`'${value}`);
    },
  );

  it.each([
    ['a line feed', '\n=1+1'],
    ['a line feed before text', '\nx'],
    ['a space', ' =1+1'],
    ['spaces and tabs', ' \t +1+1'],
    ['a no-break space', '\u00a0-1+1'],
    ['an ideographic space', '\u3000@SUM(A1)'],
    ['a full-width equals sign', '＝1+1'],
    ['a full-width plus', '＋1'],
    ['a full-width minus', '－1'],
    ['a full-width at', '＠SUM(A1)'],
    ['a BOM', '\ufeff=1+1'],
    ['a zero-width space', '\u200b=1+1'],
    ['a next line (NEL, U+0085)', '\u0085=1+1'],
    ['a zero-width joiner and a word joiner', '\u200d\u2060=1+1'],
    ['a right-to-left mark', '\u200f+1'],
  ])('prefixes a cell beginning with %s', (_name, value) => {
    expect(written(value)).toBe(`'${value}`);
  });

  it('prefixes every character whose compatibility form (NFKC) starts with = + - or @', () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const sign = String.fromCharCode(unit);
      if (!/^[=+\-@]/.test(sign.normalize('NFKC'))) continue;
      expect(csvCell(`${sign}1`), `U+${unit.toString(16)}`).toMatch(/^"?'/);
    }
  });

  it('leaves plain text, inner signs and numbers as they are', () => {
    for (const value of ['plain', 'p1', 'a=b', 'Ki-67 12%', '12', '<3', ' padded ', "'=already text"])
      expect(written(value)).toBe(value);
    expect(csvCell('')).toBe('');
    expect(csvRow([-1.5, 0, 157.895724, true, null])).toBe('-1.5,0,157.895724,true,\r\n');
  });
});

describe("a CSV row's cell count against its header", () => {
  it('names the line and both counts, one cell in the singular', () => {
    const header = ['id', 'ki67', 'vascularInvasion'];
    expect(csvTableRow(header, { line: 4, cells: ['p1'] }).columnProblem?.message).toBe(
      'Line 4 has 1 cell; the header has 3.',
    );
    expect(csvTableRow(header, { line: 5, cells: ['p1', '12'] }).columnProblem?.message).toBe(
      'Line 5 has 2 cells; the header has 3.',
    );
    expect(csvTableRow(header, { line: 6, cells: ['p1', '12', 'no'] }).columnProblem).toBeUndefined();
  });

  it('keeps a "__proto__" column an own field, for the core to refuse by name', () => {
    const { fields } = csvTableRow(['id', '__proto__', 'ki67'], { line: 2, cells: ['p1', '{}', '12'] });
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(Object.keys(fields)).toEqual(['id', '__proto__', 'ki67']);
    expect(Object.getOwnPropertyDescriptor(fields, '__proto__')?.value).toBe('{}');
    const parsed = lms.parse(fields, { source: 'text', envelope: new Set(['id']) });
    expect(parsed.ok ? [] : parsed.problems.map((p) => [p.field, p.code])).toEqual([['__proto__', 'forbidden_field']]);
  });
});
